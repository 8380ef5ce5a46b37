/**
 * The DVK functions, host-free: what the Excel custom functions, `dvk ham` and the tests call.
 * Arguments arrive as Excel passes them: numbers, strings, booleans, null for an omitted
 * optional argument, 2-D arrays for ranges.
 */
import { formatCitation } from "../vn/citation";
import { parseVnDate, formatDocumentDate } from "../vn/dates";
import {
  formatAmountScaled,
  formatPercent,
  formatVnNumber,
} from "../vn/format-number";
import { repairLegacyText } from "../vn/legacy-text";
import { parseVnNumber } from "../vn/parse-number";
import { readVnNumber, type ReadOptions } from "../vn/read-number";

/** A function's refusal: `#VALUE!` in Excel with this Vietnamese message. */
export class DvkFunctionError extends Error {
  constructor(message: string) {
    super(message.normalize("NFC"));
    this.name = "DvkFunctionError";
  }
}

export type Scalar = number | string | boolean | null;
/** A cell of a spilled result: a value, or an error for that cell. */
export type Cell = Scalar | DvkFunctionError;

const isMatrix = (v: unknown): v is unknown[][] =>
  Array.isArray(v) && v.every(Array.isArray);
const blank = (v: unknown) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Applies `f` to a scalar, or to every cell of a range (errors stay per cell). */
function mapCells(v: unknown, f: (x: unknown) => Scalar): Cell | Cell[][] {
  if (!isMatrix(v)) return f(v);
  return v.map((row) =>
    row.map((x) => {
      if (blank(x)) return "";
      try {
        return f(x);
      } catch (e) {
        if (e instanceof DvkFunctionError) return e;
        throw e;
      }
    }),
  );
}

/** A single value from an argument that may be a 1×1 range. */
function scalar(v: unknown): unknown {
  return isMatrix(v) && v.length === 1 && v[0].length === 1 ? v[0][0] : v;
}

function text(v: unknown): string {
  const s = scalar(v);
  return s === null || s === undefined ? "" : String(s);
}

const STYLE_WORDS = new Set([
  "lẻ",
  "le",
  "ngàn",
  "ngan",
  "bốn",
  "bon",
  "chẵn",
  "chan",
  "thường",
  "thuong",
  "hoa",
  "linh",
  "nghìn",
  "tư",
]);
const optionsCache = new Map<string, ReadOptions>();

/** Style keywords of DOCSO: "lẻ", "ngàn", "bốn", "chẵn", "thường" (no capital), "hoa". */
export function readOptions(unit: unknown, style: unknown): ReadOptions {
  const key = `${unit === null || unit === undefined ? "\u0000" : text(unit)}|${text(style)}`;
  let options = optionsCache.get(key);
  if (!options) {
    options = parseReadOptions(unit, style);
    if (optionsCache.size < 100) optionsCache.set(key, options);
  }
  return options;
}

function parseReadOptions(unit: unknown, style: unknown): ReadOptions {
  const words = text(style)
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  const unknown = words.filter((w) => !STYLE_WORDS.has(w));
  if (unknown.length)
    throw new DvkFunctionError(
      `Kiểu đọc không hợp lệ: “${unknown.join(", ")}”. Dùng: lẻ, ngàn, bốn, chẵn, thường, hoa.`,
    );
  const has = (...w: string[]) => w.some((x) => words.includes(x));
  const u = unit === null || unit === undefined ? "đồng" : text(unit).trim();
  return {
    unit: u,
    zeroTens: has("lẻ", "le") ? "lẻ" : "linh",
    thousand: has("ngàn", "ngan") ? "ngàn" : "nghìn",
    fourAfterTens: has("bốn", "bon") ? "bốn" : "tư",
    round: has("chẵn", "chan"),
    capitalize: has("hoa") ? true : has("thường", "thuong") ? false : undefined,
  };
}

/** DVK.DOCSO: a number (or each number of a range) in words. */
export function docSo(
  value: unknown,
  unit: unknown = null,
  style: unknown = null,
): Cell | Cell[][] {
  const options = readOptions(unit, style);
  if (typeof value === "number") {
    const r = readVnNumber(value, options);
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return r.text;
  }
  return mapCells(value, (v) => {
    if (typeof v === "boolean")
      throw new DvkFunctionError(
        `Giá trị ${v ? "TRUE" : "FALSE"} không phải là số.`,
      );
    if (blank(v)) throw new DvkFunctionError("Ô trống, không có số để đọc.");
    const r = readVnNumber(
      typeof v === "number" || typeof v === "bigint" ? v : String(v),
      options,
    );
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return r.text;
  });
}

/** DVK.SO: Vietnamese-written text → number. */
export function so(value: unknown): Cell | Cell[][] {
  return mapCells(value, (v) => {
    const r = parseVnNumber(v);
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return r.value;
  });
}

