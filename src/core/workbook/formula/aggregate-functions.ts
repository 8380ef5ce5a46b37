/** SUM, COUNT, COUNTA, AVERAGE, MIN and MAX. */
import { parseNumericText } from "./coerce";
import { ERR, isError, type FormulaError } from "./formula-error";
import {
  withValues,
  type Evaluator,
  type FormulaFunction,
} from "./function-types";
import { finite } from "./operators";
import { eachCell } from "./range-cells";
import { isRange, type Value } from "./values";

const MAX_ARGS = 255;

/**
 * Feeds the numbers of the arguments to `add`, as SUM reads them: references give only their
 * numeric cells (text, booleans and blanks are skipped, an error stops everything); values typed
 * as arguments are coerced (TRUE → 1, "3" → 3, "x" → #VALUE!, an empty argument → 0).
 */
export function collectNumbers(
  values: readonly Value[],
  ev: Evaluator,
  add: (n: number) => void,
): FormulaError | undefined {
  for (const v of values) {
    if (isRange(v)) {
      let error: FormulaError | undefined;
      eachCell(ev, v, (c) => {
        if (typeof c === "number") add(c);
        else if (isError(c)) error = c;
        return error === undefined;
      });
      if (error) return error;
    } else if (isError(v)) return v;
    else if (typeof v === "number") add(v);
    else if (typeof v === "boolean" || v === null) add(Number(v));
    else {
      const n = parseNumericText(v);
      if (n === undefined) return ERR["#VALUE!"];
      add(n);
    }
  }
  return undefined;
}

/** A function folding the numbers of its arguments. */
function numeric(
  finish: (numbers: {
    sum: number;
    count: number;
    min: number;
    max: number;
  }) => Value,
): FormulaFunction {
  return withValues(1, MAX_ARGS, (values, ev) => {
    const acc = { sum: 0, count: 0, min: Infinity, max: -Infinity };
    const error = collectNumbers(values, ev, (n) => {
      acc.sum += n;
      acc.count += 1;
      if (n < acc.min) acc.min = n;
      if (n > acc.max) acc.max = n;
    });
    return error ?? finish(acc);
  });
}

/** COUNT: numbers in references; typed arguments that are or read as numbers (and booleans). */
const count = withValues(1, MAX_ARGS, (values, ev) => {
  let n = 0;
  for (const v of values) {
    if (isRange(v))
      eachCell(ev, v, (c) => {
        if (typeof c === "number") n++;
      });
    else if (typeof v === "number" || typeof v === "boolean" || v === null) n++;
    else if (typeof v === "string" && parseNumericText(v) !== undefined) n++;
  }
  return n;
});

/** COUNTA: non-blank cells in references (errors and empty texts included), and typed arguments. */
const counta = withValues(1, MAX_ARGS, (values, ev) => {
  let n = 0;
  for (const v of values) {
    if (isRange(v))
      eachCell(ev, v, (c) => {
        if (c !== null) n++;
      });
    else n++;
  }
  return n;
});

/** The aggregate functions by name. */
export const AGGREGATE_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  SUM: numeric((a) => finite(a.sum)),
  AVERAGE: numeric((a) => (a.count ? finite(a.sum / a.count) : ERR["#DIV/0!"])),
  MIN: numeric((a) => (a.count ? a.min : 0)),
  MAX: numeric((a) => (a.count ? a.max : 0)),
  COUNT: count,
  COUNTA: counta,
};
