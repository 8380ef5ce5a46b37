/** The report kinds by CLI id. More kinds (so-ket, tong-ket, dang-ky-mo-hinh, cong-tac-dan-van,
 *  giam-sat) follow the same shape: workbook data → report tree. */
import type { WorkbookData } from "../sheets/read";
import { ketQuaMoHinh } from "./kinds/ket-qua-mo-hinh";
import type { ReportTree } from "./tree";

export interface ReportKind {
  readonly id: string;
  readonly name: string;
  readonly build: (data: WorkbookData) => ReportTree;
}

export const REPORT_KINDS: readonly ReportKind[] = [
  {
    id: "ket-qua-mo-hinh",
    name: "Báo cáo kết quả thực hiện mô hình “Dân vận khéo”",
    build: ketQuaMoHinh,
  },
];

export function findReportKind(id: string): ReportKind | null {
  return REPORT_KINDS.find((k) => k.id === id) ?? null;
}
