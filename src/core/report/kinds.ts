/** The report kinds by CLI id: each maps the workbook data to a report tree. */
import type { WorkbookData } from "../sheets/read";
import { generalSpec, REQUIRED_GENERAL } from "../sheets/specs";
import { congTacDanVan } from "./kinds/cong-tac-dan-van";
import { dangKyMoHinh } from "./kinds/dang-ky-mo-hinh";
import { giamSat } from "./kinds/giam-sat";
import { ketQuaMoHinh } from "./kinds/ket-qua-mo-hinh";
import { soKet, tongKet } from "./kinds/so-ket";
import type { ReportTree } from "./tree";

export interface ReportOptions {
  /** dang-ky-mo-hinh: which model (1-based, in the order of the sheet). */
  readonly modelIndex?: number;
}

export interface ReportKind {
  readonly id: string;
  readonly name: string;
  readonly build: (data: WorkbookData, options?: ReportOptions) => ReportTree;
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
    build: (d, o) => dangKyMoHinh(d, o?.modelIndex ?? 1),
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

/** Required general fields the draft will show as prompts (Vietnamese labels), for a note. */
export function missingGeneral(data: WorkbookData): string[] {
  if (!data.general) return ["(chưa có sheet Thông tin chung)"];
  const g = data.general.values;
  return REQUIRED_GENERAL.filter((k) => g[k] === null).map(
    (k) => generalSpec.fields.find((f) => f.key === k)?.label ?? k,
  );
}

export function findReportKind(id: string): ReportKind | null {
  return REPORT_KINDS.find((k) => k.id === id) ?? null;
}
