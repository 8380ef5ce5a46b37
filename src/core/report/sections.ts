/** Report sections built from the workbook, shared by the report kinds: the situation figures,
 *  the staff and student tables, the donations, the models. Every figure is a field. */
import { lineAmount, summariseDonations } from "../donations/summary";
import { ModelField, ModelStatus, StaffCategory } from "../model/enums";
import type { WorkbookData } from "../sheets/read";
import { formatAmountScaled } from "../vn/format-amount-scaled";
import { formatVnNumber } from "../vn/format-vn-number";
import { readVnNumber } from "../vn/read-number";
import { reportFigures } from "../figures/figures";
import { figureInline } from "./figure-inline";
import { generalOf, levelName } from "./parts";
import { field, para, prompt, text, type Block, type Inline } from "./tree";

const n = formatVnNumber;
const pad2 = (x: number) => (x < 10 ? `0${x}` : String(x));

/** Ledger lines listed in full up to this count; beyond, a summary by donor and the full list
 *  as an appendix. */
export const LEDGER_INLINE_LIMIT = 30;

/** Ledger lines printed in the appendix at most (about 250 pages): a longer list is not a page
 *  anyone signs or reads in Word, and building it would cost gigabytes; beyond it the draft says
 *  where the full list is instead. */
export const APPENDIX_LIMIT = 10_000;

/** "Nhà trường có 52 cán bộ, giáo viên, nhân viên; 18 lớp với 585 học sinh; chi bộ có 30 đảng viên
 *  (…)." Every figure from the figures policy: typed totals stand, conflicts are flagged, missing
 *  ones are prompts. */
export function situation(data: WorkbookData): Block {
  const f = reportFigures(data);
  return para(
    [
      text(`${data.general?.values.unitName ?? "Nhà trường"} có `),
      figureInline(f.get("staff.total")),
      text(" cán bộ, giáo viên, nhân viên; "),
      figureInline(f.get("students.classes")),
      text(" lớp với "),
      figureInline(f.get("students.total")),
      text(" học sinh; "),
      figureInline(f.get("staff.party")),
      text(" đảng viên ("),
      figureInline(f.get("staff.partyFull"), { prompt: "số chính thức" }),
      text(" chính thức, "),
      figureInline(f.get("staff.partyProbationary"), { prompt: "số dự bị" }),
      text(" dự bị)."),
    ],
    { indent: true },
  );
}

/** A count in a statistics table: the figure, or a short prompt where the cell is blank. */
const countCell = (key: string, v: number | null): Inline =>
  v === null ? prompt("…") : field(key, n(v));

/** The staff and student statistics as real tables (seed 001's table, laid out and added up):
 *  each group as the school wrote it, then the total row from the figures policy. */
export function statisticsTables(data: WorkbookData): Block[] {
  const out: Block[] = [];
  const f = reportFigures(data);
  const staff =
    data.staff?.rows.filter(
      (r) =>
        r.value.total !== null ||
        r.value.female !== null ||
        r.value.partyFull !== null,
    ) ?? [];
  const staffTotal = f.get("staff.total");
  if (staff.length || staffTotal?.value !== null) {
    const occurrences = new Map<string, number>();
    /** Keys stay stable per category; a second row of the same category gets a number. */
    const keyOf = (c: string) => {
      const i = (occurrences.get(c) ?? 0) + 1;
      occurrences.set(c, i);
      return i === 1 ? c : `${c}${i}`;
    };
    out.push({
      kind: "table",
      header: [
        "Nhóm",
        "Tổng số",
        "Nữ",
        "Đảng viên chính thức",
        "Đảng viên dự bị",
      ],
      widths: [40, 15, 15, 15, 15],
      aligns: ["left", "right", "right", "right", "right"],
      rows: [
        ...staff.map((r) => {
          const c = r.value.category ?? "other";
          const k = keyOf(c);
          return [
            [text(r.value.label ?? (r.value.category ? StaffCategory[c] : ""))],
            [countCell(`staff.${k}.total`, r.value.total)],
            [countCell(`staff.${k}.female`, r.value.female)],
            [countCell(`staff.${k}.partyFull`, r.value.partyFull)],
            [
              countCell(
                `staff.${k}.partyProbationary`,
                r.value.partyProbationary,
              ),
            ],
          ];
        }),
        [
          [text("Tổng cộng", { bold: true })],
          [figureInline(staffTotal, { bold: true, prompt: "…" })],
          [figureInline(f.get("staff.female"), { bold: true, prompt: "…" })],
          [figureInline(f.get("staff.partyFull"), { bold: true, prompt: "…" })],
          [
            figureInline(f.get("staff.partyProbationary"), {
              bold: true,
              prompt: "…",
            }),
          ],
        ],
      ],
    });
  }
  const students =
    data.students?.rows.filter(
      (r) => r.value.classes !== null || r.value.students !== null,
    ) ?? [];
  const classes = f.get("students.classes");
  const pupils = f.get("students.total");
  if (students.length || classes?.value !== null || pupils?.value !== null) {
    const average = (c: number | null, s: number | null) =>
      c && s !== null ? text(n(Math.round((s / c) * 10) / 10)) : text("");
    out.push({
      kind: "table",
      header: ["Khối / nhóm", "Số lớp", "Số học sinh", "Bình quân HS/lớp"],
      widths: [40, 20, 20, 20],
      aligns: ["left", "right", "right", "right"],
      rows: [
        ...students.map((r, i) => [
          [text(r.value.group ?? "")],
          [countCell(`students.${i + 1}.classes`, r.value.classes)],
          [countCell(`students.${i + 1}.students`, r.value.students)],
          [average(r.value.classes, r.value.students)],
        ]),
        [
          [text("Tổng cộng", { bold: true })],
          [figureInline(classes, { bold: true, prompt: "…" })],
          [figureInline(pupils, { bold: true, prompt: "…" })],
          [average(classes?.value ?? null, pupils?.value ?? null)],
        ],
      ],
    });
  }
  if (!out.length)
    out.push(
      para(
        [
          prompt(
            "Bảng thống kê CB-GV-NV, học sinh (chưa có dữ liệu ở sheet CB-GV-NV, Học sinh)",
          ),
        ],
        { indent: true },
      ),
    );
  return out;
}

