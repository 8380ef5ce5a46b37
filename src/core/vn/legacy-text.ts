/** Legacy-encoding repair (kept as one import for existing callers; each function has its own file). */
export {
  detectLegacyEncoding,
  type LegacyEncoding,
} from "./detect-legacy-encoding";
export { fromTcvn3 } from "./from-tcvn3";
export { fromVni } from "./from-vni";
export { normalizeText } from "./normalize-text";
export { repairLegacyText } from "./repair-legacy-text";
