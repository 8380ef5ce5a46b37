/**
 * A number from a cell: a JS number passes through; Vietnamese-written text is read exactly
 * (see scanVnNumber); anything ambiguous or malformed is an error with a Vietnamese message.
 */
import { vnError, VnErrorCode, type VnError } from "./errors";
import { partsValue } from "./number-parts";
import { parseCommonNumber } from "./parse-common-number";
import { scanVnNumber } from "./scan-number";
import { quote } from "./quote";

export type VnNumberResult =
  | {
      readonly ok: true;
      /** The value (VND when the text names đồng; "%" divides by 100). */
      readonly value: number;
      /** "đồng", "%", a unit noun ("cây viết") or null. */
      readonly unit: string | null;
    }
  | { readonly ok: false; readonly error: VnError };

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Reads a number the way a Vietnamese accountant writes it.
 * - numbers: finite ones pass through (−0 → 0); integers above 2^53 − 1 are refused (pass them as text);
 * - text: "2.300", "18,4", "1.234.567,89", "-1.000", "(1.000)", "1 234 567" (spaces or
 *   non-breaking spaces before groups of three), "36 triệu", "18,4 triệu đồng", "1,5 tỷ",
 *   "250 tr", "500 nghìn" / "ngàn" / "k", "1.000đ" / "VNĐ" / "đồng", "2.624 cây viết", "93,8%",
 *   "1 tỷ 200 triệu"; NFD diacritics and words typed without diacritics ("18,4 trieu") are read;
 * - refused with a reason and, where one exists, the likely reading: "3.28" (có phải 3.280?),
 *   "1.2.3", "12,3,4", "2 tỷ 3", "abc", "#N/A", empty text, null, booleans, NaN, text above 2^53.
 * @example parseVnNumber("18,4 triệu đồng") // { ok: true, value: 18400000, unit: "đồng" }
 * @example parseVnNumber("3.28") // { ok: false, error: { code: "ambiguous", suggestion: "3.280", message: "“3.28” không rõ nghĩa: … Có phải 3.280? …" } }
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
    if (input > MAX || input < -MAX)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.unsafeInteger,
          "Số lớn hơn 2^53 không còn chính xác trong Excel; hãy nhập số dưới dạng văn bản (gõ dấu ' ở đầu).",
        ),
      };
    return { ok: true, value: input === 0 ? 0 : input, unit: null };
  }
  if (typeof input === "string") {
    const fast = parseCommonNumber(input);
    if (fast !== null) return fast;
    const r = scanVnNumber(input);
    if (!r.ok) return r;
    const value = partsValue(r.parts);
    if (value > MAX || value < -MAX)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.tooLarge,
          `${quote(input.trim())} lớn hơn 2^53, vượt quá độ chính xác của số trong Excel; chỉ đọc bằng chữ được (DVK.DOCSO, để dạng văn bản).`,
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
