/** `so-ket` / `tong-ket` — Báo cáo sơ kết / tổng kết phong trào thi đua "Dân vận khéo" (like seed
 *  001); the period comes from Thông tin chung. */
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

function build(data: WorkbookData, interim: boolean): ReportTree {
  const g = generalOf(data);
  const year = reportYear(g);
  const subject = interim
    ? `Sơ kết phong trào thi đua “Dân vận khéo” ${periodLabel(g)}`
    : `Tổng kết phong trào thi đua “Dân vận khéo” năm ${year}`;
  const d = donations(data, year);
  const blocks: Block[] = [
    headerBlock(g),
    ...title("BÁO CÁO", subject),
    ...legalBases(data.legalRefs?.rows.map((r) => r.value) ?? []),
    para(
      [
        text(
          `${g.unitName ?? "Đơn vị"} báo cáo ${interim ? "sơ kết" : "tổng kết"} như sau:`,
        ),
      ],
      { indent: true },
    ),
    para([text("I. ĐẶC ĐIỂM TÌNH HÌNH")], { bold: true }),
    situation(data),
    ...statisticsTables(data),
    para([text("1. Thuận lợi: ", { italic: true }), prompt("nêu thuận lợi")], {
      indent: true,
    }),
    para([text("2. Khó khăn: ", { italic: true }), prompt("nêu khó khăn")], {
      indent: true,
    }),
    para([text("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN")], {
      bold: true,
    }),
    para(
      [
        prompt(
          "nêu việc quán triệt, triển khai các văn bản chỉ đạo, phát động phong trào",
        ),
      ],
      { indent: true },
    ),
    para([text("III. KẾT QUẢ THỰC HIỆN")], { bold: true }),
    ...models(data, { collective: "1.", individual: "2." }),
    para([text("3. Kết quả vận động, tài trợ")], { bold: true }),
    ...d.body,
    ...closing(["IV.", "V.", "VI."]),
    signature(g),
    ...d.appendix,
  ];
  return { title: subject, margins: DEFAULT_MARGINS, bodySize: 14, blocks };
}

export const soKet = (data: WorkbookData) => build(data, true);
export const tongKet = (data: WorkbookData) => build(data, false);
