/** The grouping rules of a written number: "." between groups of three digits, "," before the
 *  decimals. Anything else is refused with the likely intended writing. */
import { vnError, VnErrorCode, type VnError } from "./errors";
import { stripLeadingZeros } from "./number-parts";
import { quote } from "./quote";

export type TokenResult =
  | { readonly ok: true; readonly int: string; readonly frac: string }
  | { readonly ok: false; readonly error: VnError };

/** English grouping: "1,234,567", "1,234.56", "1,234,567.89" (but "1,234" is a Vietnamese decimal). */
const ENGLISH = /^\d{1,3}(?:(?:,\d{3}){2,}|(?:,\d{3})+\.\d+)$/;

function englishSuggestion(token: string): string | undefined {
  if (!ENGLISH.test(token)) return undefined;
  const [int, frac] = token.split(".");
  return int.replace(/,/g, ".") + (frac === undefined ? "" : `,${frac}`);
}

/**
 * Checks a token of digits, "." and "," (no sign, no spaces) and splits it into exact digits.
 * @example checkNumberToken("1.234.567,89") // { ok: true, int: "1234567", frac: "89" }
 * @example checkNumberToken("3.28") // { ok: false, error: { code: "ambiguous", suggestion: "3.280", … } }
 */
export function checkNumberToken(token: string): TokenResult {
  return wellFormed(token) ?? explain(token);
}

/** One pass over a well-formed token: digits; or groups "1.234.567" (first 1–3 digits, not
 *  starting with 0, then exactly 3); then optionally "," and digits. Null for anything else. */
function wellFormed(token: string): TokenResult | null {
  const n = token.length;
  let i = 0;
  let group = 0;
  let dots = 0;
  let int = "";
  let from = 0;
  for (; i < n; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) group++;
    else if (c === 46) {
      if (
        dots === 0
          ? group === 0 || group > 3 || token.charCodeAt(0) === 48
          : group !== 3
      )
        return null;
      int += token.slice(from, i);
      from = i + 1;
      dots++;
      group = 0;
    } else break;
  }
  if (group === 0 || (dots > 0 && group !== 3)) return null;
  int =
    dots === 0
      ? stripLeadingZeros(token.slice(0, i))
      : int + token.slice(from, i);
  if (i === n) return { ok: true, int, frac: "" };
  if (token.charCodeAt(i) !== 44 || i === n - 1) return null;
  for (let j = i + 1; j < n; j++) {
    const c = token.charCodeAt(j);
    if (c < 48 || c > 57) return null;
  }
  return { ok: true, int, frac: token.slice(i + 1) };
}

/** The refusal of a token that is not well formed: why, and the likely intended writing. */
function explain(token: string): TokenResult {
  const comma = token.indexOf(",");
  const english = englishSuggestion(token);
  if (english !== undefined)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `${quote(token)} viết kiểu tiếng Anh: ở Việt Nam dấu chấm ngăn cách hàng nghìn, dấu phẩy đứng trước phần thập phân. Có phải ${english}?`,
        english,
      ),
    };
  if (comma !== token.lastIndexOf(","))
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `${quote(token)} có nhiều dấu phẩy; dấu phẩy chỉ đứng một lần, trước phần thập phân.`,
      ),
    };
  const intPart = comma < 0 ? token : token.slice(0, comma);
  const frac = comma < 0 ? "" : token.slice(comma + 1);
  if (comma >= 0 && (frac === "" || frac.includes(".")))
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `${quote(token)} sai cách viết: sau dấu phẩy thập phân phải là các chữ số.`,
      ),
    };
  if (intPart === "" || intPart.startsWith(".") || intPart.endsWith("."))
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `${quote(token)} có dấu chấm đặt sai chỗ.`,
      ),
    };
  const groups = intPart.split(".");
  const [head] = groups;
  if (
    groups.length === 2 &&
    comma < 0 &&
    (groups[1].length !== 3 || head.startsWith("0"))
  )
    return ambiguousDot(token, head, groups[1]);
  return {
    ok: false,
    error: vnError(
      VnErrorCode.malformed,
      `${quote(token)} có dấu chấm ngăn cách hàng nghìn đặt sai chỗ (nhóm đầu 1–3 chữ số, mỗi nhóm sau đủ 3 chữ số).`,
    ),
  };
}

/** "3.28", "18.4", "3.2800", "0.5": a dot that cannot separate thousands. */
function ambiguousDot(token: string, head: string, tail: string): TokenResult {
  const decimal = `${head},${tail}`;
  if (head.startsWith("0") || tail.length > 3)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.ambiguous,
        `${quote(token)} không rõ nghĩa: dấu chấm chỉ dùng ngăn cách hàng nghìn (đủ 3 chữ số sau dấu chấm). Có phải số thập phân ${decimal}?`,
        decimal,
      ),
    };
  const thousands = `${head}.${tail.padEnd(3, "0")}`;
  return {
    ok: false,
    error: vnError(
      VnErrorCode.ambiguous,
      `${quote(token)} không rõ nghĩa: sau dấu chấm (ngăn cách hàng nghìn) phải có đúng 3 chữ số. Có phải ${thousands}? Nếu là số thập phân, viết ${decimal}.`,
      thousands,
    ),
  };
}
