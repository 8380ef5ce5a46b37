/** The parts every report kind shares: header block, title, legal bases, signature — per the
 *  state (Nghị định 30/2020) or Party (Hướng dẫn 36-HD/VPTW) document family. */
import type { RecognitionLevel } from "../model/enums";
import type { GeneralInfo, LegalRefRow, ModelRow } from "../model/records";
import type { WorkbookData } from "../sheets/read";
import { formatCitation } from "../vn/format-citation";
import { formatDocumentNumberLine } from "../vn/format-document-number-line";
import { formatDocumentDate } from "../vn/format-document-date";
import {
  field,
  para,
  prompt,
  text,
  type Block,
  type HeaderLine,
  type Margins,
} from "./tree";

/** ND 30/2020: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. Party margins are not fixed by
 *  a sure source (DOMAIN.md §5): the same defaults, a setting. */
export const DEFAULT_MARGINS: Margins = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
};

const upper = (s: string) => s.toLocaleUpperCase("vi");

/** Words that name what a body is ("TRƯỜNG THCS", "ĐẢNG ỦY PHƯỜNG"): a header line may break
 *  after them, never inside the proper name that follows. */
const KIND_TERM =
  /^(?:ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ|ỦY BAN NHÂN DÂN|UBND|PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|PHÒNG GD&ĐT|PHÒNG GD-ĐT|SỞ GIÁO DỤC VÀ ĐÀO TẠO|SỞ GD&ĐT|BAN CHỈ ĐẠO|BAN VẬN ĐỘNG|TRƯỜNG|MẦM NON|MẪU GIÁO|TIỂU HỌC|TRUNG HỌC CƠ SỞ|TRUNG HỌC PHỔ THÔNG|PHỔ THÔNG|LIÊN CẤP|DÂN TỘC NỘI TRÚ|MN|MG|TH|THCS|THPT|TH&THCS|THCS&THPT|TH-THCS|PTDTNT|PTDTBT|PHƯỜNG|XÃ|THỊ TRẤN|QUẬN|HUYỆN|THỊ XÃ|THÀNH PHỐ|TỈNH|TP\.?)(?= )/u;

/** Proper names up to this length are kept on one line. */
const PROPER_MAX = 24;

/**
 * A body's name in capitals, with non-breaking spaces inside each term naming what it is
 * ("ĐẢNG ỦY", "MẦM NON") and inside its proper name, so a header line breaks only between
 * them: after "TRƯỜNG TH&THCS" or "ĐẢNG ỦY PHƯỜNG", never inside "VĨNH BÌNH BẮC", "GIANG BIÊN"
 * or "MẦM NON" (a proper name over 24 characters may break where it must).
 * @example headerName("Đảng ủy phường Giang Biên") // "ĐẢNG\u00a0ỦY PHƯỜNG GIANG\u00a0BIÊN"
 */
export function headerName(name: string): string {
  const caps = upper(name.replace(/\s+/g, " ").trim());
  const terms: string[] = [];
  let rest = caps;
  for (let m = KIND_TERM.exec(rest); m; m = KIND_TERM.exec(rest)) {
    terms.push(m[0].replace(/ /g, "\u00a0"));
    rest = rest.slice(m[0].length + 1);
  }
  if (!terms.length) return caps;
  const proper =
    rest.length <= PROPER_MAX ? rest.replace(/ /g, "\u00a0") : rest;
  return [...terms, proper].filter(Boolean).join(" ");
}

/** The level a model is registered at, as one word for "cấp …" (not the list's "Huyện, quận,
 *  thành phố"): which of them from the addresses the workbook holds. */
export function levelName(
  level: keyof typeof RecognitionLevel,
  g: GeneralInfo,
  m?: ModelRow | null,
): string {
  const where = ` ${[m?.address, m?.place, g.superiorBody, g.unitName, g.place]
    .filter(Boolean)
    .join(" ")
    .toLocaleLowerCase("vi")} `;
  const has = (w: string) =>
    new RegExp(`[^\\p{L}]${w}[^\\p{L}]`, "u").test(where);
  switch (level) {
    case "school":
      return "cơ sở";
    case "commune":
      return has("phường") ? "phường" : has("thị trấn") ? "thị trấn" : "xã";
    case "district":
      return has("quận")
        ? "quận"
        : has("thị xã")
          ? "thị xã"
          : has("huyện")
            ? "huyện"
            : has("thành phố") || has("tp\\.")
              ? "thành phố"
              : "huyện";
    case "province":
      return "tỉnh";
  }
}

/** The header block of the document's family; `numbered: false` leaves out the "Số:" line
 *  (the registration form). */