/** The sum of numbers and Vietnamese number texts over ranges; blanks ignored. The first
 *  unreadable value is named by its position. */
export function sumValues(ranges: readonly unknown[]): number {
  let sum = 0;
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k];
    const rows = isMatrix(range) ? range : [[range]];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "number") {
          sum += v;
          continue;
        }
        if (v === null || v === undefined || v === "") continue;
        const p = parseVnNumber(v);
        if (p.ok) {
          sum += p.value;
          continue;
        }
        if (p.error.code === "empty") continue;
        const where =
          rows.length === 1 && row.length === 1
            ? `Đối số ${k + 1}`
            : `Ô dòng ${r + 1}, cột ${c + 1} của vùng ${k + 1}`;
        throw new DvkFunctionError(`${where}: ${p.error.message}`);
      }
    }
  }
  return sum;
}

/** DVK.TONG. */
export function tong(ranges: readonly unknown[]): number {
  return sumValues(ranges);
}

/** DVK.KIEMTRA: "Khớp", or "Lệch: 65 ≠ 61 (thiếu 4)". */
export function kiemTra(total: unknown, parts: readonly unknown[]): string {
  const t = parseVnNumber(scalar(total));
  if (!t.ok) throw new DvkFunctionError(`Tổng: ${t.error.message}`);
  const sum = sumValues(parts);
  const diff = Math.round((t.value - sum) * 1e9) / 1e9;
  if (diff === 0) return "Khớp";
  return `Lệch: ${formatVnNumber(t.value)} ≠ ${formatVnNumber(Math.round(sum * 1e9) / 1e9)} (${diff > 0 ? "thiếu" : "thừa"} ${formatVnNumber(Math.abs(diff))})`;
}

function decimalsArg(v: unknown, fallback: number): number {
  const s = scalar(v);
  if (s === null || s === undefined || s === "") return fallback;
  const p = parseVnNumber(s);
  if (!p.ok || !Number.isInteger(p.value) || p.value < 0 || p.value > 10)
    throw new DvkFunctionError(
      "Số chữ số thập phân phải là số nguyên từ 0 đến 10.",
    );
  return p.value;
}

/** DVK.TRIEU: 332400000 → "332,4 triệu đồng". */
export function trieu(
  value: unknown,
  decimals: unknown = null,
): Cell | Cell[][] {
  const d = decimalsArg(decimals, 1);
  return mapCells(value, (v) => {
    const p = parseVnNumber(v);
    if (!p.ok) throw new DvkFunctionError(p.error.message);
    return formatAmountScaled(p.value, { scale: "triệu", decimals: d });
  });
}

/** DVK.TYLE: part / total as "93,8%". */
export function tyLe(
  part: unknown,
  total: unknown,
  decimals: unknown = null,
): string {
  const a = parseVnNumber(scalar(part));
  if (!a.ok) throw new DvkFunctionError(`Phần: ${a.error.message}`);
  const b = parseVnNumber(scalar(total));
  if (!b.ok) throw new DvkFunctionError(`Tổng: ${b.error.message}`);
  const r = formatPercent(a.value, b.value, decimalsArg(decimals, 1));
  if (!r.ok) throw new DvkFunctionError(r.error.message);
  return r.text;
}

/** DVK.NGAYVB: "Giang Biên, ngày 13 tháng 9 năm 2021". */
export function ngayVb(date: unknown, place: unknown = null): Cell | Cell[][] {
  const where = text(place);
  return mapCells(date, (v) => {
    const r = parseVnDate(v);
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return formatDocumentDate(r.value, where);
  });
}

/** DVK.VANBAN: the citation "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của … về …". */
export function vanBan(
  docType: unknown,
  number: unknown,
  symbol: unknown,
  date: unknown,
  issuer: unknown,
  subject: unknown = null,
): string {
  const type = text(docType).trim();
  const num = text(number).trim();
  if (!type || !num)
    throw new DvkFunctionError("Cần loại văn bản và số văn bản.");
  const d = scalar(date);
  let parsed = null;
  if (!blank(d)) {
    const r = parseVnDate(d);
    if (!r.ok) throw new DvkFunctionError(`Ngày: ${r.error.message}`);
    parsed = r.value;
  }
  return formatCitation({
    docType: type,
    number: num,
    symbol: text(symbol),
    date: parsed,
    issuer: text(issuer),
    subject: text(subject),
  });
}

/** DVK.CHUAN: NFC plus TCVN3 / VNI repair. */
export function chuan(value: unknown): Cell | Cell[][] {
  return mapCells(value, (v) =>
    typeof v === "string" ? repairLegacyText(v).text : (v as Scalar),
  );
}
