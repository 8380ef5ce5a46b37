/** The report kinds by CLI id: each maps the workbook data to a report tree. */
import type { WorkbookData } from "../sheets/read";
import { congTacDanVan } from "./kinds/cong-tac-dan-van";
import { dangKyMoHinh } from "./kinds/dang-ky-mo-hinh";
import { giamSat } from "./kinds/giam-sat";
import { ketQuaMoHinh } from "./kinds/ket-qua-mo-hinh";
import { soKet, tongKet } from "./kinds/so-ket";
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
  {
    id: "so-ket",
    name: "Báo cáo sơ kết phong trào thi đua “Dân vận khéo”",
    build: soKet,
  },
  {
    id: "tong-ket",
    name: "Báo cáo tổng kết phong trào thi đua “Dân vận khéo”",
    build: tongKet,
  },
  {
    id: "dang-ky-mo-hinh",
    name: "Bảng đăng ký xây dựng mô hình “Dân vận khéo”",
    build: (d) => dangKyMoHinh(d),
  },
  {
    id: "cong-tac-dan-van",
    name: "Báo cáo kết quả thực hiện công tác dân vận",
    build: congTacDanVan,
  },
  {
    id: "giam-sat",
    name: "Báo cáo giám sát thực hiện phong trào “Dân vận khéo”",
    build: giamSat,
  },
];

export function findReportKind(id: string): ReportKind | null {
  return REPORT_KINDS.find((k) => k.id === id) ?? null;
}
