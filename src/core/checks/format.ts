/** Numbers and dates in messages, written the Vietnamese way (332.400.000; 18,4; 12/01/2021),
 *  by the same functions as everything else. */
import { formatShortDate } from "../vn/format-short-date";
import { formatVnNumber } from "../vn/format-vn-number";

export function n(x: number): string {
  return formatVnNumber(x);
}

export const dmy = formatShortDate;

/** Compares calendar dates: negative when a < b. */
export function compareDates(
  a: { year: number; month: number; day: number },
  b: { year: number; month: number; day: number },
): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
