/* A workbook's content as plain JSON — every written cell (value or formula, number format),
 * merges, column widths, tables — for the openpyxl writer (write-openpyxl.py) and for comparing
 * two builds of a case cell by cell. */
import type { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

export interface DumpCell {
  /** 1-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly value?: string | number | boolean;
  /** Without the leading "=". */
  readonly formula?: string;
  readonly numFmt?: string;
}

export interface DumpSheet {
  readonly name: string;
  readonly cells: readonly DumpCell[];
  readonly merges: readonly string[];
  /** Column widths by 1-based column. */
  readonly widths: readonly { readonly col: number; readonly width: number }[];
  readonly tables: readonly { readonly name: string; readonly ref: string }[];
}

export interface WorkbookDump {
  readonly sheets: readonly DumpSheet[];
}

/** The content of a workbook, sheet by sheet, in workbook order. */
export async function dumpWorkbook(wb: XlsxWorkbook): Promise<WorkbookDump> {
  const infos = await wb.inspect();
  const sheets: DumpSheet[] = [];
  for (const info of infos) {
    const ws = wb.workbook.getWorksheet(info.name);
    if (!ws) continue;
    const cells: DumpCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value;
        const numFmt = cell.numFmt || undefined;
        if (v === null || v === undefined) return;
        if (typeof v === "object" && "formula" in v && v.formula)
          cells.push({ row: r, col: c, formula: v.formula, numFmt });
        else if (
          typeof v === "string" ||
          typeof v === "number" ||
          typeof v === "boolean"
        )
          cells.push({ row: r, col: c, value: v, numFmt });
        else if (v instanceof Date)
          cells.push({
            row: r,
            col: c,
            value: (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000,
            numFmt,
          });
        else throw new Error(`dump: unexpected value at ${cell.address}`);
      });
    });
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    const widths: { col: number; width: number }[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const w = ws.getColumn(c).width;
      if (w) widths.push({ col: c, width: w });
    }
    const tables = (await wb.readTables(info.tables))
      .filter((t) => t !== null)
      .map((t) => ({ name: t.name, ref: t.range }));
    sheets.push({ name: info.name, cells, merges, widths, tables });
  }
  return { sheets };
}
