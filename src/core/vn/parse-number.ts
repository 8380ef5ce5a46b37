/**
 * Reading numbers written the Vietnamese way: "." between thousands, "," before decimals, an
 * optional scale word (nghìn, triệu, tỷ, tr, k), currency (đồng, đ, VNĐ) or a unit noun
 * ("2.624 cây viết"). Ambiguous text such as "3.28" is refused, never guessed.
 */
import { EXCEL_ERRORS, vnError, VnErrorCode, type VnError } from "./errors";

/** A number as written, kept exact: digits and a power of ten. */
export interface VnNumberParts {
  readonly negative: boolean;
  /** Integer digits, without leading zeros ("0" for none). */
  readonly int: string;
  /** Fraction digits as written ("" for none). */
  readonly frac: string;
  /** Power of ten applied by scale words and "%": "18,4 triệu" → 6, "93,8%" → -2. */
  readonly exponent: number;
  /** "đồng" for currency, "%" for percent, a unit noun ("cây viết"), or null. */
  readonly unit: string | null;
}

export type ScanResult =
  | { readonly ok: true; readonly parts: VnNumberParts }
  | { readonly ok: false; readonly error: VnError };
export type VnNumberResult =
  | { readonly ok: true; readonly value: number; readonly unit: string | null }
  | { readonly ok: false; readonly error: VnError };

const SCALES: readonly (readonly [string, number])[] = [
  ["nghìn tỷ", 12],
  ["ngàn tỷ", 12],
  ["tỷ", 9],
  ["tỉ", 9],
  ["triệu", 6],
  ["tr", 6],
  ["nghìn", 3],
  ["ngàn", 3],
  ["k", 3],
];
const CURRENCY = ["vnđ", "vnd", "đồng", "đ", "₫"];
const GROUP_SPACES = new Set([0x00a0, 0x202f, 0x2009]);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || GROUP_SPACES.has(c);
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

function trimAll(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Removes leading zeros ("007" → "7", "000" → "0"). */
function stripZeros(d: string): string {
  let i = 0;
  while (i < d.length - 1 && d.charCodeAt(i) === 48) i++;
  return d.slice(i);
}

/** Splits Vietnamese-written text into exact parts, or says why it cannot. */
export function scanVnNumber(input: string): ScanResult {
  // Digits and separators are ASCII: only the words after them need NFC (see readNumber).
  const text = trimAll(input);
  if (text === "")
    return {
      ok: false,
      error: vnError(VnErrorCode.empty, "Ô trống, không có số."),
    };
  if (text.charCodeAt(0) === 35 && EXCEL_ERRORS.has(text.toUpperCase()))
    return {
      ok: false,
      error: vnError(
        VnErrorCode.excelError,
        `Ô đang báo lỗi ${text.toUpperCase()} của Excel, không phải số.`,
      ),
    };
  const first = readNumber(text, 0, true);
  if (!first.ok) return first;
  let { parts, next } = first;
  let rest = trimAll(text.slice(next));
  // Compound amounts: "1 tỷ 200 triệu", "2 triệu 500 nghìn".
  while (
    rest !== "" &&
    isDigit(rest.charCodeAt(0)) &&
    parts.unit === null &&
    parts.exponent > 0
  ) {
    const more = readNumber(rest, 0, false);
    if (!more.ok) return more;
    if (more.parts.exponent >= parts.exponent || more.parts.unit === "%")
      return {
        ok: false,
        error: vnError(
          VnErrorCode.malformed,
          `“${text}” không phải một số: các phần phải theo thứ tự tỷ, triệu, nghìn.`,
        ),
      };
    parts = addParts(parts, more.parts);
    rest = trimAll(rest.slice(more.next));
  }
  if (rest !== "")
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `“${text}” không phải một số: thừa “${rest}” ở cuối.`,
      ),
    };
  return { ok: true, parts };
}

type Read =
  | { ok: true; parts: VnNumberParts; next: number }
  | { ok: false; error: VnError };

