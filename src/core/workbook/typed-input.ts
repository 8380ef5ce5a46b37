/** What Excel on a Vietnamese system (vi-VN: "." groups thousands, "," marks decimals, dates
 *  dd/mm/yyyy) stores when a person types or pastes text into a cell. The browser preview's grid
 *  uses it so that typing there behaves as typing in Excel does. */
import { daysInMonth } from "../vn/calendar-date";
import { toExcelSerial } from "../vn/excel-serial";
import type { CellInput } from "./types";

/** Plain numbers as Excel vi-VN recognises them: "1.668", "03", "18,4", "-2.300,5", "(1.000)". */
const PLAIN_NUMBER = /^([+-])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%)?$/;
const NEGATIVE_PARENS = /^\((.*)\)$/;
const DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

/**
 * The cell Excel (vi-VN) makes of typed text in a cell whose number format is `numberFormat`:
 * - a text-formatted cell ("@") keeps the text exactly, "=…" and leading zeros included;
 * - "'…" is text without the apostrophe; "=…" is a formula;
 * - "1.668" → 1668, "18,4" → 18,4, "03" → 3, "93,8%" → 0,938 (format "0.0%" unless one is set),
 *   "15/02/2023" → the date's serial (format "dd/mm/yyyy" unless one is set), TRUE / FALSE;
 * - anything else — "18,4 triệu", "3.28", "148/5 lớp" — stays text, as Excel leaves it;
 * - "" empties the cell.
 * @example interpretTyped("1.668") // { value: 1668 }
 * @example interpretTyped("0292 3821 888", "@") // { value: "0292 3821 888" }
 */
export function interpretTyped(text: string, numberFormat?: string): CellInput {
  if (text === "") return { value: null };
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), numberFormat: "@" };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const number = plainNumber(trimmed);
  if (number !== null) {
    if (number.percent)
      return {
        value: number.value,
        numberFormat: hasFormat(numberFormat)
          ? undefined
          : number.decimals
            ? "0.0%"
            : "0%",
      };
    return { value: number.value };
  }
  const date = DATE.exec(trimmed);
  if (date) {
    const [day, month, year] = [
      Number(date[1]),
      Number(date[2]),
      Number(date[3]),
    ];
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      year >= 1900
    )
      return {
        value: toExcelSerial({ year, month, day }),
        numberFormat: hasFormat(numberFormat) ? undefined : "dd/mm/yyyy",
      };
  }
  return { value: text };
}

function hasFormat(f: string | undefined): boolean {
  return f !== undefined && f !== "" && f !== "General";
}

function plainNumber(
  s: string,
): { value: number; percent: boolean; decimals: boolean } | null {
  const parens = NEGATIVE_PARENS.exec(s);
  const m = PLAIN_NUMBER.exec(parens ? parens[1] : s);
  if (!m || (parens && m[1])) return null;
  const [, sign, int, frac, percent] = m;
  let value = Number(`${int.replace(/\./g, "")}${frac ? `.${frac}` : ""}`);
  if (!Number.isFinite(value)) return null;
  if (sign === "-" || parens) value = -value;
  if (percent) value /= 100;
  return {
    value: value === 0 ? 0 : value,
    percent: Boolean(percent),
    decimals: Boolean(frac),
  };
}

/**
 * A block of text copied from Excel, Word or a web page, as rows of cells: tab-separated cells,
 * one row per line; cells quoted with '"' may hold tabs, line breaks and doubled quotes (as Excel
 * copies a cell with line breaks). A final empty line is dropped.
 * @example splitPastedText("A\tB\r\n1\t2\r\n") // [["A","B"],["1","2"]]
 */
export function splitPastedText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      const end = quotedEnd(text, i);
      if (end !== -1) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n" || ch === "\r") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote closing a quoted cell opened at `start`, when a tab, a line break or the
 *  end follows it; -1 when the cell is not a well-formed quoted cell (then the quote is text). */
function quotedEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\n" || next === "\r"
      ? i
      : -1;
  }
  return -1;
}
