/** `ket-qua-mo-hinh` — Báo cáo kết quả thực hiện mô hình "Dân vận khéo" (like seed 000): the
 *  model, how it was carried out, the donations mobilised (every figure from the ledger), strengths
 *  and limits, tasks ahead. */
import { lineAmount, summariseDonations } from "../../donations/summary";
import { ModelField } from "../../model/enums";
import type { WorkbookData } from "../../sheets/read";
import { formatAmountScaled, formatVnNumber } from "../../vn/format-number";
import { readVnNumber } from "../../vn/read-number";
import {
  DEFAULT_MARGINS,
  generalOf,
  headerBlock,
  legalBases,
  signature,
  title,
} from "../parts";
import {
  field,
  para,
  prompt,
  text,
  type Block,
  type ReportTree,
} from "../tree";

/** Ledger lines listed in full up to this count; more go to an appendix table. */
export const LEDGER_INLINE_LIMIT = 30;

export function ketQuaMoHinh(data: WorkbookData): ReportTree {
  const g = generalOf(data);
  const year =
    g.periodTo?.year ?? g.reportDate?.year ?? new Date().getFullYear();
  const collective =
    data.models?.rows
      .map((r) => r.value)
      .find((m) => m.kind === "collective") ??
    data.models?.rows[0]?.value ??
    null;
  const donations = data.donations?.rows.map((r) => r.value) ?? [];
  const summary = summariseDonations(donations);
  const words = readVnNumber(summary.total);
  const blocks: Block[] = [
    headerBlock(g),
    ...title("BÁO CÁO", `Kết quả thực hiện mô hình “Dân vận khéo” năm ${year}`),
  ];
  if (collective?.name)
    blocks.push(
      para(
        [
          text("Tên mô hình: "),
          field("models.collective.name", `“${collective.name}”`, true),
        ],
        { align: "center", italic: true },
      ),
    );
  blocks.push(...legalBases(data.legalRefs?.rows.map((r) => r.value) ?? []));
  blocks.push(
    para(
      [
        text(
          `${g.unitName ?? "Đơn vị"} báo cáo kết quả thực hiện mô hình “Dân vận khéo” như sau:`,
        ),
      ],
      { indent: true },
    ),
  );

  blocks.push(
    para([text("1. Công tác quán triệt, triển khai thực hiện")], {
      bold: true,
    }),
  );
  blocks.push(
    para(
      [
        prompt(
          "Nêu việc quán triệt kế hoạch của cấp trên, thành lập Ban vận động, phân công nhiệm vụ, họp bàn triển khai",
        ),
      ],
      { indent: true },
    ),
  );

  blocks.push(para([text("2. Kết quả thực hiện mô hình")], { bold: true }));
  if (collective)
    blocks.push(
      para(
        [
          text("Mô hình thuộc lĩnh vực "),
          field(
            "models.collective.field",
            collective.field ? ModelField[collective.field].toLowerCase() : "…",
          ),
          text(". Mục tiêu: "),
          collective.goals
            ? field("models.collective.goals", collective.goals)
            : prompt("mục tiêu, chỉ tiêu"),
          text(". Giải pháp: "),
          collective.solutions
            ? field("models.collective.solutions", collective.solutions)
            : prompt("giải pháp chính"),
          text("."),
        ],
        { indent: true },
      ),
    );
  if (donations.length) {
    blocks.push(
      para(
        [
          text(`Trong năm ${year}, đơn vị vận động được `),
          field("donations.count", formatVnNumber(summary.count)),
          text(" lượt tài trợ của "),
          field("donations.donors", formatVnNumber(summary.byDonor.size)),
          text(" nhà tài trợ, tổng giá trị "),
          field("donations.total", formatAmountScaled(summary.total), true),
          text(" ("),
          field("donations.totalWords", words.ok ? words.text : "", false),
          text(")."),
        ],
        { indent: true },
      ),
    );
    const lines = data.donations!.rows;
    const table: Block = {
      kind: "table",
      header: ["TT", "Nhà tài trợ", "Nội dung", "Số lượng", "Giá trị (đồng)"],
      widths: [7, 33, 28, 14, 18],
      aligns: ["center", "left", "left", "right", "right"],
      rows: lines.map((l, i) => [
        [text(String(i + 1))],
        [text(l.value.donor ?? "")],
        [text(l.value.item ?? "")],
        [
          text(
            l.value.quantity === null
              ? ""
              : `${formatVnNumber(l.value.quantity)} ${l.value.unit ?? ""}`.trim(),
          ),
        ],
        [
          field(
            `donations.line.${l.row}`,
            lineAmount(l.value) === null
              ? ""
              : formatVnNumber(lineAmount(l.value)!),
          ),
        ],
      ]),
    };
    if (lines.length <= LEDGER_INLINE_LIMIT) blocks.push(table);
    else {
      const byDonor: Block = {
        kind: "table",
        header: ["TT", "Nhà tài trợ", "Số lượt", "Giá trị (đồng)"],
        widths: [8, 52, 15, 25],
        aligns: ["center", "left", "right", "right"],
        rows: [...summary.byDonor].map(([donor, v], i) => [
          [text(String(i + 1))],
          [text(donor)],
          [text(formatVnNumber(v.count))],
          [field(`donations.donor.${i + 1}`, formatVnNumber(v.amount))],
        ]),
      };
      blocks.push(
        para(
          [
            text(
              `Tổng hợp theo nhà tài trợ (chi tiết ${formatVnNumber(lines.length)} lượt ở Phụ lục):`,
            ),
          ],
          { indent: true },
        ),
        byDonor,
      );
      blocks.push(
        para([text("PHỤ LỤC: DANH SÁCH CÁC KHOẢN TÀI TRỢ")], {
          align: "center",
          bold: true,
          spaceBefore: 18,
        }),
        table,
      );
    }
  } else {
    blocks.push(
      para(
        [
          prompt(
            "Kết quả vận động, tài trợ (chưa có dữ liệu ở sheet Sổ tài trợ)",
          ),
        ],
        { indent: true },
      ),
    );
  }
  blocks.push(para([text("3. Những ưu điểm, hạn chế")], { bold: true }));
  blocks.push(
    para([text("3.1. Ưu điểm: ", { italic: true }), prompt("nêu ưu điểm")], {
      indent: true,
    }),
  );
  blocks.push(
    para(
      [
        text("3.2. Hạn chế: ", { italic: true }),
        prompt("nêu hạn chế, nguyên nhân"),
      ],
      { indent: true },
    ),
  );
  blocks.push(
    para([text("4. Nhiệm vụ trọng tâm thời gian tới")], { bold: true }),
  );
  blocks.push(
    para(
      [
        prompt(
          "nêu nhiệm vụ, giải pháp; công khai các khoản đóng góp của nhà tài trợ",
        ),
      ],
      { indent: true },
    ),
  );
  blocks.push(
    para(
      [
        text(
          `Trên đây là báo cáo kết quả thực hiện mô hình “Dân vận khéo” năm ${year} của ${g.unitName ?? "đơn vị"}./.`,
        ),
      ],
      { indent: true },
    ),
  );
  blocks.push(signature(g));
  return {
    title: `Báo cáo kết quả thực hiện mô hình Dân vận khéo năm ${year}`,
    margins: DEFAULT_MARGINS,
    bodySize: 14,
    blocks,
  };
}