/** Reads one number (sign, parentheses, digits, scale, unit) starting at `from`. */
function readNumber(text: string, from: number, allowSign: boolean): Read {
  let i = from;
  let paren = false;
  let negative = false;
  if (allowSign && text[i] === "(") {
    paren = true;
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  }
  if (allowSign && (text[i] === "-" || text[i] === "−" || text[i] === "+")) {
    negative = text[i] !== "+";
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  }
  if (!isDigit(text.charCodeAt(i)))
    return {
      ok: false,
      error: vnError(VnErrorCode.notANumber, `“${text}” không phải là số.`),
    };
  // The digit token: digits, "." and ",", and non-breaking spaces between digit groups.
  let j = i;
  let token = "";
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || c === 46 || c === 44) {
      token += text[j];
      j++;
    } else if (
      (GROUP_SPACES.has(c) || c === 32) &&
      spaceGroup(text, j, token)
    ) {
      // "1 234 567": a space between groups of exactly three digits.
      token += ".";
      j++;
    } else break;
  }
  const shape = checkToken(token);
  if (!shape.ok) return shape;
  let exponent = 0;
  let unit: string | null = null;
  // Scale words, percent, currency, unit nouns; attached ("250tr", "1.000đ") or after spaces.
  let k = j;
  const attached = k < text.length && !isSpace(text.charCodeAt(k));
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const raw = text.slice(k);
  const rest = raw === "" ? raw : raw.normalize("NFC");
  const lower = rest.toLowerCase();
  let used = 0;
  if (lower.startsWith("%")) {
    exponent = -2;
    unit = "%";
    used = 1;
  } else {
    const scale = SCALES.find(
      ([w]) => lower.startsWith(w) && !isLetter(lower.charAt(w.length)),
    );
    if (scale) {
      exponent = scale[1];
      used = scale[0].length;
      if (lower.charAt(used) === ".") used++;
    }
    let after = used;
    while (after < rest.length && isSpace(rest.charCodeAt(after))) after++;
    const cur = CURRENCY.find(
      (w) =>
        lower.startsWith(w, after) && !isLetter(lower.charAt(after + w.length)),
    );
    if (cur) {
      unit = "đồng";
      used = after + cur.length;
      let more = used;
      while (more < rest.length && isSpace(rest.charCodeAt(more))) more++;
      if (lower.startsWith("chẵn", more)) used = more + 4;
    } else if (
      !scale &&
      rest !== "" &&
      isLetter(rest.charAt(0)) &&
      !(paren && rest.endsWith(")") && false)
    ) {
      if (attached)
        return {
          ok: false,
          error: vnError(
            VnErrorCode.malformed,
            `“${text}” không phải là số: chữ “${rest}” dính liền sau số.`,
          ),
        };
      const end = paren ? rest.lastIndexOf(")") : -1;
      unit = trimAll(end > 0 ? rest.slice(0, end) : rest).normalize("NFC");
      used = end > 0 ? end : rest.length;
    }
  }
  // `used` counts NFC characters; map it back onto the raw text.
  let next =
    used === 0
      ? j
      : k + (used === rest.length ? raw.length : rawLength(raw, used));
  if (paren) {
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (text[next] !== ")")
      return {
        ok: false,
        error: vnError(
          VnErrorCode.malformed,
          `“${text}” thiếu dấu đóng ngoặc “)”.`,
        ),
      };
    next++;
    negative = !negative;
  }
  return {
    ok: true,
    parts: { negative, int: shape.int, frac: shape.frac, exponent, unit },
    next,
  };
}

/** Is the space at `j` a thousands separator: three digits follow (then no digit), the token
 *  so far has no comma and its last group is 1–3 digits? */
function spaceGroup(text: string, j: number, token: string): boolean {
  for (let d = 1; d <= 3; d++)
    if (!isDigit(text.charCodeAt(j + d))) return false;
  if (isDigit(text.charCodeAt(j + 4)) || token.includes(",")) return false;
  const last = token.length - Math.max(token.lastIndexOf("."), -1) - 1;
  return last >= 1 && last <= 3;
}

