/** `cong-tac-dan-van` — Báo cáo kết quả thực hiện công tác dân vận (like seed 003, state format). */
import type { WorkbookData } from "../../sheets/read";
import {
  DEFAULT_MARGINS,
  generalOf,
  headerBlock,
  legalBases,
  periodLabel,
  reportYear,
  signature,
  title,
} from "../parts";
import {
  closing,
  donations,
  models,
  situation,
  statisticsTables,
} from "../sections";
import { para, prompt, text, type Block, type ReportTree } from "../tree";

export function congTacDanVan(data: WorkbookData): ReportTree {
  const g = generalOf(data);
  const year = reportYear(g);
  const subject = `Kết quả thực hiện công tác dân vận ${periodLabel(g)}`;
  const d = donations(data, year);
  const blocks: Block[] = [
    headerBlock(g),
    ...title("BÁO CÁO", subject),
    ...legalBases(data.legalRefs?.rows.map((r) => r.value) ?? []),
    para([text("I. KHÁI QUÁT CHUNG")], { bold: true }),
    situation(data),
    ...statisticsTables(data),
    para([text("II. CÔNG TÁC CHỈ ĐẠO")], { bold: true }),
    para(
      [
        text("1. Công tác chỉ đạo, quán triệt, triển khai: ", { italic: true }),
        prompt("các văn bản đã ban hành, cụ thể hóa"),
      ],
      { indent: true },
    ),
    para(
      [
        text("2. Công tác tuyên truyền, phổ biến, tập huấn: ", {
          italic: true,
        }),
        prompt("số buổi, số người tham dự"),
      ],
      { indent: true },
    ),
    para([text("III. KẾT QUẢ THỰC HIỆN")], { bold: true }),
    para(
      [
        prompt(
          "kết quả thực hiện các chỉ thị, kế hoạch về công tác dân vận chính quyền; cải cách hành chính; đạo đức công vụ; giải quyết đơn thư",
        ),
      ],
      { indent: true },
    ),
    para(
      [
        text("Việc thực hiện phong trào thi đua “Dân vận khéo”:", {
          italic: true,
        }),
      ],
      { indent: true },
    ),
    ...models(data, { collective: "a)", individual: "b)" }),
    ...d.body,
    para([text("IV. ĐÁNH GIÁ, XẾP LOẠI CÁN BỘ, VIÊN CHỨC")], { bold: true }),
    para(
      [
        prompt(
          "số hoàn thành xuất sắc, tốt, hoàn thành, không hoàn thành nhiệm vụ",
        ),
      ],
      { indent: true },
    ),
    ...closing(["V.", "VI.", "VII."]),
    signature(g),
    ...d.appendix,
  ];
  return { title: subject, margins: DEFAULT_MARGINS, bodySize: 14, blocks };
}
