/** Roman numerals, as report sections are numbered ("I.", "IV."). */
const TABLE: readonly (readonly [number, string])[] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/**
 * `n` in Roman numerals; outside 1–3999, its digits.
 * @example toRoman(4) // "IV"
 * @example toRoman(2024) // "MMXXIV"
 */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) return String(n);
  let left = n;
  let out = "";
  for (const [v, r] of TABLE)
    while (left >= v) {
      out += r;
      left -= v;
    }
  return out;
}
