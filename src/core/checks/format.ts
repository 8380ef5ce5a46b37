/** Numbers in messages, written the Vietnamese way: 332.400.000; 18,4. */
const nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

export function n(x: number): string {
  return nf.format(x);
}

/** dd/mm/yyyy of a calendar date. */
export function dmy(d: { year: number; month: number; day: number }): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** Compares calendar dates: negative when a < b. */
export function compareDates(
  a: { year: number; month: number; day: number },
  b: { year: number; month: number; day: number },
): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