/** Length in `raw` of its first `nfcChars` characters once normalised to NFC. */
function rawLength(raw: string, nfcChars: number): number {
  for (let i = nfcChars; i <= raw.length; i++)
    if (raw.slice(0, i).normalize("NFC").length >= nfcChars) return i;
  return raw.length;
}

type Shape =
  { ok: true; int: string; frac: string } | { ok: false; error: VnError };

/** Validates the digit token against the Vietnamese grouping rules. */
function checkToken(token: string): Shape {
  const comma = token.indexOf(",");
  if (comma !== token.lastIndexOf(",")) {
    const groups = token.split(",");
    const english =
      !token.includes(".") && groups.slice(1).every((g) => g.length === 3);
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `“${token}” có nhiều dấu phẩy; dấu phẩy chỉ đứng trước phần thập phân.${english ? ` Có phải ${groups.join(".")}?` : ""}`,
        english ? groups.join(".") : undefined,
      ),
    };
  }
  const intPart = comma < 0 ? token : token.slice(0, comma);
  const frac = comma < 0 ? "" : token.slice(comma + 1);
  if (comma >= 0 && (frac === "" || frac.includes("."))) {
    const english = /^\d{1,3}$/.test(intPart) && /^\d{3}\.\d+$/.test(frac);
    const fixed = english ? `${intPart}.${frac.replace(".", ",")}` : undefined;
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `“${token}” sai cách viết: phần sau dấu phẩy phải là chữ số.${fixed ? ` Có phải ${fixed}?` : ""}`,
        fixed,
      ),
    };
  }
  if (intPart.endsWith(".") || intPart.startsWith("."))
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `“${token}” có dấu chấm đặt sai chỗ.`,
      ),
    };
  if (!intPart.includes("."))
    return { ok: true, int: stripZeros(intPart), frac };
  const groups = intPart.split(".");
  if (groups.length === 2 && groups[1].length !== 3 && comma < 0) {
    const g = groups[1];
    const suggestion =
      g.length < 3 ? `${groups[0]}.${g.padEnd(3, "0")}` : `${groups[0]},${g}`;
    return {
      ok: false,
      error: vnError(
        VnErrorCode.ambiguous,
        `“${token}” không rõ nghĩa: sau dấu chấm (phân cách hàng nghìn) phải có đúng 3 chữ số. Có phải ${suggestion}? Nếu là số thập phân, viết ${groups[0]},${g}.`,
        suggestion,
      ),
    };
  }
  if (
    groups[0].length === 0 ||
    groups[0].length > 3 ||
    groups.slice(1).some((g) => g.length !== 3)
  )
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `“${token}” có dấu chấm phân cách hàng nghìn đặt sai chỗ (mỗi nhóm sau dấu chấm phải đủ 3 chữ số).`,
      ),
    };
  return { ok: true, int: stripZeros(groups.join("")), frac };
}

/** Exact sum of two non-negative parts (compound amounts). */
function addParts(a: VnNumberParts, b: VnNumberParts): VnNumberParts {
  const ea = a.exponent - a.frac.length;
  const eb = b.exponent - b.frac.length;
  const e = Math.min(ea, eb);
  const va = BigInt(a.int + a.frac) * 10n ** BigInt(ea - e);
  const vb = BigInt(b.int + b.frac) * 10n ** BigInt(eb - e);
  const digits = (va + vb).toString();
  return {
    negative: a.negative,
    int: digits,
    frac: "",
    exponent: e,
    unit: a.unit ?? b.unit,
  };
}

/** The parts' value as a JS number (exact while it fits in a double). */
export function partsValue(p: VnNumberParts): number {
  const digits = p.int + p.frac;
  const e = p.exponent - p.frac.length;
  const v = Number(e === 0 ? digits : `${digits}e${e}`);
  return p.negative && v !== 0 ? -v : v;
}

const MAX = Number.MAX_SAFE_INTEGER;
const POW10 = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
  1e15, 1e16,
];

