/** DVK.TYLE: a share in percent. */
import { formatPercent } from "../vn/format-percent";
import { parseVnNumber } from "../vn/parse-number";
import { decimalsArg, isBlank, scalarArg } from "./args";
import { DvkFunctionError } from "./dvk-function-error";

function number(v: unknown, label: string): number {
  const s = scalarArg(v);
  if (isBlank(s))
    throw new DvkFunctionError(`Chưa có ${label.toLowerCase()}.`, "na");
  const p = parseVnNumber(s);
  if (!p.ok) throw new DvkFunctionError(`${label}: ${p.error.message}`);
  return p.value;
}

/**
 * DVK.TYLE(phần; tổng; [chữ số thập phân]): part / total in percent, decimal comma, default 1
 * decimal: 61 of 65 → "93,8%".
 * @example tyLe(61, 65) // "93,8%"
 */
export function tyLe(
  part: unknown,
  total: unknown,
  decimals: unknown = null,
): string {
  const r = formatPercent(
    number(part, "Phần"),
    number(total, "Tổng"),
    decimalsArg(decimals, 1),
  );
  if (!r.ok) throw new DvkFunctionError(r.error.message);
  return r.text;
}
