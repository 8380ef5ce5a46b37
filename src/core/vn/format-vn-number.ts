/** Writing numbers the Vietnamese way: "." between thousands, "," before decimals. */
import { decimalDigits } from "./decimal-digits";

/**
 * Groups an integer digit string with dots.
 * @example groupThousands("1234567") // "1.234.567"
 */
export function groupThousands(digits: string): string {
  const len = digits.length;
  if (len <= 3) return digits;
  let out = digits.slice(0, ((len - 1) % 3) + 1);
  for (let i = out.length; i < len; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/** Adds one to the last digit of a digit string, carrying ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return (
    digits.slice(0, i) +
    String.fromCharCode(digits.charCodeAt(i) + 1) +
    "0".repeat(digits.length - i - 1)
  );
}

/**
 * Decimal digits of |x|: with `decimals`, rounded half away from zero on the decimal digits
 * Excel shows (so 18.45 → "18,5" as Excel's ROUND gives, where toFixed gives "18.4"); without,
 * as Excel shows the number (15 significant digits).
 */
function plainDigits(
  a: number,
  decimals: number | undefined,
): { int: string; frac: string } {
  const d = decimalDigits(a);
  if (decimals === undefined) return d;
  if (d.frac.length <= decimals)
    return { int: d.int, frac: d.frac.padEnd(decimals, "0") };
  const kept = d.int + d.frac.slice(0, decimals);
  const rounded = d.frac.charCodeAt(decimals) >= 53 ? increment(kept) : kept;
  const cut = rounded.length - decimals;
  return { int: rounded.slice(0, cut), frac: rounded.slice(cut) };
}

export interface FormatNumberOptions {
  /** Fraction digits, rounded (0–20). Omitted: the number as Excel shows it (up to 15 significant digits). */
  readonly decimals?: number;
  /** Drop trailing zeros of the fraction ("18,40" → "18,4"). Default false. */
  readonly trimZeros?: boolean;
}

/**
 * Formats a number: thousands ".", decimals ",". Integers are written exactly; other numbers
 * with at most 15 significant digits, as Excel shows them (0.1 + 0.2 → "0,3").
 * @example formatVnNumber(1234567.89) // "1.234.567,89"
 * @example formatVnNumber(0.5, { decimals: 2 }) // "0,50"
 * @example formatVnNumber(-0.001, { decimals: 2 }) // "0,00" (no "-0")
 */
export function formatVnNumber(
  x: number,
  options: FormatNumberOptions = {},
): string {
  if (!Number.isFinite(x)) return String(x);
  const decimals =
    options.decimals === undefined
      ? undefined
      : Math.min(20, Math.max(0, Math.trunc(options.decimals)));
  const { int, frac: rawFrac } = plainDigits(Math.abs(x), decimals);
  let frac = rawFrac;
  if (options.trimZeros) {
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
    frac = frac.slice(0, end);
  }
  const zero = /^0*$/.test(int) && /^0*$/.test(frac);
  return `${x < 0 && !zero ? "-" : ""}${groupThousands(int)}${frac ? `,${frac}` : ""}`;
}
