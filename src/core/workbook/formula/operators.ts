/** Excel's operators on single values: arithmetic, "&" and comparisons. */
import type { BinaryOp } from "./ast";
import { toNumber, toText } from "./coerce";
import { compareValues, holds } from "./compare";
import { ERR, isError } from "./formula-error";
import type { Scalar } from "./values";

const COMPARISONS: ReadonlySet<string> = new Set([
  "=",
  "<>",
  "<",
  ">",
  "<=",
  ">=",
]);

/** A computed number, or #NUM! when it overflowed or is not a number. */
export function finite(n: number): number | (typeof ERR)["#NUM!"] {
  return Number.isFinite(n) ? n : ERR["#NUM!"];
}

function arithmetic(op: BinaryOp, x: number, y: number): Scalar {
  switch (op) {
    case "+":
      return finite(x + y);
    case "-":
      return finite(x - y);
    case "*":
      return finite(x * y);
    case "/":
      return y === 0 ? ERR["#DIV/0!"] : finite(x / y);
    default:
      if (x === 0 && y === 0) return ERR["#NUM!"];
      if (x === 0 && y < 0) return ERR["#DIV/0!"];
      return finite(Math.pow(x, y));
  }
}

/**
 * Applies a binary operator. Errors propagate (the left one first); arithmetic coerces blanks to
 * 0, booleans to 1/0 and numeric text to numbers; "&" joins texts; comparisons follow Excel.
 */
export function applyBinary(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") return `${toText(a) as string}${toText(b) as string}`;
  if (COMPARISONS.has(op)) return holds(op, compareValues(a, b));
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  return arithmetic(op, x, y);
}

/** Unary minus. */
export function negate(a: Scalar): Scalar {
  const x = toNumber(a);
  return isError(x) ? x : x === 0 ? 0 : -x;
}

/** Postfix "%": divides by 100. */
export function percent(a: Scalar): Scalar {
  const x = toNumber(a);
  return isError(x) ? x : x / 100;
}
