/** A table of ours found by its headers when the workbook lost the Excel table object: Google
 *  Sheets, some exports and tools copy the cells but not the table. The sheet is found by name,
 *  the header row by the spec's header texts; the body runs down to the last row with data. */
import { fold } from "../model/enums";
import { totalLabelKind } from "../model/total-label";
import { columnLetters, parseRange } from "../workbook/a1";
import type { CellValue, RangeData, TableData } from "../workbook/types";
import type { KeyValueSheetSpec, TableSheetSpec } from "./spec";

/** Header texts a spec's table has (with aliases), folded. */
function headerTexts(spec: TableSheetSpec | KeyValueSheetSpec): Set<string> {
  const texts =
    spec.kind === "table"
      ? spec.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])])
      : ["Mục", "Nội dung", "Hướng dẫn"];
  return new Set(texts.map(fold));
}

const isBlank = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * The table a sheet's used range holds for `spec`, as `readTables` would have returned it, or null
 * when no row of the first twenty holds at least half of the spec's required headers (or two,
 * whichever is more).
 */
export function tableFromRange(
  spec: TableSheetSpec | KeyValueSheetSpec,
  range: RangeData,
): TableData | null {
  const block = parseRange(range.range);
  const wanted = headerTexts(spec);
  const need =
    spec.kind === "table"
      ? Math.max(
          2,
          Math.ceil(spec.columns.filter((c) => c.required).length / 2),
        )
      : 2;
  let headerAt = -1;
  for (let r = 0; r < Math.min(20, range.values.length) && headerAt < 0; r++)
    if (
      range.values[r].filter(
        (v) => typeof v === "string" && wanted.has(fold(v)),
      ).length >= need
    )
      headerAt = r;
  if (headerAt < 0) return null;
  const header = range.values[headerAt];
  const left = header.findIndex((v) => !isBlank(v));
  const right =
    header.length - 1 - [...header].reverse().findIndex((v) => !isBlank(v));
  const cut = (row: readonly (CellValue | boolean)[]) =>
    row.slice(left, right + 1);
  const body = range.values.slice(headerAt + 1).map(cut) as CellValue[][];
  const formulas = (range.formulas?.slice(headerAt + 1).map(cut) ??
    []) as boolean[][];
  let last = body.length - 1;
  while (last >= 0 && body[last].every(isBlank)) last--;
  // The template's "Tổng cộng" row closing the data is what a table would have right under it:
  // kept apart with its formula flags, so a cached SUM is never taken for a typed figure.
  const closing =
    spec.kind === "table" &&
    spec.totals &&
    last >= 0 &&
    totalLabelKind(String(body[last][0] ?? "")) === "grand";
  const end = closing ? last - 1 : last;
  const top = block.top + headerAt;
  const bottom = top + Math.max(1, end + 1);
  const blankRow = () => header.slice(left, right + 1).map(() => null);
  return {
    name: spec.tableName,
    sheet: range.sheet,
    range: `${columnLetters(block.left + left)}${top + 1}:${columnLetters(block.left + right)}${bottom + 1}`,
    header: header
      .slice(left, right + 1)
      .map((v) => (isBlank(v) ? "" : String(v))),
    rows: end >= 0 ? body.slice(0, end + 1) : [blankRow()],
    below: closing ? body[last] : blankRow(),
    ...(closing && range.formulas ? { belowFormulas: formulas[last] } : {}),
  };
}
