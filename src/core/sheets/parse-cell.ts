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

/**
 * Reads a cell as its column type says. Blank (null, "", spaces) is null. Numbers accept
 * Vietnamese-written text ("18,4 triệu"); an ambiguous "3.28" is refused with the likely reading.
 */
export function parseCell(
  type: ColumnType,
  v: CellValue,
  options?: Readonly<Record<string, string>>,
): Parsed {
  if (v === null || (typeof v === "string" && v.trim() === "")) return BLANK;
  switch (type) {
    case "text":
      return { ok: true, value: asText(v) };
    case "code":
      // A phone or ID number stored as a number has lost its leading zeros.
      if (typeof v === "number")
        return {
          ok: false,
          warning: true,
          message: `đang là số (${v}) nên có thể đã mất số 0 ở đầu; hãy định dạng ô là Văn bản và nhập lại`,
        };
      return { ok: true, value: asText(v) };
    case "list": {
      const text = asText(v);
      if (!options) return { ok: true, value: text };
      const key = listKey(options, text);
      if (key === null)
        return {
          ok: false,
          message: `${quote(text)} không có trong danh sách (${Object.values(options).join("; ")})`,
        };
      return { ok: true, value: key };
    }
    case "date": {
      const r = parseVnDate(v);
      return r.ok
        ? { ok: true, value: r.value }
        : { ok: false, message: r.error.message };
    }
    case "formula":
      // A result the workbook computed (an average, a citation): whatever it shows is read as
      // such, never judged as the user's input — its inputs are what the checks look at.
      return { ok: true, value: typeof v === "number" ? v : asText(v) };
    case "integer":
    case "number":
    case "money": {
      if (typeof v === "boolean")
        return {
          ok: false,
          message: `${quote(v ? "TRUE" : "FALSE")} không phải là số`,
        };
      const r = parseVnNumber(v);
      return r.ok
        ? { ok: true, value: r.value }
        : { ok: false, message: r.error.message };
    }
  }
}
