/** Excel's conversions between numbers, text and booleans (en-US, kept deliberately plain). */
import { ERR, FormulaError, isError } from "./formula-error";
import type { Scalar } from "./values";

/** Text Excel turns into a number in arithmetic: a plain decimal, spaces around allowed. */
const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** The number a text stands for, or undefined when it is not a plain decimal number. */
export function parseNumericText(text: string): number | undefined {
  if (!NUMERIC_TEXT.test(text)) return undefined;
  const n = Number(text.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** A scalar as a number: blank → 0, TRUE → 1, numeric text → its number, other text → #VALUE!. */
export function toNumber(v: Scalar): number | FormulaError {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  return parseNumericText(v) ?? ERR["#VALUE!"];
}

/** A scalar as a whole number, truncated toward zero as Excel does for counts and positions. */
export function toInteger(v: Scalar): number | FormulaError {
  const n = toNumber(v);
  return isError(n) ? n : Math.trunc(n);
}

/** A scalar as text: numbers as Excel's General format would show them, TRUE → "TRUE". */
export function toText(v: Scalar): string | FormulaError {
  if (typeof v === "string") return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v;
  return numberToText(v);
}

/** A scalar as a condition: numbers ≠ 0 are TRUE, text "TRUE"/"FALSE" too, other text #VALUE!. */
export function toBoolean(v: Scalar): boolean | FormulaError {
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "number") return v !== 0;
  if (isError(v)) return v;
  const upper = v.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return ERR["#VALUE!"];
}

/** `n` rounded to 15 significant digits, the precision Excel shows and compares. */
export function round15(n: number): number {
  return n === 0 || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}

/**
 * A number as text, the way "&" converts it: up to 15 significant digits without trailing zeros
 * (1.5 → "1.5", 3 → "3"), and scientific notation ("1E+20", "1E-10") for very large or small.
 */
export function numberToText(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return "0";
  const [mantissa, expText] = Math.abs(n).toExponential(14).split("e");
  const exp = Number(expText);
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  const sign = n < 0 ? "-" : "";
  if (exp >= 15 || exp < -9) {
    const rest = digits.slice(1);
    const e = String(Math.abs(exp)).padStart(2, "0");
    return `${sign}${digits[0]}${rest ? `.${rest}` : ""}E${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const fraction = digits.slice(exp + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
}
