/**
 * Reading Vietnamese-written numbers exactly: "." between thousands, "," before decimals,
 * sign or accounting parentheses, scale words (nghìn, triệu, tỷ, tr, k), currency (đồng, đ,
 * VNĐ), "chẵn", a unit noun ("2.624 cây viết") and compound amounts ("1 tỷ 200 triệu").
 * Ambiguous text is refused, never guessed.
 */
import { vnError, VnErrorCode, type VnError } from "./errors";
import { excelErrorOf } from "./excel-errors";
import { groupThousands } from "./format-vn-number";
import { addParts, type VnNumberParts } from "./number-parts";
import { isDigitAt, readAmount, skipSpaces, trimSpaces } from "./read-amount";
import { quote } from "./quote";

export type ScanResult =
  | { readonly ok: true; readonly parts: VnNumberParts }
  | { readonly ok: false; readonly error: VnError };

/**
 * Splits Vietnamese-written text into exact parts, or says why it cannot.
 * @example scanVnNumber("18,4 triệu đồng") // { ok: true, parts: { int: "18", frac: "4", exponent: 6, unit: "đồng", negative: false } }
 * @example scanVnNumber("2 tỷ 3") // { ok: false, error: { code: "ambiguous", suggestion: "2.300.000.000", … } }
 */
export function scanVnNumber(input: string): ScanResult {
  let ascii = true;
  for (let i = 0; i < input.length && ascii; i++)
    ascii = input.charCodeAt(i) < 128;
  const text = trimSpaces(ascii ? input : input.normalize("NFC"));
  if (text === "")
    return {
      ok: false,
      error: vnError(VnErrorCode.empty, "Ô trống, không có số."),
    };
  const excel = excelErrorOf(text);
  if (excel)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.excelError,
        `Ô đang báo lỗi ${excel} của Excel, không phải số.`,
      ),
    };
  const first = readAmount(text, 0, true);
  if (!first.ok) return first;
  let parts = first.parts;
  let exponent = parts.exponent;
  let at = skipSpaces(text, first.next);
  // Compound amounts: "1 tỷ 200 triệu", "2 triệu 500 nghìn đồng".
  while (
    at < text.length &&
    isDigitAt(text, at) &&
    exponent > 0 &&
    parts.unit === null
  ) {
    const more = readAmount(text, at, false);
    if (!more.ok) return more;
    const m = more.parts;
    if (m.unit === "%" || m.exponent >= exponent)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.malformed,
          `${quote(text)} không phải một số: các phần phải theo thứ tự tỷ, triệu, nghìn.`,
        ),
      };
    if (m.exponent === 0 && m.unit !== "đồng") {
      const bare = bareTail(text, parts, m, exponent);
      if (bare) return { ok: false, error: bare };
    }
    parts = addParts(parts, m);
    exponent = m.exponent;
    at = skipSpaces(text, more.next);
  }
  if (at < text.length)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        `${quote(text)} không phải một số: thừa ${quote(text.slice(at))}.`,
      ),
    };
  return { ok: true, parts };
}

/**
 * "2 tỷ 3", "3 triệu 200": a bare number after a scale word is said colloquially for the next
 * lower scale (2,3 tỷ; 3.200.000) but reads literally as units. Refused unless both agree
 * ("5 nghìn 500" = 5.500 either way).
 */
function bareTail(
  text: string,
  head: VnNumberParts,
  tail: VnNumberParts,
  exponent: number,
): VnError | null {
  const digits = tail.int;
  if (tail.frac === "" && digits.length === 3 && exponent === 3) return null;
  if (tail.frac !== "" || digits.length > 3)
    return vnError(
      VnErrorCode.malformed,
      `${quote(text)} không rõ nghĩa: phần “${digits}${tail.frac ? `,${tail.frac}` : ""}” sau đơn vị lớn cần ghi đơn vị (nghìn, triệu…).`,
    );
  const colloquial = addParts(head, {
    negative: false,
    int: digits.padEnd(3, "0"),
    frac: "",
    exponent: exponent - 3,
    unit: null,
  });
  const literal = addParts(head, tail);
  const a = groupThousands(colloquial.int);
  const b = groupThousands(literal.int);
  const sign = head.negative ? "-" : "";
  return vnError(
    VnErrorCode.ambiguous,
    `${quote(text)} không rõ nghĩa: là ${sign}${a} hay ${sign}${b}? Hãy ghi đủ đơn vị, ví dụ “${sign}${a}”.`,
    `${sign}${a}`,
  );
}
