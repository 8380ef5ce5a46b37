/**
 * The hidden lists sheet ("DVK_DanhMuc"): every drop-down list of the templates, one column per
 * list, items one per cell. Validations take their items from these cells (`='DVK_DanhMuc'!$A$2:$A$7`)
 * rather than from an inline list, which Excel splits at commas ("Xã, phường" would become two
 * items). The reader and the checks keep using the lists of the specs.
 */
import {
  cellAddress,
  columnLetters,
  parseRange,
  rangeAddress,
} from "../workbook/a1";
import type {
  CellInput,
  CellValue,
  RangeData,
  WorkbookOp,
} from "../workbook/types";
import { textCell } from "./cells";
import { SHEETS } from "./registry";

export const LISTS_SHEET = "DVK_DanhMuc";

/** One list of the lists sheet: its header (the first column or field using it) and items. */
export interface ListColumn {
  readonly header: string;
  readonly values: readonly string[];
}

let catalog: ListColumn[] | null = null;

/** Every list the templates use, in registry order; the same items share one column. */
export function listColumns(): readonly ListColumn[] {
  if (catalog) return catalog;
  const out: ListColumn[] = [];
  const seen = new Set<string>();
  const add = (header: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    const key = values.join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ header, values });
  };
  for (const spec of Object.values(SHEETS)) {
    if (spec.kind === "table")
      for (const c of spec.columns) add(c.header, c.list);
    else if (spec.kind === "keyValue")
      for (const f of spec.fields) add(f.label, f.list);
  }
  return (catalog = out);
}

/** The range of the lists sheet holding `values` (a list of the templates). */
export function listSource(values: readonly string[]): {
  readonly sheet: string;
  readonly range: string;
} | null {
  const key = values.join("\u0000");
  const col = listColumns().findIndex((l) => l.values.join("\u0000") === key);
  if (col === -1) return null;
  const letter = columnLetters(col);
  return {
    sheet: LISTS_SHEET,
    range: `${letter}2:${letter}${values.length + 1}`,
  };
}

/** The cells of the lists sheet: a header row, then the items of each list down its column. */
export function listsGrid(): CellValue[][] {
  const lists = listColumns();
  const height = 1 + Math.max(0, ...lists.map((l) => l.values.length));
  return Array.from({ length: height }, (_, r) =>
    lists.map((l) => (r === 0 ? l.header : (l.values[r - 1] ?? null))),
  );
}

/**
 * Operations making the lists sheet hold the current lists: a new hidden sheet when `existing`
 * is null; when it exists and holds something else (`existing`, its used range read back), the
 * new lists written over it, every other cell it held emptied; nothing when it already matches.
 */
export function renderListsSheet(
  existing: RangeData | "missing",
): WorkbookOp[] {
  const grid = listsGrid();
  const sheet = LISTS_SHEET;
  const cell = (v: CellValue): CellInput =>
    v === null ? { value: "" } : textCell(String(v));
  if (existing === "missing")
    return [
      { kind: "addSheet", sheet },
      {
        kind: "write",
        sheet,
        at: "A1",
        cells: grid.map((row) => row.map(cell)),
      },
      {
        kind: "style",
        sheet,
        range: `A1:${cellAddress(0, grid[0].length - 1)}`,
        style: { bold: true },
      },
      {
        kind: "columnWidths",
        sheet,
        firstColumn: 0,
        widths: grid[0].map(() => 28),
      },
      { kind: "hideSheet", sheet },
    ];
  // Compare with what is there, from A1 (the used range may start further in).
  const b = parseRange(existing.range);
  const at = (r: number, c: number): CellValue =>
    existing.values[r - b.top]?.[c - b.left] ?? null;
  const oldRows = b.bottom + 1;
  const oldCols = b.right + 1;
  const height = Math.max(grid.length, oldRows);
  const width = Math.max(grid[0].length, oldCols);
  let same = true;
  const cells: CellInput[][] = [];
  for (let r = 0; r < height; r++) {
    const row: CellInput[] = [];
    for (let c = 0; c < width; c++) {
      const want = grid[r]?.[c] ?? null;
      const have = at(r, c);
      if ((want ?? "") !== (have === null ? "" : String(have))) same = false;
      row.push(cell(want));
    }
    cells.push(row);
  }
  if (same) return [];
  return [
    {
      kind: "write",
      sheet,
      at: "A1",
      cells,
    },
    {
      kind: "style",
      sheet,
      range: rangeAddress({
        top: 0,
        left: 0,
        bottom: 0,
        right: grid[0].length - 1,
      }),
      style: { bold: true },
    },
  ];
}
