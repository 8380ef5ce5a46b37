/**
 * Excel date serial numbers in the 1900 date system: 1900-01-01 is 1, Excel's fictitious
 * 1900-02-29 is 60 and 1900-03-01 is 61; from there serial 0 is 1899-12-30 (UTC arithmetic).
 */

/** The serial of 9999-12-31, the last date Excel knows. */
export const MAX_SERIAL = 2958465;

const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A calendar date as Excel shows it (month 1–12; serial 0 is "1900-01-00"). */
export interface SerialDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Excel serial of the first day of a month (0-based), including the fictitious 1900-02-29. */
function monthStart(year: number, month0: number): number {
  const real = Math.round((Date.UTC(year, month0, 1) - EPOCH) / DAY_MS);
  return real < 61 ? real - 1 : real;
}

/**
 * The serial of year/month/day as DATE computes it, months and days overflowing into the next
 * (or previous) month or year: (2021, 13, 1) is 2022-01-01. Undefined outside 0…MAX_SERIAL.
 */
export function dateSerial(
  year: number,
  month: number,
  day: number,
): number | undefined {
  const y = year + Math.floor((month - 1) / 12);
  const m0 = (((month - 1) % 12) + 12) % 12;
  if (y < 1899 || y > 9999) return undefined;
  const serial = monthStart(y, m0) + day - 1;
  return serial < 0 || serial > MAX_SERIAL ? undefined : serial;
}

/** The date of a serial (its fraction, the time, is dropped); undefined outside 0…MAX_SERIAL. */
export function serialDate(serial: number): SerialDate | undefined {
  const s = Math.floor(serial);
  if (!(s >= 0 && s <= MAX_SERIAL)) return undefined;
  if (s === 0) return { year: 1900, month: 1, day: 0 };
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (s < 60 ? s + 1 : s) * DAY_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  };
}
