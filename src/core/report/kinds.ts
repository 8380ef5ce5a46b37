/** The report kinds by CLI id: each builds a report tree from the workbook data with the one
 *  outlined builder; the names are those of `REPORT_KIND_NAMES`. */
import { REPORT_KIND_NAMES, type ReportKindId } from "../model/report-outlines";
import type { WorkbookData } from "../sheets/read";
import { generalSpec, REQUIRED_GENERAL } from "../sheets/specs";
import { congTacDanVan } from "./kinds/cong-tac-dan-van";
import { dangKyMoHinh } from "./kinds/dang-ky-mo-hinh";
import { giamSat } from "./kinds/giam-sat";
import { ketQuaMoHinh } from "./kinds/ket-qua-mo-hinh";
import { soKet, tongKet } from "./kinds/so-ket";
import { buildOutlined, type OutlinedKind } from "./outlined";
import type { ReportTree } from "./tree";

export interface ReportOptions {
  /** Which model the report is about (1-based, in the order of the sheet); default: the first
   *  collective model. */
  readonly modelIndex?: number;
}

export interface ReportKind {
  readonly id: ReportKindId;
  readonly name: string;
  readonly build: (data: WorkbookData, options?: ReportOptions) => ReportTree;
}

const OUTLINED: Readonly<Record<ReportKindId, OutlinedKind>> = {
  "ket-qua-mo-hinh": ketQuaMoHinh,
  "so-ket": soKet,
  "tong-ket": tongKet,
  "dang-ky-mo-hinh": dangKyMoHinh,
  "cong-tac-dan-van": congTacDanVan,
  "giam-sat": giamSat,
};

export const REPORT_KINDS: readonly ReportKind[] = (
  Object.keys(REPORT_KIND_NAMES) as ReportKindId[]
).map((id) => ({
  id,
  name: REPORT_KIND_NAMES[id],
  build: (data, options) => buildOutlined(OUTLINED[id], data, options),
}));

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
