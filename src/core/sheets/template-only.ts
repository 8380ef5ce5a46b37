/** Recognising a sheet that holds nothing but what DVK wrote: an empty template, or a donation
 *  summary nobody edited. Such a sheet may be rebuilt (filled with the sample school, or brought
 *  up to date with the ledger) without losing anything a person typed. */
import { parseRange } from "../workbook/a1";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import type { CellValue, RangeData, WorkbookOp } from "../workbook/types";

const isEmpty = (v: CellValue | undefined) =>
  v === null || v === undefined || v === "";

/**
 * Whether `read` — a sheet read back over its used range — holds exactly what `ops` write on a
 * new sheet: the same text and numbers in the same cells, anything at all in formula cells
 * (those show their results), and nothing anywhere else.
 * @example holdsOnly(await host.readRanges([{ sheet, range: usedRange }])[0], renderTableSheet(spec, level, null, true))
 */
export async function holdsOnly(
  read: RangeData,
  ops: readonly WorkbookOp[],
): Promise<boolean> {
  const scratch = new MemoryWorkbook();
  await scratch.apply(ops);
  const rendered = scratch.sheetList[0];
  if (!rendered) return false;
  const origin = parseRange(read.range);
  // Every cell read must be what the template put there (or a formula's result).
  for (let r = 0; r < read.values.length; r++) {
    for (let c = 0; c < read.values[r].length; c++) {
      const t = rendered.rows[origin.top + r]?.[origin.left + c];
      if (t?.formula !== undefined) continue;
      const v = read.values[r][c];
      if (isEmpty(t?.value) ? !isEmpty(v) : t?.value !== v) return false;
    }
  }
  // And every literal the template writes must have been read back (nothing was cleared).
  for (let r = 0; r < rendered.rows.length; r++) {
    const row = rendered.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const t = row[c];
      if (!t || t.formula !== undefined || isEmpty(t.value)) continue;
      const inside =
        r >= origin.top &&
        r <= origin.bottom &&
        c >= origin.left &&
        c <= origin.right;
      if (!inside) return false;
    }
  }
  return true;
}
