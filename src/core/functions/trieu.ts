/** DVK.TRIEU: amounts in millions of đồng. */
import { formatAmountScaled } from "../vn/format-amount-scaled";
import { parseVnNumber } from "../vn/parse-number";
import { decimalsArg, isBlank, mapCells, type CellResult } from "./args";
import { DvkFunctionError } from "./dvk-function-error";

/**
 * DVK.TRIEU(số; [chữ số thập phân]): 332400000 → "332,4 triệu đồng" (default 1 decimal,
 * rounded half away from zero, trailing zeros dropped), for one value or each cell of a range.
 * @example trieu(332_400_000) // "332,4 triệu đồng"
 * @example trieu(18_450_000, 2) // "18,45 triệu đồng"
 */
export function trieu(value: unknown, decimals: unknown = null): CellResult {
  const d = decimalsArg(decimals, 1);
  return mapCells(value, (v) => {
    if (isBlank(v))
      throw new DvkFunctionError("Ô trống, không có số tiền.", "na");
    const p = parseVnNumber(v);
    if (!p.ok) throw new DvkFunctionError(p.error.message);
    return formatAmountScaled(p.value, { scale: "triệu", decimals: d });
  });
}
