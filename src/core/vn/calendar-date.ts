/** Calendar dates without time or time zone: a year, a month 1–12 and a day. */
import { vnError, VnErrorCode, type VnError } from "./errors";
import { quote } from "./quote";

/** A calendar date (no time, no time zone, so no drift). Month 1–12, day 1–31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type DateResult =
  | { readonly ok: true; readonly value: CalendarDate }
  | { readonly ok: false; readonly error: VnError };

/**
 * Gregorian leap years.
 * @example isLeapYear(2024) // true
 * @example isLeapYear(1900) // false
 */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Days in a month (1–12).
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(y: number, m: number): number {
  return m === 2
    ? isLeapYear(y)
      ? 29
      : 28
    : m === 4 || m === 6 || m === 9 || m === 11
      ? 30
      : 31;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * A date from its parts, refusing impossible ones (and years outside 1900–9999, Excel's range)
 * with a Vietnamese message that quotes `written`, the text as the user wrote it.
 * @example makeDate(2024, 2, 31) // { ok: false, error: { message: "Ngày “31/02/2024” không tồn tại: tháng 2 năm 2024 có 29 ngày.", … } }
 */
export function makeDate(
  year: number,
  month: number,
  day: number,
  written?: string,
): DateResult {
  const shown = written ?? `${pad2(day)}/${pad2(month)}/${year}`;
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.invalidDate,
        `Ngày ${quote(shown)} có năm không hợp lệ (cần năm đủ 4 chữ số, từ 1900 đến 9999).`,
      ),
    };
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.impossibleDate,
        `Ngày ${quote(shown)} không tồn tại: không có tháng ${month}.`,
      ),
    };
  const max = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > max)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.impossibleDate,
        `Ngày ${quote(shown)} không tồn tại: tháng ${month} năm ${year} có ${max} ngày.`,
      ),
    };
  return { ok: true, value: { year, month, day } };
}
