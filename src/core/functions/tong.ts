/** DVK.TONG: the total of numbers and Vietnamese-written numbers over ranges. */
import { parseVnNumber } from "../vn/parse-number";
import { isMatrix } from "./args";
import { DvkFunctionError } from "./dvk-function-error";

/**
 * Sum of every value of the ranges (or single values): numbers as they are, text read the
 * Vietnamese way, blank cells ignored. A result with a fraction is rounded to 15 significant
 * digits as Excel shows it (0,1 + 0,2 = 0,3). The first unreadable value is named by its place:
 * "Ô thứ 4 (dòng 2, cột 2) của vùng 1: …", or "Đối số 2: …" for a single value.
 * @example sumCells([[[1, "2.300"], ["18,4 triệu", null]], "3,5"]) // 18402304.5
 */
export function sumCells(ranges: readonly unknown[]): number {
  let sum = 0;
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k];
    const rows: readonly (readonly unknown[])[] = isMatrix(range)
      ? range
      : [[range]];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "number") {
          if (Number.isFinite(v)) {
            sum += v;
            continue;
          }
        } else if (v === null || v === undefined || v === "") continue;
        const p = parseVnNumber(v);
        if (p.ok) sum += p.value;
        else if (p.error.code !== "empty") {
          const where = isMatrix(range)
            ? `Ô thứ ${r * row.length + c + 1} (dòng ${r + 1}, cột ${c + 1}) của vùng ${k + 1}`
            : `Đối số ${k + 1}`;
          throw new DvkFunctionError(`${where}: ${p.error.message}`);
        }
      }
    }
  }
  return Number.isInteger(sum) ? sum : Number(sum.toPrecision(15));
}

/**
 * DVK.TONG(vùng; …).
 * @example tong(["1.000", 2, "3,5"]) // 1005.5
 */
export function tong(ranges: readonly unknown[]): number {
  return sumCells(ranges);
}
