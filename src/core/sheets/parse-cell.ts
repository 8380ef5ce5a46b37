/** Typing one cell by its column type, with a Vietnamese message when it cannot be read. */
import { keyOfLabel, keyOfLabelPart } from "../model/enums";
import type { CalendarDate } from "../model/records";
import { parseVnDate } from "../vn/parse-vn-date";
import { detectLegacyEncoding } from "../vn/detect-legacy-encoding";
import { parseVnNumber } from "../vn/parse-number";
import { repairLegacyText } from "../vn/repair-legacy-text";
import type { CellValue } from "../workbook/types";
import type { ColumnType } from "./spec";
import { quote } from "../vn/quote";

export type Parsed =
  | { readonly ok: true; readonly value: string | number | CalendarDate | null }
  | {
      readonly ok: false;
      readonly message: string;
      readonly warning?: boolean;
    };

const BLANK = { ok: true, value: null } as const;

const COMBINING = /[\u0300-\u036f]/;

/** Text of a cell: NFC (only decomposed text needs the work), trimmed; numbers as Excel shows.
 *  Text typed in TCVN3 or VNI is repaired first, so labels, list values and names match (the
 *  text rule still reports the cell). */
function asText(v: CellValue): string {
  if (typeof v !== "string") return String(v);
  return unlegacy(v);
}

/** Texts repeat down a column (names, labels, items): repair each once. */
const textMemo = new Map<string, string>();

/**
 * A text as Unicode NFC, trimmed: repaired first when typed in TCVN3 or VNI.
 * @example unlegacy("Gi¸o viªn") // "Giáo viên"
 */
export function unlegacy(v: string): string {
  // Below U+00A0 there is neither a legacy-encoded letter nor a combining mark: only the trim
  // does anything (codes, phone numbers and voucher numbers, each one different, never reach
  // the memo).
  let plain = true;
  for (let i = 0; i < v.length && plain; i++) plain = v.charCodeAt(i) < 0xa0;
  if (plain) return v.trim();
  let t = textMemo.get(v);
  if (t === undefined) {
    t = detectLegacyEncoding(v)
      ? repairLegacyText(v).text
      : (COMBINING.test(v) ? v.normalize("NFC") : v).trim();
    if (textMemo.size > 20_000) textMemo.clear();
    textMemo.set(v, t);
  }
  return t;
}

/** Option lists are short and their cells repeat: remember each text's key. */
const listMemo = new WeakMap<object, Map<string, string | null>>();

function listKey(
  options: Readonly<Record<string, string>>,
  text: string,
): string | null {
  let memo = listMemo.get(options);
  if (!memo) listMemo.set(options, (memo = new Map()));
  let key = memo.get(text);
  if (key === undefined) {
    key =
      ((keyOfLabel(options, text) ?? keyOfLabelPart(options, text)) as
        string | null) ?? null;
    if (memo.size < 1000) memo.set(text, key);
  }
  return key;
}

/** Why a cell could not be read (a `warning` when it may hold a wrong value, not none). */
export class Unread {
  constructor(
    readonly message: string,
    readonly warning = false,
  ) {}
}

/** What a cell reads as: its value, or why it cannot be read. */
export type CellRead = string | number | CalendarDate | null | Unread;

/**
 * Reads a cell as its column type says. Blank (null, "", spaces) is null. Numbers accept
 * Vietnamese-written text ("18,4 triệu"); an ambiguous "3.28" is refused with the likely reading.
 */
export function parseCell(
  type: ColumnType,
  v: CellValue,
  options?: Readonly<Record<string, string>>,
): Parsed {
  const r = readCell(type, v, options);
  if (r instanceof Unread)
    return r.warning
      ? { ok: false, warning: true, message: r.message }
      : { ok: false, message: r.message };
  return r === null ? BLANK : { ok: true, value: r };
}

/**
 * The same as `parseCell`, with no result object built for a cell that reads (the sheet reader
 * types every cell of a 200,000-row ledger).
 */
export function readCell(
  type: ColumnType,
  v: CellValue,
  options?: Readonly<Record<string, string>>,
): CellRead {
  if (v === null || (typeof v === "string" && v.trim() === "")) return null;
  switch (type) {
    case "text":
      return asText(v);
    case "code":
      // A phone or ID number stored as a number has lost its leading zeros.
      if (typeof v === "number")
        return new Unread(
          `đang là số (${v}) nên có thể đã mất số 0 ở đầu; hãy định dạng ô là Văn bản và nhập lại`,
          true,
        );
      return asText(v);
    case "list": {
      const text = asText(v);
      if (!options) return text;
      const key = listKey(options, text);
      if (key === null)
        return new Unread(
          `${quote(text)} không có trong danh sách (${Object.values(options).join("; ")})`,
        );
      return key;
    }
    case "date": {
      const r = parseVnDate(v);
      return r.ok ? r.value : new Unread(r.error.message);
    }
    case "formula":
      // A result the workbook computed (an average, a citation): whatever it shows is read as
      // such, never judged as the user's input — its inputs are what the checks look at.
      return typeof v === "number" ? v : asText(v);
    case "integer":
    case "number":
    case "money": {
      if (typeof v === "boolean")
        return new Unread(`${quote(v ? "TRUE" : "FALSE")} không phải là số`);
      // A finite number within the safe range reads as itself (what parseVnNumber returns).
      if (
        typeof v === "number" &&
        v <= Number.MAX_SAFE_INTEGER &&
        v >= -Number.MAX_SAFE_INTEGER
      )
        return v === 0 ? 0 : v;
      const r = parseVnNumber(v);
      return r.ok ? r.value : new Unread(r.error.message);
    }
  }
}
