/** Walking the cells of a range, reading only the rows a sheet actually uses. */
import type { Evaluator } from "./function-types";
import { scannedRows, type RangeRef, type Scalar } from "./values";

/**
 * Calls `visit` for each cell of the range that may hold data, row by row; stops early when
 * `visit` returns false. Rows past the sheet's used rows are blank and are skipped.
 */
export function eachCell(
  ev: Evaluator,
  range: RangeRef,
  visit: (v: Scalar, row: number, col: number) => boolean | void,
): void {
  const last = range.top + scannedRows(range);
  for (let r = range.top; r < last; r++)
    for (let c = range.left; c <= range.right; c++)
      if (visit(ev.cell(range.sheet, r, c), r, c) === false) return;
}

/** The value of the top-left cell of a range (N and the like read only that one). */
export function firstCell(ev: Evaluator, range: RangeRef): Scalar {
  return ev.cell(range.sheet, range.top, range.left);
}
