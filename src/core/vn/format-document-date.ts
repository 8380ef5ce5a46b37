/** The place-and-date line of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import type { CalendarDate } from "./calendar-date";

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * "Địa danh, ngày … tháng … năm …": days below 10 and months 1 and 2 take a leading zero, other
 * months do not. Without a place, the date part alone.
 * @example formatDocumentDate({ year: 2021, month: 9, day: 13 }, "Giang Biên") // "Giang Biên, ngày 13 tháng 9 năm 2021"
 * @example formatDocumentDate({ year: 2026, month: 2, day: 5 }) // "ngày 05 tháng 02 năm 2026"
 * @example formatDocumentDate({ year: 2026, month: 7, day: 9 }) // "ngày 09 tháng 7 năm 2026"
 */
export function formatDocumentDate(
  d: CalendarDate,
  place?: string | null,
): string {
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  const line = `ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
  const where = place
    ?.normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/,$/, "");
  return where ? `${where}, ${line}` : line;
}
