/**
 * Vietnamese numbers, amounts in words, dates, document numbers and text — pure functions with
 * no dependencies (they are bundled into the Excel custom functions).
 */
export {
  VnErrorCode,
  vnError,
  type VnError,
  type VnNumberError,
} from "./errors";
export { excelErrorOf } from "./excel-errors";
export { parseVnNumber, type VnNumberResult } from "./parse-number";
export { scanVnNumber, type ScanResult } from "./scan-number";
export { type VnNumberParts } from "./number-parts";
export {
  formatVnNumber,
  groupThousands,
  type FormatNumberOptions,
} from "./format-vn-number";
export {
  formatAmountScaled,
  AmountScale,
  type AmountScaledOptions,
} from "./format-amount-scaled";
export { formatPercent, type PercentResult } from "./format-percent";
export { readVnNumber, type ReadOptions, type ReadResult } from "./read-number";
export {
  daysInMonth,
  isLeapYear,
  makeDate,
  type CalendarDate,
  type DateResult,
} from "./calendar-date";
export { fromExcelSerial, toExcelSerial } from "./excel-serial";
export { parseVnDate } from "./parse-vn-date";
export { formatDocumentDate } from "./format-document-date";
export { formatShortDate } from "./format-short-date";
export {
  DocumentStyle,
  joinNumberSymbol,
  padDocumentNumber,
  symbolStyle,
} from "./document-number";
export { formatCitation, type CitationParts } from "./format-citation";
export { checkDocumentNumber, type NumberCheck } from "./check-document-number";
export { formatDocumentNumberLine } from "./format-document-number-line";
export { normalizeText } from "./normalize-text";
export {
  detectLegacyEncoding,
  type LegacyEncoding,
} from "./detect-legacy-encoding";
export { fromTcvn3 } from "./from-tcvn3";
export { fromVni } from "./from-vni";
export { repairLegacyText } from "./repair-legacy-text";
export { isVietnameseSyllable } from "./vietnamese-syllable";
