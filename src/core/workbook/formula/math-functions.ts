/** ROUND, ABS, INT and MOD. */
import { round15, toNumber } from "./coerce";
import { ERR, isError } from "./formula-error";
import { withScalars, type FormulaFunction } from "./function-types";
import { finite } from "./operators";
import type { Scalar } from "./values";

/** A function of numbers: each argument is coerced, the first error wins. */
function ofNumbers(
  minArgs: number,
  maxArgs: number,
  fn: (ns: readonly number[]) => Scalar,
): FormulaFunction {
  return withScalars(minArgs, maxArgs, (values) => {
    const ns: number[] = [];
    for (const v of values) {
      const n = toNumber(v);
      if (isError(n)) return n;
      ns.push(n);
    }
    return fn(ns);
  });
}

/**
 * Rounds half away from zero to `digits` decimals (negative: to tens, hundreds …), as Excel,
 * which rounds 1.005 to 1.01 although the double is slightly below: the scaled value is first
 * taken to 15 significant digits.
 */
export function roundHalfAway(n: number, digits: number): number {
  const d = Math.trunc(digits);
  if (d > 15) return n;
  const factor = Math.pow(10, Math.abs(d));
  const scaled = d >= 0 ? Math.abs(n) * factor : Math.abs(n) / factor;
  const rounded = Math.round(round15(scaled));
  const back = d >= 0 ? rounded / factor : rounded * factor;
  return n < 0 ? -back : back;
}

/** The math functions by name. */
export const MATH_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  ROUND: ofNumbers(2, 2, ([n, d]) => finite(roundHalfAway(n, d))),
  ABS: ofNumbers(1, 1, ([n]) => Math.abs(n)),
  INT: ofNumbers(1, 1, ([n]) => Math.floor(n)),
  MOD: ofNumbers(2, 2, ([n, d]) => {
    if (d === 0) return ERR["#DIV/0!"];
    const r = n - d * Math.floor(n / d);
    return r === 0 ? 0 : r;
  }),
};
