/** DVK.VANBAN: a document cited in prose. */
import { formatCitation } from "../vn/format-citation";
import { parseVnDate } from "../vn/parse-vn-date";
import { isBlank, scalarArg, textArg } from "./args";
import { DvkFunctionError } from "./dvk-function-error";

/**
 * DVK.VANBAN(loại; số; ký hiệu; ngày; cơ quan; [trích yếu]): "Kế hoạch số 24-KH/ĐU ngày
 * 12/01/2021 của Đảng ủy phường Giang Biên về …". The symbol sets the style: Party "KH/ĐU" joins
 * with "-", state "KH-THCS" with "/" (numbers below 10 padded). Date and issuer may be blank.
 * @example vanBan("Công văn", 764, "UBND-HC", null, "UBND quận Long Biên") // "Công văn số 764/UBND-HC của UBND quận Long Biên"
 */
export function vanBan(
  docType: unknown,
  number: unknown,
  symbol: unknown,
  date: unknown,
  issuer: unknown,
  subject: unknown = null,
): string {
  const type = textArg(docType).trim();
  const num = textArg(number).trim();
  if (!type)
    throw new DvkFunctionError(
      "Cần loại văn bản (Kế hoạch, Nghị quyết, Công văn…).",
      "na",
    );
  if (!num) throw new DvkFunctionError("Cần số văn bản.", "na");
  const d = scalarArg(date);
  let when = null;
  if (!isBlank(d)) {
    const r = parseVnDate(d);
    if (!r.ok) throw new DvkFunctionError(`Ngày: ${r.error.message}`);
    when = r.value;
  }
  return formatCitation({
    docType: type,
    number: num,
    symbol: textArg(symbol),
    date: when,
    issuer: textArg(issuer),
    subject: textArg(subject),
  });
}
