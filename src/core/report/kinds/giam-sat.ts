/** `giam-sat` — Báo cáo giám sát thực hiện phong trào "Dân vận khéo" (like seed 004, Party format). */
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
import { donations, models, situation, statisticsTables } from "../sections";
import { para, prompt, text, type Block, type ReportTree } from "../tree";

export function giamSat(data: WorkbookData): ReportTree {
  const g = generalOf(data);
  const year = reportYear(g);
  const subject =
    "Giám sát việc thực hiện phong trào thi đua “Dân vận khéo”; việc xây dựng mô hình điển hình “Dân vận khéo”";
  const d = donations(data, year);
  const blocks: Block[] = [
    headerBlock(g),
    ...title("BÁO CÁO", subject),
    ...legalBases(data.legalRefs?.rows.map((r) => r.value) ?? []),
    para([text("I. CÔNG TÁC CHỈ ĐẠO, QUÁN TRIỆT")], { bold: true }),
    para([text("1. Khái quát tình hình")], { bold: true }),
    situation(data),
    ...statisticsTables(data),
    para([text("2. Công tác lãnh đạo, chỉ đạo triển khai")], { bold: true }),
    para(
      [
        prompt(
          "việc phổ biến, quán triệt các chỉ thị, kế hoạch; ban hành kế hoạch; kiểm tra, giám sát",
        ),
      ],
      { indent: true },
    ),
    para([text("II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")], { bold: true }),
    ...models(data, { collective: "1.", individual: "2." }),
    para([text("3. Kết quả vận động, tài trợ")], { bold: true }),
    ...d.body,
    para([text("III. ĐÁNH GIÁ CHUNG")], { bold: true }),
    para([text("1. Ưu điểm: ", { italic: true }), prompt("nêu ưu điểm")], {
      indent: true,
    }),
    para(
      [
        text("2. Hạn chế, nguyên nhân: ", { italic: true }),
        prompt("nêu hạn chế, nguyên nhân"),
      ],
      { indent: true },
    ),
    para([text("IV. ĐỀ XUẤT, KIẾN NGHỊ")], { bold: true }),
    para([prompt("đề xuất, kiến nghị")], { indent: true }),
    signature(g),
    ...d.appendix,
  ];
  return {
    title: "Báo cáo giám sát phong trào Dân vận khéo",
    margins: DEFAULT_MARGINS,
    bodySize: 14,
    blocks,
  };
}
