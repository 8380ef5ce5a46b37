/** Decimal digits of a double as Excel shows it: at most 15 significant digits, no exponent. */

/** "1.5e-7" → "0.00000015", "1.2e+21" → "1200000000000000000000". */
function expandExponent(s: string): string {
  const e = s.indexOf("e");
  if (e < 0) return s;
  const exp = Number(s.slice(e + 1));
  const mantissa = s.slice(0, e);
  const dot = mantissa.indexOf(".");
  const int = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const digits = dot < 0 ? mantissa : int + mantissa.slice(dot + 1);
  const point = int.length + exp;
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Integer and fraction digits of |x|: integers exactly (BigInt beyond 10^21), other numbers
 * rounded to 15 significant digits as Excel shows them, trailing zeros dropped.
 * @example decimalDigits(0.1 + 0.2) // { int: "0", frac: "3" }
 * @example decimalDigits(-1.5e-7) // { int: "0", frac: "00000015" }
 * @example decimalDigits(1e21) // { int: "1000000000000000000000", frac: "" }
 */
export function decimalDigits(x: number): {
  readonly int: string;
  readonly frac: string;
} {
  const a = Math.abs(x);
  if (Number.isInteger(a))
    return { int: a < 1e21 ? String(a) : BigInt(a).toString(), frac: "" };
  const s = expandExponent(String(Number(a.toPrecision(15))));
  const dot = s.indexOf(".");
  return dot < 0
    ? { int: s, frac: "" }
    : { int: s.slice(0, dot), frac: s.slice(dot + 1) };
}
