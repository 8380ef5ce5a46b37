/** Building tables as the seam returns them, from sheet specs and rows keyed by column key:
 *  fixtures for the reader and the checks. */
import { toExcelSerial } from "../../src/core/vn/excel-serial";
import { columnLetters } from "../../src/core/workbook/a1";
import type { CellValue, TableData } from "../../src/core/workbook/types";
import { generalSpec } from "../../src/core/sheets/specs";
import type {
  KeyValueSheetSpec,
  TableSheetSpec,
} from "../../src/core/sheets/spec";
import { HEADER_ROW } from "../../src/core/sheets/spec";

type Row = Readonly<Record<string, CellValue | undefined>>;

/** A table at A3 with the spec's headers; `totals` fills the row under it (label "Tổng cộng"). */
export function tableOf(
  spec: TableSheetSpec,
  rows: readonly Row[],
  totals?: Row,
): TableData {
  const header = spec.columns.map((c) => c.header);
  const bottom = HEADER_ROW + Math.max(1, rows.length);
  const below = spec.columns.map((c) => {
    if (!totals) return null;
    if (spec.totals && c.key === spec.totals.labelKey) return spec.totals.label;
    return totals[c.key] ?? null;
  });
  return {
    name: spec.tableName,
    sheet: spec.sheetName,
    range: `A${HEADER_ROW}:${columnLetters(header.length - 1)}${bottom}`,
    header,
    rows: rows.map((r) => spec.columns.map((c) => r[c.key] ?? null)),
    below,
  };
}

/** A key-value sheet's table with the given values (display values, dates as Excel serials). */
export function keyValueOf(spec: KeyValueSheetSpec, values: Row): TableData {
  return {
    name: spec.tableName,
    sheet: spec.sheetName,
    range: `A${HEADER_ROW}:C${HEADER_ROW + spec.fields.length}`,
    header: ["Mục", "Nội dung", "Hướng dẫn"],
    rows: spec.fields.map((f) => [f.label, values[f.key] ?? null, f.hint]),
    below: [null, null, null],
  };
}

/** The Thông tin chung table with the given values. */
export function generalOf(values: Row): TableData {
  return keyValueOf(generalSpec, values);
}

/** Excel serial of a date. */
export function serial(day: number, month: number, year: number): number {
  return toExcelSerial({ year, month, day });
}
