/** Dates in tables and citations: dd/mm/yyyy. */
import type { CalendarDate } from "./calendar-date";

/**
 * dd/mm/yyyy with leading zeros.
 * @example formatShortDate({ year: 2021, month: 1, day: 12 }) // "12/01/2021"
 */
export function formatShortDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}
