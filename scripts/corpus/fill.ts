/* Typing into the product's templates as an accountant does: values into the cells of a table
 * found by its header text and row label, rows below an open list (the table grows as Excel grows
 * it, calculated columns filled in), a total typed over its formula, a block pasted from another
 * file over a sheet. Everything goes through the workbook seam (`apply`, `readTables`); only the
 * table resize, which the seam has no operation for, touches exceljs. */
import { SHEETS } from "../../src/core/sheets/registry";
import type { TableSheetSpec } from "../../src/core/sheets/spec";
import {
  cellAddress,
  columnLetters,
  parseRange,
} from "../../src/core/workbook/a1";
import type { CellInput, TableData } from "../../src/core/workbook/types";
import type { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

/** A calendar date typed in a date cell (stored as its Excel serial, shown dd/mm/yyyy). */
export interface TypedDate {
  readonly date: readonly [day: number, month: number, year: number];
}

/** What the accountant types in a cell: text stays text ("03", "18,4 triệu"), a number is a
 *  number, a date is a date; null leaves the cell as it is. */
export type Typed = string | number | TypedDate | null;

/** A date as typed: `d(13, 9, 2021)`. */
export const d = (day: number, month: number, year: number): TypedDate => ({
  date: [day, month, year],
});

/** The Excel serial (1900 system) of a date after 28/02/1900, by plain UTC arithmetic. */
export function excelSerial([day, month, year]: TypedDate["date"]): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function isDate(v: Typed): v is TypedDate {
  return typeof v === "object" && v !== null && "date" in v;
}

/** The cell to write for a typed value; `format` is the number format the template gave it. */
export function typedCell(v: Typed, format?: string): CellInput {
  if (v === null) return {};
  if (isDate(v))
    return { value: excelSerial(v.date), numberFormat: "dd/mm/yyyy" };
  if (typeof v === "string")
    return { value: v.normalize("NFC"), numberFormat: "@" };
  return format && format !== "@"
    ? { value: v, numberFormat: format }
    : { value: v };
}

async function table(wb: XlsxWorkbook, name: string): Promise<TableData> {
  const [t] = await wb.readTables([name]);
  if (!t) throw new Error(`corpus: no table ${name}`);
  return t;
}

function columnOf(t: TableData, header: string): number {
  const i = t.header.indexOf(header);
  if (i < 0)
    throw new Error(
      `corpus: table ${t.name} has no column “${header}” (${t.header.join(" | ")})`,
    );
  return parseRange(t.range).left + i;
}

/** The number format the template set on a cell. */
function formatAt(wb: XlsxWorkbook, sheet: string, row: number, col: number) {
  const ws = wb.workbook.getWorksheet(sheet);
  const f = ws?.getCell(row + 1, col + 1).numFmt;
  return f || undefined;
}

async function writeAt(
  wb: XlsxWorkbook,
  sheet: string,
  row: number,
  col: number,
  v: Typed,
): Promise<void> {
  if (v === null) return;
  await wb.apply([
    {
      kind: "write",
      sheet,
      at: cellAddress(row, col),
      cells: [[typedCell(v, formatAt(wb, sheet, row, col))]],
    },
  ]);
}

/** Thông tin chung: the "Nội dung" cell of each "Mục" given. */
export async function fillGeneral(
  wb: XlsxWorkbook,
  values: Readonly<Record<string, Typed>>,
): Promise<void> {
  return fillKeyValue(wb, "tblGeneral", values);
}

/** A key–value sheet (Thông tin chung, Tổ chức Đảng): the "Nội dung" cell of each "Mục". */
export async function fillKeyValue(
  wb: XlsxWorkbook,
  tableName: string,
  values: Readonly<Record<string, Typed>>,
): Promise<void> {
  const t = await table(wb, tableName);
  const top = parseRange(t.range).top;
  const label = t.header.indexOf("Mục");
  const valueCol = columnOf(t, "Nội dung");
  for (const [item, v] of Object.entries(values)) {
    const i = t.rows.findIndex((r) => r[label] === item);
    if (i < 0) throw new Error(`corpus: ${tableName} has no “${item}”`);
    await writeAt(wb, t.sheet, top + 1 + i, valueCol, v);
  }
}

/** The row of a fixed-row table (CB-GV-NV, Học sinh) whose label column reads `label`: its
 *  cells by header, and optionally a new label typed over the template's. */
export async function fillRow(
  wb: XlsxWorkbook,
  tableName: string,
  label: string,
  values: Readonly<Record<string, Typed>>,
  relabel?: string,
): Promise<void> {
  const t = await table(wb, tableName);
  const top = parseRange(t.range).top;
  const labelIndex = parseRange(t.range).left;
  const i = t.rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`corpus: ${tableName} has no row “${label}”`);
  const row = top + 1 + i;
  if (relabel !== undefined)
    await writeAt(wb, t.sheet, row, labelIndex, relabel);
  for (const [header, v] of Object.entries(values))
    await writeAt(wb, t.sheet, row, columnOf(t, header), v);
}

