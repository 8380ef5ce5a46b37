/** Writing numbers (kept as one import for existing callers; each function has its own file). */
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
