/** DVK.KIEMTRA: does a total match its parts? */
import { formatVnNumber } from "../vn/format-vn-number";
import { parseVnNumber } from "../vn/parse-number";
import { isBlank, scalarArg } from "./args";
import { DvkFunctionError } from "./dvk-function-error";
import { sumCells } from "./tong";

const shown = (x: number) => Number(x.toPrecision(15));

/**
 * DVK.KIEMTRA(tổng; thành phần; …): "Khớp", or "Lệch: tổng ≠ tổng các thành phần (thiếu d)"
 * when the parts add up to less than the total, "(thừa d)" when to more. Compared on the 15
 * significant digits Excel shows (0,1 + 0,2 matches 0,3).
 * @example kiemTra(65, [3, 40, 18]) // "Lệch: 65 ≠ 61 (thiếu 4)"
 */
export function kiemTra(total: unknown, parts: readonly unknown[]): string {
  const t = scalarArg(total);
  if (isBlank(t))
    throw new DvkFunctionError("Chưa có tổng cần kiểm tra.", "na");
  const p = parseVnNumber(t);
  if (!p.ok) throw new DvkFunctionError(`Tổng: ${p.error.message}`);
  const sum = sumCells(parts);
  const expected = shown(p.value);
  const actual = shown(sum);
  if (expected === actual) return "Khớp";
  const diff = shown(expected - actual);
  return `Lệch: ${formatVnNumber(expected)} ≠ ${formatVnNumber(actual)} (${diff > 0 ? "thiếu" : "thừa"} ${formatVnNumber(Math.abs(diff))})`;
}
