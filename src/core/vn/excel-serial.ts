/** Excel serial numbers (1900 date system): serial 1 is 01/01/1900, and Excel counts a
 *  29/02/1900 that never existed (serial 60, kept for Lotus 1-2-3 compatibility). */
import { type CalendarDate, type DateResult } from "./calendar-date";
import { vnError, VnErrorCode } from "./errors";

/** Serial of 01/01/1970. */
const UNIX_EPOCH_SERIAL = 25569;
/** 31/12/9999, the last date Excel shows. */
const MAX_SERIAL = 2958465;

/** Days from 01/01/1970 to a date (proleptic Gregorian; integer arithmetic, no Date). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` after 01/01/1970. */
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

/**
 * The Excel serial number of a date (dates before 01/03/1900 are one lower, as Excel counts).
 * @example toExcelSerial({ year: 2021, month: 5, day: 27 }) // 44343
 */
export function toExcelSerial(d: CalendarDate): number {
  const serial = daysFromCivil(d.year, d.month, d.day) + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * The date of an Excel serial number; a time of day (the fraction) is ignored. Serial 60, the
 * fictitious 29/02/1900, is refused, as are serials outside 1–2958465 (01/01/1900–31/12/9999).
 * @example fromExcelSerial(44343.75) // { ok: true, value: { year: 2021, month: 5, day: 27 } }
 * @example fromExcelSerial(60) // { ok: false, error: { code: "impossibleDate", … } }
 */
export function fromExcelSerial(serial: number): DateResult {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.invalidDate,
        `Số ${serial} không phải là ngày của Excel (cần từ 1 = 01/01/1900 đến ${MAX_SERIAL} = 31/12/9999).`,
      ),
    };
  const whole = Math.floor(serial);
  if (whole === 60)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.impossibleDate,
        "Số 60 là ngày 29/02/1900 của Excel, ngày không có thật (lỗi năm nhuận 1900 của Excel).",
      ),
    };
  return {
    ok: true,
    value: civilFromDays((whole < 60 ? whole + 1 : whole) - UNIX_EPOCH_SERIAL),
  };
}
