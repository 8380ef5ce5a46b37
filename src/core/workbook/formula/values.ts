/** The values formulas compute with: scalars, and references kept as ranges until needed. */
import type { FormulaError } from "./formula-error";

/** A single value: number, text, boolean, blank (null) or an Excel error. */
export type Scalar = number | string | boolean | null | FormulaError;

/** A resolved reference: a block of one sheet, 0-based and inclusive. */
export interface RangeRef {
  readonly kind: "range";
  /** The sheet as written (or the formula's own sheet). */
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Rows in use on the sheet: rows from this index on are blank and need not be read. */
  readonly usedRows: number;
}

/** What an expression evaluates to: references stay ranges so functions can tell them apart. */
export type Value = Scalar | RangeRef;

/** True for a reference. */
export function isRange(v: Value): v is RangeRef {
  return typeof v === "object" && v !== null && "kind" in v;
}

/** Number of rows of a range. */
export function rangeHeight(r: RangeRef): number {
  return r.bottom - r.top + 1;
}

/** Number of columns of a range. */
export function rangeWidth(r: RangeRef): number {
  return r.right - r.left + 1;
}

/** Number of leading rows of a range that may hold data (the rest are blank). */
export function scannedRows(r: RangeRef): number {
  return Math.max(0, Math.min(r.bottom, r.usedRows - 1) - r.top + 1);
}
