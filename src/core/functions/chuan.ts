/** DVK.CHUAN: clean text. */
import { repairLegacyText } from "../vn/repair-legacy-text";
import { mapCells, type Cell, type CellResult } from "./args";

/**
 * DVK.CHUAN(văn bản): NFC, spaces tidied, and text typed in TCVN3 (.VnTime) or VNI repaired,
 * for one value or each cell of a range; numbers and booleans pass through.
 * @example chuan("C«ng ®oµn") // "Công đoàn"
 */
export function chuan(value: unknown): CellResult {
  return mapCells(value, (v) =>
    typeof v === "string"
      ? repairLegacyText(v).text
      : typeof v === "number" || typeof v === "boolean"
        ? (v as Cell)
        : "",
  );
}
