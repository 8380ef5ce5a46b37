/**
 * Quoting a cell's text inside a message. A cell holds up to 32,767 characters; a message that
 * quotes it whole is unreadable and, written back to a sheet, over Excel's cell limit. Every
 * message that quotes what a user typed goes through `quote` (findings of the reader and the
 * rules, refusals of the parsers).
 */

/** At most this many characters of a text are quoted. */
export const QUOTE_MAX = 200;

const MARK = /\p{M}/u;

/**
 * The text cut to at most `max` characters (by code point, never inside a letter and its
 * combining marks), at a space when one is near the end, with "…" after the cut.
 * @example clip("a".repeat(300)).length // 200
 */
export function clip(text: string, max = QUOTE_MAX): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let end = Math.max(1, max - 1);
  while (end > 1 && MARK.test(chars[end])) end--;
  const space = chars.lastIndexOf(" ", end);
  if (space > end - 30 && space > 0) end = space;
  return `${chars.slice(0, end).join("").trimEnd()}…`;
}

/**
 * A text between Vietnamese quotation marks, cut as `clip` does.
 * @example quote("Xã, phường") // "“Xã, phường”"
 */
export function quote(text: unknown, max = QUOTE_MAX): string {
  return `“${clip(text === null || text === undefined ? "" : String(text), max)}”`;
}
