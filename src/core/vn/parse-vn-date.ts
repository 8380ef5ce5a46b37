/** Reading the dates Vietnamese offices write, Excel serial numbers and Date objects. */
import { makeDate, type DateResult } from "./calendar-date";
import { vnError, VnErrorCode } from "./errors";
import { fromExcelSerial } from "./excel-serial";
import { quote } from "./quote";

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
/** 27/5/2021, 27-05-2021, 27.05.2021, "ngày 27/5/2021", with an optional time after. */
const DMY = new RegExp(
  String.raw`^(?:ngày )?(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{2,4})${TIME}$`,
  "i",
);
/** 2021-05-27, with an optional time (ignored: the date is taken as written). */
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
/** "ngày 27 tháng 5 năm 2021", "27 tháng 5 năm 2021", "Giang Biên, ngày 13 tháng 9 năm 2021". */
const WORDS =
  /^(?:(?:[^,\d]+, ?)?ngày )?(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})$/i;

/**
 * A date from what a cell holds, as a plain { year, month, day } (no time zone drift):
 * "27/5/2021", "27-05-2021", "27.05.2021", "2021-05-27", "ngày 27 tháng 5 năm 2021", the date
 * line "Giang Biên, ngày 13 tháng 9 năm 2021", an Excel serial number (see fromExcelSerial), or
 * a Date (UTC midnight as exceljs writes dates; otherwise its local calendar date). Impossible
 * dates (31/02/2024) and two-digit years are refused with a Vietnamese message.
 * @example parseVnDate("ngày 27 tháng 5 năm 2021") // { ok: true, value: { year: 2021, month: 5, day: 27 } }
 * @example parseVnDate("31/02/2024") // { ok: false, error: { message: "Ngày “31/02/2024” không tồn tại: tháng 2 năm 2024 có 29 ngày.", … } }
 */
export function parseVnDate(input: unknown): DateResult {
  if (typeof input === "number") return fromExcelSerial(input);
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime()))
      return {
        ok: false,
        error: vnError(VnErrorCode.invalidDate, "Ngày không hợp lệ."),
      };
    const utcMidnight =
      input.getUTCHours() === 0 &&
      input.getUTCMinutes() === 0 &&
      input.getUTCSeconds() === 0 &&
      input.getUTCMilliseconds() === 0;
    return utcMidnight
      ? makeDate(
          input.getUTCFullYear(),
          input.getUTCMonth() + 1,
          input.getUTCDate(),
        )
      : makeDate(input.getFullYear(), input.getMonth() + 1, input.getDate());
  }
  if (input === null || input === undefined)
    return {
      ok: false,
      error: vnError(VnErrorCode.empty, "Ô trống, không có ngày."),
    };
  if (typeof input !== "string")
    return {
      ok: false,
      error: vnError(VnErrorCode.invalidDate, "Giá trị không phải là ngày."),
    };
  const text = input
    .normalize("NFC")
    .replace(/[\s\u00a0\u202f\u2007\u2009]+/g, " ")
    .trim();
  if (!text)
    return {
      ok: false,
      error: vnError(VnErrorCode.empty, "Ô trống, không có ngày."),
    };
  let m = DMY.exec(text);
  if (m) {
    if (m[4].length !== 4)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.invalidDate,
          `Ngày ${quote(text)} cần năm đủ 4 chữ số (ví dụ ${m[1]}/${m[3]}/20${m[4].padStart(2, "0").slice(-2)}).`,
        ),
      };
    return makeDate(Number(m[4]), Number(m[3]), Number(m[1]), text);
  }
  m = ISO.exec(text) ?? null;
  if (m) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = WORDS.exec(text);
  if (m) return makeDate(Number(m[3]), Number(m[2]), Number(m[1]), text);
  const hint = /^\d{5}$/.test(text)
    ? " Nếu đây là số ngày của Excel, hãy để ô ở dạng số hoặc ngày, không phải văn bản."
    : "";
  return {
    ok: false,
    error: vnError(
      VnErrorCode.invalidDate,
      `${quote(text)} không phải là ngày (viết dạng 27/5/2021 hoặc ngày 27 tháng 5 năm 2021).${hint}`,
    ),
  };
}
