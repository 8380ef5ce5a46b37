/** Calendar dates without time zones: parsing what Vietnamese offices write, Excel serial
 *  numbers, and the document date line of Nghị định 30/2020. */
import { vnError, VnErrorCode, type VnError } from "./errors";

/** A calendar date (no time, no time zone). Month 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type DateResult =
  | { readonly ok: true; readonly value: CalendarDate }
  | { readonly ok: false; readonly error: VnError };

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2
    ? isLeapYear(y)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(m)
      ? 30
      : 31;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** dd/mm/yyyy. @example formatShortDate({ year: 2021, month: 1, day: 12 }) // "12/01/2021" */
export function formatShortDate(d: CalendarDate): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/** Builds a date, refusing impossible ones with a Vietnamese message. */
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
        `Ngày “${shown}” có năm không hợp lệ (cần năm đủ 4 chữ số, từ 1900).`,
      ),
    };
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.impossibleDate,
        `Ngày “${shown}” không tồn tại: không có tháng ${month}.`,
      ),
    };
  const max = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > max)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.impossibleDate,
        `Ngày “${shown}” không tồn tại: tháng ${month} năm ${year} có ${max} ngày.`,
      ),
    };
  return { ok: true, value: { year, month, day } };
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel serial number (1900 date system) of a date. Serial 1 is 01/01/1900. */
export function toExcelSerial(d: CalendarDate): number {
  const serial = Math.round(
    (Date.UTC(d.year, d.month - 1, d.day) - EPOCH) / DAY_MS,
  );
  // Excel counts a non-existent 29/02/1900: dates before 01/03/1900 are one lower.
  return serial <= 60 ? serial - 1 : serial;
}

/** The date of an Excel serial number (the time of day is ignored). */
export function fromExcelSerial(serial: number): DateResult {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.invalidDate,
        `Số ${serial} không phải là ngày hợp lệ của Excel.`,
      ),
    };
  const whole = Math.floor(serial);
  if (whole === 60)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.impossibleDate,
        "Ngày 29/02/1900 không có thật (lỗi năm nhuận 1900 của Excel).",
      ),
    };
  return {
    ok: true,
    value: civilFromDays((whole < 60 ? whole + 1 : whole) - 25569),
  };
}

/** The calendar date `days` after 01/01/1970 (proleptic Gregorian; no Date objects, so fast). */
function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe -
      Math.floor(doe / 1460) +
      Math.floor(doe / 36524) -
      Math.floor(doe / 146096)) /
      365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2,4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/i;

/**
 * A date from what a cell holds: "27/5/2021", "27-05-2021", "27.05.2021", "2021-05-27",
 * "ngày 27 tháng 5 năm 2021", an Excel serial number, or a Date (UTC midnight as written by
 * exceljs; otherwise its local date).
 * @example parseVnDate("ngày 27 tháng 5 năm 2021") // { ok: true, value: { year: 2021, month: 5, day: 27 } }
 * @example parseVnDate("31/02/2024") // { ok: false, … "tháng 2 năm 2024 có 29 ngày" }
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
      input.getUTCSeconds() === 0;
    return utcMidnight
      ? makeDate(
          input.getUTCFullYear(),
          input.getUTCMonth() + 1,
          input.getUTCDate(),
        )
      : makeDate(input.getFullYear(), input.getMonth() + 1, input.getDate());
  }
  if (typeof input !== "string") {
    if (input === null || input === undefined)
      return {
        ok: false,
        error: vnError(VnErrorCode.empty, "Ô trống, không có ngày."),
      };
    return {
      ok: false,
      error: vnError(VnErrorCode.invalidDate, "Giá trị không phải là ngày."),
    };
  }
  const text = input
    .normalize("NFC")
    .replace(/[\u00a0\u202f]/g, " ")
    .trim()
    .replace(/\s+/g, " ");
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
          `Ngày “${text}” cần năm đủ 4 chữ số (ví dụ ${m[1]}/${m[3]}/20${m[4].padStart(2, "0")}).`,
        ),
      };
    return makeDate(Number(m[4]), Number(m[3]), Number(m[1]), text);
  }
  m = ISO.exec(text);
  if (m) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = WORDS.exec(text);
  if (m) return makeDate(Number(m[3]), Number(m[2]), Number(m[1]), text);
  return {
    ok: false,
    error: vnError(
      VnErrorCode.invalidDate,
      `“${text}” không phải là ngày (viết dạng 27/5/2021 hoặc ngày 27 tháng 5 năm 2021).`,
    ),
  };
}

/**
 * The date line of Nghị định 30/2020: days below 10 and months 1 and 2 take a leading zero.
 * @example formatDocumentDate({ year: 2021, month: 9, day: 13 }, "Giang Biên") // "Giang Biên, ngày 13 tháng 9 năm 2021"
 * @example formatDocumentDate({ year: 2026, month: 2, day: 5 }) // "ngày 05 tháng 02 năm 2026"
 */
export function formatDocumentDate(
  d: CalendarDate,
  place?: string | null,
): string {
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  const line = `ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
  const where = place?.normalize("NFC").trim();
  return where ? `${where}, ${line}` : line;
}
