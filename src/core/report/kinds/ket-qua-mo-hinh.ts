/** `ket-qua-mo-hinh` — Báo cáo kết quả thực hiện mô hình "Dân vận khéo" (like seed 000): the
 *  model, how it was carried out, the donations mobilised (every figure from the ledger), strengths
 *  and limits, tasks ahead. */
import { ModelField } from "../../model/enums";
import type { WorkbookData } from "../../sheets/read";
import {
  DEFAULT_MARGINS,
  generalOf,
  headerBlock,
  legalBases,
  reportYear,
  signature,
  title,
} from "../parts";
import { donations } from "../sections";
import {
  field,
  para,
  prompt,
  text,
  type Block,
  type ReportTree,
} from "../tree";

export function ketQuaMoHinh(data: WorkbookData): ReportTree {
  const g = generalOf(data);
  const year = reportYear(g);
  const collective =
    data.models?.rows
      .map((r) => r.value)
      .find((m) => m.kind === "collective") ??
    data.models?.rows[0]?.value ??
    null;
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
  const d = donations(data, year);
  blocks.push(...d.body);
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
  blocks.push(signature(g), ...d.appendix);
  return {
    title: `Báo cáo kết quả thực hiện mô hình Dân vận khéo năm ${year}`,
    margins: DEFAULT_MARGINS,
    bodySize: 14,
    blocks,
  };
}