/** The donations: count, donors, total in figures and in words, and the lines (or a summary by
 *  donor with the lines in an appendix for long ledgers). Returns [body, appendix]. */
export function donations(
  data: WorkbookData,
  year: number,
  o: { readonly sentence?: boolean } = {},
): { body: Block[]; appendix: Block[] } {
  const rows = data.donations?.rows ?? [];
  if (!rows.length)
    return {
      body: [
        para(
          [
            prompt(
              "Kết quả vận động, tài trợ (chưa có dữ liệu ở sheet Sổ tài trợ)",
            ),
          ],
          { indent: true },
        ),
      ],
      appendix: [],
    };
  const s = summariseDonations(rows.map((r) => r.value));
  const total = reportFigures(data).get("donations.total");
  // Words only for a figure of record: an unknown total has no words either.
  const words = total?.value != null ? readVnNumber(total.value) : null;
  const body: Block[] = [];
  if (o.sentence !== false)
    body.push(
      para(
        [
          text(`Trong năm ${year}, đơn vị vận động được `),
          field("donations.count", n(s.count)),
          text(" lượt tài trợ của "),
          field("donations.donors", n(s.byDonor.size)),
          text(" nhà tài trợ, tổng giá trị "),
          figureInline(total, {
            bold: true,
            format: formatAmountScaled,
            parts: "các dòng",
          }),
          ...(words?.ok
            ? [
                text(" ("),
                field("donations.totalWords", words.text),
                text(")."),
              ]
            : [text(".")]),
        ],
        { indent: true },
      ),
    );
  // Built only when printed: a ledger over the appendix limit would cost an object per cell.
  const linesTable = (): Block & { kind: "table" } => ({
    kind: "table",
    header: [
      "TT",
      "Ngày",
      "Nhà tài trợ",
      "Nội dung",
      "Số lượng",
      "Giá trị (đồng)",
    ],
    // Wide enough at the table's size for "TT", "dd/mm/yyyy" and "250.000.000" on one line.
    widths: [7, 16, 25, 21, 13, 18],
    aligns: ["center", "center", "left", "left", "right", "right"],
    rows: [
      ...rows.map((l, i) => {
        const v = l.value;
        const a = lineAmount(v);
        return [
          [text(String(i + 1))],
          [
            text(
              v.date
                ? `${pad2(v.date.day)}/${pad2(v.date.month)}/${v.date.year}`
                : "",
            ),
          ],
          [text(v.donor ?? "")],
          [text(v.item ?? "")],
          [
            text(
              v.quantity === null
                ? ""
                : `${n(v.quantity)} ${v.unit ?? ""}`.trim(),
            ),
          ],
          [field(`donations.line.${l.row}`, a === null ? "" : n(a))],
        ];
      }),
      [
        [],
        [],
        [text("Tổng cộng", { bold: true })],
        [],
        [],
        [
          figureInline(total, {
            bold: true,
            parts: "các dòng",
            prompt: "…",
            variant: "dong",
          }),
        ],
      ],
    ],
  });
  if (rows.length <= LEDGER_INLINE_LIMIT)
    return { body: [...body, linesTable()], appendix: [] };
  body.push(
    para(
      [
        text(
          `Tổng hợp theo nhà tài trợ (danh sách đầy đủ ${n(rows.length)} lượt ở phụ lục):`,
        ),
      ],
      { indent: true },
    ),
    {
      kind: "table",
      header: ["TT", "Nhà tài trợ", "Số lượt", "Giá trị (đồng)"],
      widths: [8, 52, 15, 25],
      aligns: ["center", "left", "right", "right"],
      rows: [...s.byDonor].map(([donor, v], i) => [
        [text(String(i + 1))],
        [text(donor)],
        [text(n(v.count))],
        [field(`donations.donor.${i + 1}`, n(v.amount))],
      ]),
    },
  );
  if (rows.length > APPENDIX_LIMIT)
    return {
      body,
      appendix: [
        para(
          [
            text(
              `Sổ tài trợ có ${n(rows.length)} lượt, quá dài để in kèm báo cáo (phụ lục in tối đa ${n(APPENDIX_LIMIT)} lượt). Danh sách đầy đủ ở sheet “${data.donations!.sheet}” của sổ Excel; in sheet đó và đính kèm khi nộp báo cáo.`,
            ),
          ],
          { indent: true, spaceBefore: 18 },
        ),
      ],
    };
  // The appendix lists every line as plain text (their total is the tagged figure above).
  const lines = linesTable();
  const appendix: Block = {
    ...lines,
    compact: true,
    rows: lines.rows.map((r) =>
      r.map((c) => c.map((i) => (i.kind === "field" ? text(i.text) : i))),
    ),
  };
  return {
    body,
    appendix: [
      para([text("PHỤ LỤC: DANH SÁCH CÁC KHOẢN TÀI TRỢ")], {
        align: "center",
        bold: true,
        spaceBefore: 18,
      }),
      appendix,
    ],
  };
}

