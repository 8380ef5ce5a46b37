/** What the formula evaluator needs of a workbook. */
import type { CellValue } from "../types";

/** What the evaluator needs of the workbook. Sheet names are matched case-insensitively by the caller. */
export interface FormulaContext {
  /** The value a cell shows: a literal, or its own formula's value (the caller evaluates recursively and caches). null = empty. Return undefined when the sheet does not exist. */
  value(sheet: string, row: number, col: number): CellValue | undefined;
  /** Number of rows in use on the sheet (last row index + 1), to bound whole-column references like $K:$K; undefined when the sheet does not exist. */
  rowCount(sheet: string): number | undefined;
}
