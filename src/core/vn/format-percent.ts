/** Shares written as reports write them: "93,8%". */
import { vnError, VnErrorCode, type VnError } from "./errors";
import { formatVnNumber } from "./format-vn-number";

export type PercentResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: VnError };

/**
 * part / total × 100, rounded half away from zero to `decimals` (default 1), decimal comma.
 * @example formatPercent(61, 65) // { ok: true, text: "93,8%" }
 * @example formatPercent(1, 0) // { ok: false, error: { message: "Không tính được tỷ lệ khi tổng bằng 0.", … } }
 */
export function formatPercent(
  part: number,
  total: number,
  decimals = 1,
): PercentResult {
  if (!Number.isFinite(part) || !Number.isFinite(total))
    return {
      ok: false,
      error: vnError(VnErrorCode.notFinite, "Tỷ lệ cần hai số hữu hạn."),
    };
  if (total === 0)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        "Không tính được tỷ lệ khi tổng bằng 0.",
      ),
    };
  return {
    ok: true,
    text: `${formatVnNumber((part / total) * 100, { decimals })}%`,
  };
}
