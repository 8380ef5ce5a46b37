/* One corpus case: the product's own empty templates (or the sample school) for a level, then
 * what the accountant types. `buildCase` is all the generator and the determinism test need. */
import ExcelJS from "exceljs";
import type { SchoolLevel } from "../../src/core/model/enums";
import { insertTemplates } from "../../src/core/sheets/insert";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

/** The date every generated file carries as created/modified (never the day of generation). */
export const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

export interface CorpusSource {
  /** Base name of the fixture ("seed001-typed-total" → seed001-typed-total.xlsx). */
  readonly name: string;
  readonly level: SchoolLevel;
  /** The year of the donation summary's months when the ledger gives none. */
  readonly year: number;
  /** Start from the sample school ("Chèn dữ liệu mẫu") instead of the empty templates. */
  readonly sample?: boolean;
  /** What the accountant types, after the templates are inserted. */
  readonly type?: (wb: XlsxWorkbook) => Promise<void>;
}

/** How a fixture file is written from its source. */
export type Writer =
  /** exceljs, as the product's CLI writes (formulas without cached results). */
  | "exceljs"
  /** The exceljs file opened and saved again by LibreOffice Calc (formula results cached). */
  | "libreoffice"
  /** Written from scratch by Python openpyxl from a JSON dump of the workbook. */
  | "openpyxl";

export interface CorpusFile {
  readonly file: string;
  readonly source: CorpusSource;
  readonly writer: Writer;
}

/** The workbook of a source, in memory. */
export async function buildCase(source: CorpusSource): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create(ExcelJS);
  wb.workbook.created = FIXED_DATE;
  wb.workbook.modified = FIXED_DATE;
  await insertTemplates(wb, {
    level: source.level,
    year: source.year,
    sample: source.sample,
  });
  if (source.type) await source.type(wb);
  return wb;
}

/** After the ledger is filled: "Chèn mẫu" again, which lists the ledger's donors and months in
 *  "Tổng hợp tài trợ" (as a user does to refresh the summary). */
export async function refreshSummary(
  wb: XlsxWorkbook,
  level: SchoolLevel,
  year: number,
): Promise<void> {
  await insertTemplates(wb, { level, year, sheets: ["donationSummary"] });
}
