/** Excel's error values as text (what exceljs, CSV exports and copy-paste leave in a cell). */

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/**
 * The Excel error value a text stands for (upper-cased), or null.
 * @example excelErrorOf(" #n/a ") // "#N/A"
 * @example excelErrorOf("#1") // null
 */
export function excelErrorOf(text: string): string | null {
  const t = text.trim();
  if (t.charCodeAt(0) !== 35 /* # */) return null;
  const upper = t.toUpperCase();
  return EXCEL_ERRORS.has(upper) ? upper : null;
}
