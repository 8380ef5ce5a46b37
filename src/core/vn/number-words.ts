/** Words written after a number: scale words (nghìn, triệu, tỷ, tr, k), currency (đồng, đ, VNĐ)
 *  and "chẵn". Matched case-insensitively on NFC text, with and without diacritics ("trieu",
 *  "dong"): text typed without a Vietnamese keyboard is common and must not be misread. */

type Scale = readonly [word: string, exponent: number];
/** Scale words by first letter, longest first, with their power of ten. */
const N: readonly Scale[] = [
  ["nghìn tỷ", 12],
  ["ngàn tỷ", 12],
  ["nghin ty", 12],
  ["ngan ty", 12],
  ["nghìn", 3],
  ["nghin", 3],
  ["ngàn", 3],
  ["ngan", 3],
];
const T: readonly Scale[] = [
  ["triệu", 6],
  ["trieu", 6],
  ["tỷ", 9],
  ["tỉ", 9],
  ["ty", 9],
  ["tr", 6],
];
const K: readonly Scale[] = [["k", 3]];
const ROUND: readonly string[] = ["chẵn", "chan"];

/** Is the character at `i` a letter (so a word does not end there)? */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = text.charAt(i);
  return ch.toLowerCase() !== ch.toUpperCase() || (c >= 0x300 && c <= 0x36f);
}

/** Lower-case code of a UTF-16 code (one unit; letters whose lower case is longer unchanged). */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0x1ea0 && c <= 0x1ef9) return c | 1; // Vietnamese letters with tone marks: upper even, lower odd
  if (c >= 0xc0 && c <= 0xde) return c === 0xd7 ? c : c + 32; // Latin-1 capitals
  if (c === 0x110 || c === 0x102 || c === 0x1a0 || c === 0x128 || c === 0x168)
    return c + 1; // Đ Ă Ơ Ĩ Ũ
  if (c === 0x1af) return 0x1b0; // Ư
  if (
    c <= 0xff ||
    c === 0x111 ||
    c === 0x103 ||
    c === 0x1a1 ||
    c === 0x129 ||
    c === 0x169 ||
    c === 0x1b0
  )
    return c; // lower case already
  if (c !== c) return -1; // NaN: past the end
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Does `word` (lower case) stand at `at`, case-insensitively, as a whole word? */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    const w = word.charCodeAt(i);
    if (c !== w && lowerCode(c) !== w) return false;
  }
  return !isLetterAt(text, at + word.length);
}

/**
 * A scale word at `at`: its power of ten and length (a dot after "tr" included), or null.
 * @example matchScaleWord("18,4 Triệu đồng", 5) // { exponent: 6, length: 5 }
 */
export function matchScaleWord(
  text: string,
  at: number,
): { readonly exponent: number; readonly length: number } | null {
  const first = lowerCode(text.charCodeAt(at));
  const candidates =
    first === 116 ? T : first === 110 ? N : first === 107 ? K : null;
  if (candidates === null) return null;
  for (const [word, exponent] of candidates) {
    if (!wordAt(text, at, word)) continue;
    const dot = word === "tr" && text.charCodeAt(at + 2) === 46 ? 1 : 0;
    return { exponent, length: word.length + dot };
  }
  return null;
}

/**
 * Length of a currency word at `at` (đồng, đ, VNĐ, VND, ₫, dong), or 0.
 * @example matchCurrencyWord("1.000 VNĐ", 6) // 3
 */
export function matchCurrencyWord(text: string, at: number): number {
  const first = lowerCode(text.charCodeAt(at));
  if (first === 0x111 /* đ */)
    return wordAt(text, at, "đồng") ? 4 : wordAt(text, at, "đ") ? 1 : 0;
  if (first === 118 /* v */)
    return wordAt(text, at, "vnđ") || wordAt(text, at, "vnd") ? 3 : 0;
  if (first === 100 /* d */) return wordAt(text, at, "dong") ? 4 : 0;
  return first === 0x20ab /* ₫ */ ? 1 : 0;
}

/**
 * Length of "chẵn" (a round amount) at `at`, or 0.
 * @example matchRoundWord("chẵn", 0) // 4
 */
export function matchRoundWord(text: string, at: number): number {
  for (const word of ROUND) if (wordAt(text, at, word)) return word.length;
  return 0;
}
