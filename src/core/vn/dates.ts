/** Dates (kept as one import for existing callers; each function has its own file). */
export {
  daysInMonth,
  isLeapYear,
  makeDate,
  type CalendarDate,
  type DateResult,
} from "./calendar-date";
export { fromExcelSerial, toExcelSerial } from "./excel-serial";
export { formatDocumentDate } from "./format-document-date";
export { formatShortDate } from "./format-short-date";
export { parseVnDate } from "./parse-vn-date";
