/** Text hygiene for cells and report text. */

/** Spaces other than U+0020 that cells carry: tab, non-breaking, narrow/figure/thin and other
 *  typographic spaces, ideographic space. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+/g;
/** Invisible characters that only get in the way of matching: zero-width space, word joiner, BOM. */
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/**
 * NFC (precomposed Unicode), every kind of space made a plain space, runs collapsed, zero-width
 * characters removed, trimmed. Line breaks (Alt+Enter in a cell) are kept, one per line, each
 * line trimmed; CR LF becomes LF.
 * @example normalizeText("  Trường\u00a0 THCS ") // "Trường THCS"
 * @example normalizeText("Dòng 1 \r\n  Dòng 2") // "Dòng 1\nDòng 2"
 */
export function normalizeText(text: string): string {
  const flat = text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(SPACES, " ");
  if (!/[\r\n]/.test(flat)) return flat.trim();
  return flat
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(
      (line, i, all) =>
        line !== "" || (i > 0 && i < all.length - 1 && all[i - 1] !== ""),
    )
    .join("\n")
    .trim();
}