export function headerBlock(
  g: GeneralInfo,
  o: { numbered?: boolean } = {},
): Block {
  const party = g.documentFamily === "party";
  const superior = g.superiorBody
    ? [
        {
          inlines: [field("general.superiorBody", headerName(g.superiorBody))],
          size: 13,
        },
      ]
    : [{ inlines: [prompt("CƠ QUAN CHỦ QUẢN")], size: 13 }];
  const unit: HeaderLine = {
    inlines: [
      g.unitName
        ? field("general.unitNameHeader", headerName(g.unitName))
        : prompt("TÊN ĐƠN VỊ"),
    ],
    size: 13,
    bold: true,
    underline: !party,
  };
  const numbered = o.numbered !== false;
  const number = formatDocumentNumberLine(
    party ? "party" : "state",
    g.documentNumber,
    g.documentSymbol ?? "BC",
  );
  const dateLine: HeaderLine = {
    inlines: g.reportDate
      ? [field("general.dateLine", formatDocumentDate(g.reportDate, g.place))]
      : [prompt("Địa danh, ngày … tháng … năm …")],
    size: 14,
    italic: true,
  };
  if (party)
    return {
      kind: "headerBlock",
      left: [
        ...superior,
        unit,
        { inlines: [text("*")], size: 13 },
        ...(numbered
          ? [{ inlines: [field("general.number", number)], size: 13 }]
          : []),
      ],
      right: [
        {
          inlines: [text("ĐẢNG CỘNG SẢN VIỆT NAM")],
          size: 14,
          bold: true,
          underline: true,
        },
        { inlines: [text("")], size: 13 },
        dateLine,
      ],
    };
  return {
    kind: "headerBlock",
    left: [
      ...superior,
      unit,
      ...(numbered
        ? [{ inlines: [field("general.number", number)], size: 13 }]
        : []),
    ],
    right: [
      {
        inlines: [text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        size: 12,
        bold: true,
      },
      {
        inlines: [text("Độc lập - Tự do - Hạnh phúc")],
        size: 14,
        bold: true,
        underline: true,
      },
      dateLine,
    ],
  };
}

/** "BÁO CÁO" and the trích yếu. */
export function title(kind: string, subject: string): Block[] {
  return [
    para([text(kind)], {
      align: "center",
      bold: true,
      size: 14,
      spaceBefore: 18,
    }),
    para([text(subject)], {
      align: "center",
      bold: true,
      size: 14,
      spaceBefore: 0,
    }),
    para([text("-----")], { align: "center", spaceBefore: 0 }),
  ];
}

/** "Căn cứ …" lines from the legal bases marked for use. */
export function legalBases(refs: readonly LegalRefRow[]): Block[] {
  const used = refs.filter((r) => r.used !== "no" && r.docType && r.number);
  if (!used.length)
    return [
      para(
        [
          prompt(
            "Căn cứ văn bản chỉ đạo của cấp trên (nhập ở sheet Văn bản căn cứ)",
          ),
        ],
        { indent: true },
      ),
    ];
  return used.map((r, i) =>
    para(
      [
        text("Căn cứ "),
        field(
          `legalRefs.${i + 1}`,
          formatCitation({
            docType: r.docType!,
            number: r.number!,
            symbol: r.symbol ?? "",
            date: r.issuedOn,
            issuer: r.issuer,
            subject: r.subject,
          }),
        ),
        text(i === used.length - 1 ? "," : ";"),
      ],
      {
        indent: true,
        italic: true,
      },
    ),
  );
}

/** Nơi nhận and the signature block of the family. */
export function signature(g: GeneralInfo): Block {
  const party = g.documentFamily === "party";
  const authority = g.signerAuthority?.trim();
  const lines: HeaderLine[] = [];
  if (authority)
    lines.push({
      inlines: [
        field(
          "general.authority",
          `${party && authority === "T/M" ? "T/M" : authority} ${upper(g.authorityBody ?? "")}`.trim(),
        ),
      ],
      size: 14,
      bold: true,
    });
  lines.push({
    inlines: [
      g.signerTitle
        ? field("general.signerTitle", upper(g.signerTitle))
        : prompt("CHỨC VỤ"),
    ],
    size: 14,
    bold: true,
  });
  lines.push(
    { inlines: [prompt("Chữ ký, dấu")], size: 13, italic: true },
    { inlines: [text("")], size: 13 },
  );
  lines.push({
    inlines: [
      g.signerName
        ? field("general.signerName", g.signerName)
        : prompt("Họ và tên"),
    ],
    size: 14,
    bold: true,
  });
  const recipients = (g.recipients ?? "")
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    kind: "signature",
    recipients: recipients.length ? recipients : ["Như trên", "Lưu: VT"],
    lines,
  };
}

/** The year a report speaks of: the end of its period, else its date, else this year. */
export function reportYear(g: GeneralInfo): number {
  return g.periodTo?.year ?? g.reportDate?.year ?? new Date().getFullYear();
}

/** "9 tháng đầu năm 2021", "6 tháng đầu năm 2024", "năm 2023" — from the report period. */
export function periodLabel(g: GeneralInfo): string {
  const year = reportYear(g);
  const from = g.periodFrom;
  const to = g.periodTo;
  if (!from || !to || from.year !== to.year) return `năm ${year}`;
  const months = to.month - from.month + 1;
  if (from.month === 1 && from.day === 1 && months < 12)
    return `${months} tháng đầu năm ${year}`;
  if (months >= 12 || (from.month === 1 && to.month === 12))
    return `năm ${year}`;
  return `từ tháng ${from.month} đến tháng ${to.month} năm ${year}`;
}

/** The general information, or empty values so a draft still comes out. */
export function generalOf(data: WorkbookData): GeneralInfo {
  return (
    data.general?.values ?? {
      unitName: null,
      superiorBody: null,
      documentFamily: null,
      schoolLevel: null,
      place: null,
      periodFrom: null,
      periodTo: null,
      reportDate: null,
      documentNumber: null,
      documentSymbol: null,
      signerName: null,
      signerTitle: null,
      signerAuthority: null,
      authorityBody: null,
      recipients: null,
    }
  );
}
