/** DVK.SO: Vietnamese-written numbers to numbers. */
import { parseVnNumber } from "../vn/parse-number";
import { isBlank, mapCells, type CellResult } from "./args";
import { DvkFunctionError } from "./dvk-function-error";

/**
 * DVK.SO(văn bản): "2.300" → 2300, "18,4 triệu" → 18400000, "93,8%" → 0.938, for one value or
 * each cell of a range; ambiguous text ("3.28") is an error with the likely reading.
 * @example so("18,4 triệu") // 18400000
 */
export function so(value: unknown): CellResult {
  return mapCells(value, (v) => {
    if (isBlank(v)) throw new DvkFunctionError("Ô trống, không có số.", "na");
    const r = parseVnNumber(v);
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return r.value;
  });
}
