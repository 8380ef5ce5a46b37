/** Turning template values into cells to write, safely. */
import type { CalendarDate } from "../model/records";
import { toExcelSerial } from "../vn/excel-serial";
import type { CellInput, CellValue } from "../workbook/types";
import { NUMBER_FORMAT, type ColumnSpec } from "./spec";

/** A value a template or sample row carries: a cell value or a calendar date. */
export type TemplateValue = CellValue | CalendarDate | undefined;

export function isCalendarDate(v: unknown): v is CalendarDate {
  return (
    typeof v === "object" &&
    v !== null &&
    "year" in v &&
    "month" in v &&
    "day" in v
  );
}

/**
 * The cell for a column and a value. Strings are always written as text ("@" format first, then
 * the value, never through formulas), so "=…", "+…", "-…" and leading zeros survive; an empty
 * value in a formula column gets the formula.
 */
export function templateCell(
  col: ColumnSpec,
  value: TemplateValue,
  row: number,
  columnOf: (key: string) => string,
): CellInput {
  const numberFormat = col.numberFormat ?? NUMBER_FORMAT[col.type];
  if (value === undefined || value === null || value === "") {
    return col.formula
      ? { formula: col.formula(row, columnOf), numberFormat }
      : { numberFormat };
  }
  if (isCalendarDate(value))
    return { value: toExcelSerial(value), numberFormat: NUMBER_FORMAT.date };
  if (typeof value === "string") return { value, numberFormat: "@" };
  return { value, numberFormat };
}

/** A plain text cell (titles, labels, headers). */
export function textCell(value: string): CellInput {
  return { value, numberFormat: "@" };
}