/** The "Tổng cộng" row right under a table: values typed over its SUM formulas. */
export async function typeTotals(
  wb: XlsxWorkbook,
  tableName: string,
  values: Readonly<Record<string, Typed>>,
): Promise<void> {
  const t = await table(wb, tableName);
  const row = parseRange(t.range).bottom + 1;
  for (const [header, v] of Object.entries(values))
    await writeAt(wb, t.sheet, row, columnOf(t, header), v);
}

/** Rows typed into an open list (Sổ tài trợ, Mô hình DVK, Văn bản căn cứ, DS CB-GV-NV) from its
 *  first body row on; the table grows over them as Excel grows it, and a calculated column the
 *  row leaves empty gets its formula, as Excel fills it. */
export async function fillList(
  wb: XlsxWorkbook,
  tableName: string,
  rows: readonly Readonly<Record<string, Typed>>[],
): Promise<void> {
  const t = await table(wb, tableName);
  const block = parseRange(t.range);
  const spec = (Object.values(SHEETS) as readonly { kind: string }[]).find(
    (s) => s.kind === "table" && (s as TableSheetSpec).tableName === tableName,
  ) as TableSheetSpec | undefined;
  const formulaOf = (header: string) =>
    spec?.columns.find((c) => c.header === header)?.formula;
  const letterOf = (key: string) => {
    const header = spec?.columns.find((c) => c.key === key)?.header;
    return columnLetters(header ? columnOf(t, header) : block.left);
  };
  const ops: CellInput[][] = [];
  rows.forEach((values, i) => {
    const row = block.top + 1 + i;
    for (const h of Object.keys(values)) columnOf(t, h);
    ops.push(
      t.header.map((header, j) => {
        const col = block.left + j;
        const v = values[header] ?? null;
        const formula = formulaOf(header);
        if (v === null && formula)
          return {
            formula: formula(row + 1, letterOf),
            numberFormat: formatAt(wb, t.sheet, block.top + 1, col),
          };
        return typedCell(v, formatAt(wb, t.sheet, block.top + 1, col));
      }),
    );
  });
  await wb.apply([
    {
      kind: "write",
      sheet: t.sheet,
      at: cellAddress(block.top + 1, block.left),
      cells: ops,
    },
  ]);
  const bottom = Math.max(block.bottom, block.top + rows.length);
  if (bottom !== block.bottom) {
    wb.workbook.getWorksheet(t.sheet)?.removeTable(t.name);
    await wb.apply([
      {
        kind: "addTable",
        sheet: t.sheet,
        range: `${cellAddress(block.top, block.left)}:${cellAddress(bottom, block.right)}`,
        name: t.name,
      },
    ]);
  }
}

/** A block copied from another workbook and pasted over one of our sheets: the sheet as the
 *  reader then sees it — the same name and position, a title in A1, the pasted header and rows
 *  from A3, and our table name over the pasted block (Excel keeps the table, resized to it). */
export async function pasteTable(
  wb: XlsxWorkbook,
  sheet: string,
  tableName: string,
  title: string,
  header: readonly string[],
  rows: readonly (readonly Typed[])[],
): Promise<void> {
  const position = wb.workbook.worksheets.findIndex((w) => w.name === sheet);
  if (position < 0) throw new Error(`corpus: no sheet ${sheet}`);
  const last = 3 + rows.length;
  await wb.apply([
    { kind: "deleteSheet", sheet },
    { kind: "addSheet", sheet, position },
    { kind: "write", sheet, at: "A1", cells: [[typedCell(title)]] },
    {
      kind: "write",
      sheet,
      at: "A3",
      cells: [
        header.map((h) => typedCell(h)),
        ...rows.map((r) =>
          header.map((_, j) => typedCell(r[j] ?? null, "#,##0")),
        ),
      ],
    },
    {
      kind: "addTable",
      sheet,
      range: `A3:${columnLetters(header.length - 1)}${last}`,
      name: tableName,
    },
  ]);
}