/** The models of one kind, as paragraphs: collective ones with field, status, recognition and
 *  results; individual ones by owner ("- Đồng chí …: “…”. …"). A prompt when there are none. */
export function modelParagraphs(
  data: WorkbookData,
  kind: "collective" | "individual",
  mentioned: (name: string) => boolean = () => false,
): Block[] {
  const all =
    data.models?.rows.map((r) => r.value).filter((m) => m.kind === kind) ?? [];
  const tag = kind === "collective" ? "c" : "i";
  // Models the report's text already describes by name are not listed again (keys stay those
  // of the sheet's order).
  const rows = all.filter((m) => !(m.name && mentioned(m.name)));
  if (all.length && !rows.length) return [];
  if (!rows.length)
    return [
      para(
        [
          prompt(
            `mô hình ${kind === "collective" ? "tập thể" : "cá nhân"} (chưa có ở sheet Mô hình DVK)`,
          ),
        ],
        { indent: true },
      ),
    ];
  return rows.map((m) => {
    const key = `models.${tag}${all.indexOf(m) + 1}`;
    const results = m.results
      ? field(`${key}.results`, m.results)
      : prompt("kết quả đạt được");
    // As schools list them (seed 001): "- Đ/c Hồ Thị Tuyến: Khéo trong tuyên truyền …".
    if (kind === "individual")
      return para(
        [
          text("- Đ/c "),
          m.owner
            ? field(`${key}.owner`, personName(m.owner), true)
            : prompt("họ và tên"),
          text(": "),
          m.name
            ? field(`${key}.name`, m.name.replace(/[.\s]+$/, ""))
            : prompt("tên mô hình"),
          text(". "),
          results,
        ],
        { indent: true },
      );
    const facts = [
      m.field ? `lĩnh vực ${ModelField[m.field].toLowerCase()}` : "",
      m.status ? ModelStatus[m.status].toLowerCase() : "",
      m.recognisedLevel
        ? `được công nhận cấp ${levelName(m.recognisedLevel, generalOf(data), m)}`
        : "",
    ].filter(Boolean);
    return para(
      [
        text("Mô hình "),
        field(`${key}.name`, quoted(m.name ?? ""), true),
        text(facts.length ? ` (${facts.join("; ")}). ` : ". "),
        results,
      ],
      { indent: true },
    );
  });
}

/** A name in Vietnamese quotes, without doubling quotes the cell already has
 *  ("“Ngôi nhà xanh”" stays as it is). */
export function quoted(name: string): string {
  const bare = name
    .trim()
    .replace(/^["“”„]+|["“”„]+$/g, "")
    .trim();
  return `“${bare}”`;
}

/** A person's name without the title schools type before it ("Đ/c Hồ Thị Tuyến", "đồng chí
 *  …"): the draft writes "Đồng chí" itself. */
export function personName(owner: string): string {
  return owner.replace(/^\s*(?:đ\/c|đc\.?|đồng chí|cô|thầy)\s+/iu, "").trim();
}
