/** The entry point: the value a formula shows. */
import type { CellValue } from "../types";
import { isError } from "./formula-error";
import type { FormulaContext } from "./formula-context";
import { cachedParse } from "./formula-cache";
import { TreeEvaluator } from "./evaluator";

export type { FormulaContext } from "./formula-context";

/** Evaluates a formula (text beginning with "=") written on `sheet`; returns the value Excel would show. Excel errors come back as the strings "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#N/A", "#NUM!". */
export function evaluateFormula(
  formula: string,
  sheet: string,
  ctx: FormulaContext,
): CellValue {
  const node = cachedParse(formula);
  if (!node) return "#NAME?";
  let v;
  try {
    const ev = new TreeEvaluator(ctx, sheet);
    v = ev.toScalar(ev.value(node));
  } catch {
    return "#VALUE!";
  }
  if (isError(v)) return v.code;
  if (v === null) return 0;
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  return v;
}
