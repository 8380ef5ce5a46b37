/** A number kept exactly as written: digit strings and a power of ten, no floating point. */

export interface VnNumberParts {
  readonly negative: boolean;
  /** Integer digits without leading zeros ("0" for none). */
  readonly int: string;
  /** Fraction digits as written ("" for none). */
  readonly frac: string;
  /** Power of ten from scale words and "%": "18,4 triệu" → 6, "93,8%" → −2. */
  readonly exponent: number;
  /** "đồng" for currency, "%" for percent, a unit noun ("cây viết"), or null. */
  readonly unit: string | null;
}

const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Removes leading zeros ("007" → "7", "000" → "0"). */
export function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

/**
 * The value as a JS number, correctly rounded (one decimal-to-double conversion).
 * @example partsValue({ negative: false, int: "18", frac: "4", exponent: 6, unit: null }) // 18400000
 */
export function partsValue(p: VnNumberParts): number {
  const digits = p.frac === "" ? p.int : p.int + p.frac;
  const e = p.exponent - p.frac.length;
  // Up to 15 digits and 10^±22 both are exact doubles: one multiplication or division rounds
  // correctly. Otherwise let the decimal-to-double conversion do it.
  const v =
    digits.length <= 15 && e >= -22 && e <= 22
      ? e >= 0
        ? Number(digits) * POW10[e]
        : Number(digits) / POW10[-e]
      : Number(`${digits}e${e}`);
  return p.negative && v !== 0 ? -v : v;
}

/**
 * The value as exact decimal digits once the exponent is applied: "18,4 triệu" → { int:
 * "18400000", frac: "" }, "93,8%" → { int: "0", frac: "938" }. Trailing fraction zeros are kept.
 */
export function shiftedDigits(p: VnNumberParts): {
  readonly int: string;
  readonly frac: string;
} {
  const shift = p.exponent;
  if (shift === 0) return { int: p.int, frac: p.frac };
  if (shift >= p.frac.length)
    return {
      int: stripLeadingZeros(
        p.int + p.frac + "0".repeat(shift - p.frac.length),
      ),
      frac: "",
    };
  if (shift > 0)
    return {
      int: stripLeadingZeros(p.int + p.frac.slice(0, shift)),
      frac: p.frac.slice(shift),
    };
  const all = (p.int + p.frac).padStart(p.int.length - shift + 1, "0");
  const cut = all.length - (p.frac.length - shift);
  return { int: stripLeadingZeros(all.slice(0, cut)), frac: all.slice(cut) };
}

/**
 * Exact sum of two parts of a compound amount ("1 tỷ 200 triệu"): same sign as the first.
 * @example addParts(oneBillion, twoHundredMillion) // { int: "1200000000", frac: "", exponent: 0, … }
 */
export function addParts(a: VnNumberParts, b: VnNumberParts): VnNumberParts {
  const ea = a.exponent - a.frac.length;
  const eb = b.exponent - b.frac.length;
  const e = Math.min(ea, eb);
  const va = BigInt(a.int + a.frac) * 10n ** BigInt(ea - e);
  const vb = BigInt(b.int + b.frac) * 10n ** BigInt(eb - e);
  const sum: VnNumberParts = {
    negative: a.negative,
    int: (va + vb).toString(),
    frac: "",
    exponent: e,
    unit: a.unit ?? b.unit,
  };
  const { int, frac } = shiftedDigits(sum);
  return { negative: a.negative, int, frac, exponent: 0, unit: sum.unit };
}
