/** Readings of the three-digit groups 0–999, precomputed once per variant of the convention,
 *  so reading a number is a few array look-ups and string joins. */

const DIGITS = [
  "không",
  "một",
  "hai",
  "ba",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "tám",
  "chín",
] as const;

export interface GroupVariant {
  /** Tens digit 0 inside a group: "linh" (accounting default) or "lẻ". */
  readonly zeroTens: "linh" | "lẻ";
  /** 4 after a tens digit from 2: "tư" (default: "hai mươi tư") or "bốn". */
  readonly fourAfterTens: "tư" | "bốn";
}

export interface GroupReadings {
  /** The first group of a number: 5 → "năm", 105 → "một trăm linh năm". */
  readonly leading: readonly string[];
  /** The first group with a capital letter (money): 5 → "Năm". */
  readonly leadingCapital: readonly string[];
  /** A later group, read in full: 5 → "không trăm linh năm", 0 → "" (skipped). */
  readonly full: readonly string[];
}

/** Digit words, for fractions read digit by digit. */
export const DIGIT_WORDS: readonly string[] = DIGITS;

/**
 * One group of three digits in words. `full` reads "không trăm" and "linh" as a group after the
 * first non-zero one must ("một nghìn không trăm linh một").
 * @example readGroup(115, false, { zeroTens: "linh", fourAfterTens: "tư" }) // "một trăm mười lăm"
 * @example readGroup(24, true, { zeroTens: "linh", fourAfterTens: "tư" }) // "không trăm hai mươi tư"
 */
export function readGroup(n: number, full: boolean, v: GroupVariant): string {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(DIGITS[h], "trăm");
  if (t === 0) {
    if (u !== 0) {
      if (full || h > 0) words.push(v.zeroTens);
      words.push(DIGITS[u]);
    }
  } else if (t === 1) {
    words.push("mười");
    if (u !== 0) words.push(u === 5 ? "lăm" : DIGITS[u]);
  } else {
    words.push(DIGITS[t], "mươi");
    if (u === 1) words.push("mốt");
    else if (u === 4) words.push(v.fourAfterTens);
    else if (u === 5) words.push("lăm");
    else if (u !== 0) words.push(DIGITS[u]);
  }
  return words.join(" ");
}

const cache = new Map<string, GroupReadings>();

/**
 * The readings of 0–999 for a variant, built on first use and cached (4 variants at most).
 * @example groupReadings({ zeroTens: "lẻ", fourAfterTens: "tư" }).leading[105] // "một trăm lẻ năm"
 */
export function groupReadings(v: GroupVariant): GroupReadings {
  const key = `${v.zeroTens}|${v.fourAfterTens}`;
  let r = cache.get(key);
  if (!r) {
    const leading: string[] = [];
    const full: string[] = [];
    for (let n = 0; n < 1000; n++) {
      leading.push(readGroup(n, false, v));
      full.push(n === 0 ? "" : readGroup(n, true, v));
    }
    const leadingCapital = leading.map(
      (w) => w.charAt(0).toUpperCase() + w.slice(1),
    );
    r = { leading, leadingCapital, full };
    cache.set(key, r);
  }
  return r;
}