/**
 * One pass over the common shapes — "2.300", "-1.000", "(1.000)", "18,4", "1.234.567,89", with
 * spaces around — computing the value as it goes (exact: at most 15 digits, one correctly
 * rounded division). Anything else returns null and takes the full path, which also explains
 * refusals.
 */
function quickParse(s: string): number | null {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) === 32) i++;
  let negative = false;
  let paren = false;
  let c = s.charCodeAt(i);
  if (c === 40) {
    paren = true;
    c = s.charCodeAt(++i);
  }
  if (c === 45) {
    negative = true;
    c = s.charCodeAt(++i);
  }
  let value = 0;
  let digits = 0;
  let group = 0; // digits since the last "."
  let dots = 0;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      group++;
    } else if (c === 46) {
      if (group === 0 || (dots === 0 ? group > 3 : group !== 3)) return null;
      dots++;
      group = 0;
    } else break;
  }
  if (digits === 0 || (dots > 0 && group !== 3)) return null;
  let scale = 1;
  if (c === 44) {
    const start = ++i;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      digits++;
    }
    if (i === start) return null;
    scale = POW10[i - start] ?? 0;
  }
  if (digits > 15 || scale === 0) return null;
  if (paren) {
    if (s.charCodeAt(i) !== 41) return null;
    i++;
    negative = !negative;
  }
  while (i < n && s.charCodeAt(i) === 32) i++;
  if (i !== n) return null;
  const v = scale === 1 ? value : value / scale;
  return negative && v !== 0 ? -v : v;
}

/**
 * A number from a cell or text: a JS number passes through; Vietnamese-written text is read
 * exactly; anything ambiguous or malformed gives an error with a Vietnamese message.
 * @example parseVnNumber("18,4 triệu đồng") // { ok: true, value: 18400000, unit: "đồng" }
 * @example parseVnNumber("3.28") // { ok: false, error: { code: "ambiguous", suggestion: "3.280", … } }
 */
export function parseVnNumber(input: unknown): VnNumberResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return {
        ok: false,
        error: vnError(
          VnErrorCode.notFinite,
          "Giá trị không phải số hữu hạn (NaN hoặc vô cực).",
        ),
      };
    if (Math.abs(input) > MAX && Number.isInteger(input))
      return {
        ok: false,
        error: vnError(
          VnErrorCode.unsafeInteger,
          "Số lớn hơn 2^53 không còn chính xác trong Excel; hãy nhập số dưới dạng văn bản (thêm dấu ' ở đầu).",
        ),
      };
    return { ok: true, value: input === 0 ? 0 : input, unit: null };
  }
  if (typeof input === "string") {
    // Fast path: plain integers.
    const len = input.length;
    if (len > 0 && len < 16) {
      let plain = true;
      for (let i = 0; i < len; i++) {
        const c = input.charCodeAt(i);
        if (c < 48 || c > 57) {
          plain = false;
          break;
        }
      }
      if (plain) return { ok: true, value: Number(input), unit: null };
    }
    const fast = quickParse(input);
    if (fast !== null) return { ok: true, value: fast, unit: null };
    const r = scanVnNumber(input);
    if (!r.ok) return r;
    const value = partsValue(r.parts);
    if (Math.abs(value) > MAX)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.tooLarge,
          `“${trimAll(input)}” vượt quá độ chính xác của Excel (2^53); chỉ đọc được bằng chữ (DVK.DOCSO) khi để dạng văn bản.`,
        ),
      };
    return { ok: true, value: value === 0 ? 0 : value, unit: r.parts.unit };
  }
  if (input === null || input === undefined)
    return {
      ok: false,
      error: vnError(VnErrorCode.empty, "Ô trống, không có số."),
    };
  if (typeof input === "boolean")
    return {
      ok: false,
      error: vnError(
        VnErrorCode.boolean,
        `Giá trị ${input ? "TRUE" : "FALSE"} không phải là số.`,
      ),
    };
  if (typeof input === "bigint") return parseVnNumber(input.toString());
  return {
    ok: false,
    error: vnError(VnErrorCode.notANumber, "Giá trị không phải là số."),
  };
}
