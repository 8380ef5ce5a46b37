/* The Excel adapter of the workbook seam: Office.js, batched. No business logic here. */
import { guard } from "../office-errors";
import {
  columnLetters,
  parseRange,
  rangeAddress,
  sheetRangeRef,
  sheetsOfRef,
} from "../../core/workbook/a1";
import {
  type CellInput,
  type CellRef,
  type CellStyle,
  type CellValue,
  type RangeData,
  type SheetInfo,
  type TableData,
  type ApplyReport,
  type WorkbookHost,
  type WorkbookOp,
} from "../../core/workbook/types";

/** `Excel.run`, injectable so tests can pass a mocked context. */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;
/** `Office.context.requirements.isSetSupported`, injectable. */
export type SetSupported = (name: string, version: string) => boolean;

/** Excel on the web caps a request or response at 5 MB: everything loaded before one
 *  `context.sync()` — all tables together — stays below this estimate. */
export const RESPONSE_BUDGET_BYTES = 4_500_000;
/** Pessimistic size of one cell value in a response (JSON, with quotes and separator). */
export const BYTES_PER_CELL = 64;
/** Rows read together with the table metadata (the common case: one read round-trip). */
export const FIRST_CHUNK_ROWS = 2000;
/** Columns of that first read (wider tables are read in the later, budgeted chunks). */
export const FIRST_CHUNK_COLUMNS = 32;

/** Rows per read chunk for a table of `columns` columns, when it has the budget to itself. */
export function chunkRows(
  columns: number,
  observedBytesPerRow?: number,
): number {
  return Math.max(
    1,
    Math.floor(
      RESPONSE_BUDGET_BYTES / bytesPerRow(columns, observedBytesPerRow),
    ),
  );
}

/** Estimated response bytes of one row: measured on the rows already read (with a 25 %
 *  margin), else the pessimistic per-cell estimate. */
export function bytesPerRow(
  columns: number,
  observedBytesPerRow?: number,
): number {
  return observedBytesPerRow && observedBytesPerRow > 0
    ? Math.max(observedBytesPerRow * 1.25, Math.max(1, columns) * 4)
    : Math.max(1, columns) * BYTES_PER_CELL;
}

/** Rows of the first read of each of `tables` tables, so that all of them together, at
 *  FIRST_CHUNK_COLUMNS columns, stay within the budget. */
export function firstChunkRows(tables: number): number {
  return Math.max(
    1,
    Math.min(
      FIRST_CHUNK_ROWS,
      Math.floor(
        RESPONSE_BUDGET_BYTES /
          (Math.max(1, tables) * FIRST_CHUNK_COLUMNS * BYTES_PER_CELL),
      ),
    ),
  );
}

/** Column width in points from a width in characters of the default font (Calibri 11). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Builds the Excel workbook host. */
export function createExcelWorkbook(
  run: ExcelRun,
  supported: SetSupported = () => false,
): WorkbookHost {
  return {
    kind: "excel",

    // 2 syncs: sheet names (and workbook names), then used ranges, protection, tables and the
    // names scoped to the chosen sheets.
    inspect: (names) =>
      guarded(run, async (ctx) => {
        const withNames = supported("ExcelApi", "1.4");
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        const bookNames = withNames ? ctx.workbook.names : null;
        bookNames?.load("items/name,items/type,items/value");
        await ctx.sync();
        const wanted = names
          ? new Set(names.map((n) => n.toLowerCase()))
          : null;
        const chosen = sheets.items.filter(
          (s) => !wanted || wanted.has(s.name.toLowerCase()),
        );
        const probes = chosen.map((s) => {
          const used = s.getUsedRangeOrNullObject(true);
          used.load("address");
          s.protection.load("protected");
          s.tables.load("items/name");
          if (withNames) s.names.load("items/name");
          return { sheet: s, used };
        });
        await ctx.sync();
        // Workbook names pointing into a sheet count as its names too (.xlsx files written by
        // exceljs carry their markers that way).
        const pointing = new Map<string, string[]>();
        for (const n of bookNames?.items ?? []) {
          if (n.type !== "Range" && n.type !== undefined) continue;
          for (const sheet of sheetsOfRef(String(n.value ?? ""))) {
            const key = sheet.toLowerCase();
            pointing.set(key, [...(pointing.get(key) ?? []), n.name]);
          }
        }
        return probes.map(({ sheet, used }): SheetInfo => ({
          name: sheet.name,
          usedRange: used.isNullObject ? null : stripSheet(used.address),
          protected: sheet.protection.protected,
          tables: sheet.tables.items.map((t) => t.name),
          ...(withNames
            ? {
                names: [
                  ...sheet.names.items.map((n) => n.name),
                  ...(pointing.get(sheet.name.toLowerCase()) ?? []),
                ],
              }
            : {}),
          hidden: sheet.visibility !== "Visible",
        }));
      }),

    // 2 syncs for small tables: names, then metadata with the first rows of every table (all
    // of them together within the response budget); then as few syncs as the remaining rows
    // need, each sync's loads — of every table together — kept within the budget.
    readTables: (names) =>
      guarded(run, async (ctx) => {
        const all = ctx.workbook.tables;
        all.load("items/name");
        await ctx.sync();
        const found = names.map(
          (n) =>
            all.items.find((t) => t.name.toLowerCase() === n.toLowerCase()) ??
            null,
        );
        const headRows = firstChunkRows(found.filter(Boolean).length);
        const probes = found.map((table) => {
          if (!table) return null;
          const range = table.getRange();
          range.load("address,rowCount,columnCount,rowIndex");
          table.worksheet.load("name");
          // At most headRows × FIRST_CHUNK_COLUMNS cells of the sheet's top-left corner.
          const head = range.getIntersectionOrNullObject(
            table.worksheet.getRange(
              `A1:${columnLetters(FIRST_CHUNK_COLUMNS - 1)}${headRows}`,
            ),
          );
          head.load("values,rowIndex,columnCount");
          const below = range.getRowsBelow(1);
          below.load("values,formulas");
          return { table, range, head, below };
        });
        await ctx.sync();
        // The head counts only when it holds whole rows from the table's first row.
        const heads = probes.map((p) =>
          p &&
          !p.head.isNullObject &&
          p.head.columnCount === p.range.columnCount &&
          p.head.rowIndex === p.range.rowIndex
            ? (p.head.values as CellValue[][])
            : [],
        );
        const left = probes.map((p, i) =>
          p
            ? {
                index: i,
                start: heads[i].length,
                perRow: bytesPerRow(
                  p.range.columnCount,
                  heads[i].length > 1
                    ? JSON.stringify(heads[i]).length / heads[i].length
                    : undefined,
                ),
              }
            : null,
        );
        const extra = new Map<number, CellValue[][]>();
        for (;;) {
          // One sync: chunks of as many tables as fit in the budget, in table order.
          let budget = RESPONSE_BUDGET_BYTES;
          const loaded: { index: number; rows: Excel.Range }[] = [];
          for (const l of left) {
            if (!l) continue;
            const p = probes[l.index] as NonNullable<(typeof probes)[number]>;
            const rest = p.range.rowCount - l.start;
            if (rest <= 0) continue;
            const fit = Math.floor(budget / l.perRow);
            const count = Math.min(
              rest,
              loaded.length ? fit : Math.max(1, fit),
            );
            if (count <= 0) break;
            const rows = p.range
              .getCell(l.start, 0)
              .getResizedRange(count - 1, p.range.columnCount - 1);
            rows.load("values");
            loaded.push({ index: l.index, rows });
            l.start += count;
            budget -= count * l.perRow;
          }
          if (!loaded.length) break;
          await ctx.sync();
          for (const { index, rows } of loaded) {
            // Over five million cells Excel may answer null rather than fail.
            if (!rows.values)
              throw Object.assign(new Error("Range.values returned null"), {
                code: "RangeExceedsLimit",
              });
            const acc = extra.get(index) ?? [];
            for (const row of rows.values as CellValue[][]) acc.push(row);
            extra.set(index, acc);
          }
        }
        return probes.map((p, index): TableData | null => {
          if (!p) return null;
          const values = [...heads[index], ...(extra.get(index) ?? [])];
          return {
            name: p.table.name,
            sheet: p.table.worksheet.name,
            range: stripSheet(p.range.address),
            header: (values[0] ?? []).map((v) => (v === null ? "" : String(v))),
            rows: values.slice(1).map(normalizeRow),
            below: normalizeRow((p.below.values as CellValue[][])[0] ?? []),
            belowFormulas: ((p.below.formulas as unknown[][])[0] ?? []).map(
              (f) => typeof f === "string" && f.startsWith("="),
            ),
          };
        });
      }),

    // 1 sync whatever the number of ranges.
    readRanges: (refs, options) =>
      guarded(run, async (ctx) => {
        const ranges = refs.map((r) => {
          const range = ctx.workbook.worksheets
            .getItem(r.sheet)
            .getRange(r.range);
          range.load(
            options?.formulas ? "address,values,formulas" : "address,values",
          );
          return { ref: r, range };
        });
        await ctx.sync();
        return ranges.map(({ ref, range }): RangeData => ({
          sheet: ref.sheet,
          range: stripSheet(range.address),
          values: (range.values as CellValue[][]).map(normalizeRow),
          ...(options?.formulas
            ? {
                formulas: (range.formulas as unknown[][]).map((row) =>
                  row.map((f) => typeof f === "string" && f.startsWith("=")),
                ),
              }
            : {}),
        }));
      }),

    // 1 sync for the whole batch.
    apply: (ops) =>
      guarded(run, async (ctx) => {
        if (supported("ExcelApi", "1.6"))
          ctx.workbook.application.suspendApiCalculationUntilNextSync();
        if (supported("ExcelApi", "1.9"))
          ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
        const skips: Skips = new Map();
        for (const op of ops) queueOp(ctx, op, supported, skips);
        await ctx.sync();
        return skipReport(skips);
      }),

    // 1 sync.
    select: (ref: CellRef) =>
      guarded(run, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(ref.sheet);
        sheet.activate();
        sheet.getRange(ref.cell).select();
        await ctx.sync();
      }),
  };
}

/** Operations an older Excel cannot do (the set they need), with the sheets they were for. */
type SkipKind = "validationList" | "freezeRows";
type Skips = Map<SkipKind, string[]>;

/** Vietnamese notes for skipped operations, by kind; the sheets are named. */
const SKIP_NOTES: Record<SkipKind, (sheets: string) => string> = {
  validationList: (sheets) =>
    `Excel này chưa hỗ trợ danh sách chọn trong ô (cần Excel 2021, Microsoft 365 hoặc Excel trên web): ${sheets} không có danh sách thả xuống; hãy gõ đúng giá trị, “Kiểm tra số liệu” sẽ báo giá trị lạ.`,
  freezeRows: (sheets) =>
    `Excel này chưa hỗ trợ cố định dòng tiêu đề (cần Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web): ${sheets} chưa được cố định; có thể tự làm ở thẻ Dạng xem › Cố định ngăn.`,
};

function skipReport(skips: Skips): ApplyReport | void {
  if (skips.size === 0) return;
  return {
    skipped: [...skips].map(([kind, sheets]) => {
      const unique = [...new Set(sheets)];
      const named = `sheet ${unique.map((s) => `“${s}”`).join(", ")}`;
      return { sheet: unique[0], message: SKIP_NOTES[kind](named) };
    }),
  };
}

/** `=HYPERLINK("#'Sheet'!A1","text")` for an Excel without `Range.hyperlink` (ExcelApi 1.7). */
export function hyperlinkFormula(target: CellRef, text: string): string {
  const q = (s: string) => s.replace(/"/g, '""');
  const sheet = target.sheet.replace(/'/g, "''");
  return `=HYPERLINK("#'${q(sheet)}'!${target.cell}","${q(text)}")`;
}

function queueOp(
  ctx: Excel.RequestContext,
  op: WorkbookOp,
  supported: SetSupported,
  skips: Skips,
): void {
  const skip = (kind: SkipKind, sheet: string): void => {
    skips.set(kind, [...(skips.get(kind) ?? []), sheet]);
  };
  const sheets = ctx.workbook.worksheets;
  switch (op.kind) {
    case "addSheet": {
      const added = sheets.add(op.sheet);
      if (op.position !== undefined) added.position = op.position;
      return;
    }
    case "deleteSheet":
      sheets.getItem(op.sheet).delete();
      return;
    case "renameSheet":
      sheets.getItem(op.sheet).name = op.to;
      return;
    case "hideSheet":
      sheets.getItem(op.sheet).visibility = "Hidden";
      return;
    case "defineName": {
      // Worksheet-scoped names: ExcelApi 1.4.
      if (!supported("ExcelApi", "1.4")) return;
      const sheet = sheets.getItem(op.sheet);
      sheet.names.add(op.name, sheet.getRange(op.range));
      return;
    }
    case "write":
      return queueWrite(sheets.getItem(op.sheet), op.at, op.cells);
    case "style":
      return queueStyle(
        sheets.getItem(op.sheet).getRange(op.range),
        op.range,
        op.style,
      );
    case "merge":
      sheets.getItem(op.sheet).getRange(op.range).merge(false);
      return;
    case "columnWidths": {
      const sheet = sheets.getItem(op.sheet);
      op.widths.forEach((w, i) => {
        const col = columnLetters(op.firstColumn + i);
        sheet.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
      });
      return;
    }
    case "addTable": {
      const table = sheets.getItem(op.sheet).tables.add(op.range, true);
      table.name = op.name;
      table.style = op.style ?? "TableStyleMedium2";
      return;
    }
    case "addTableColumn":
      ctx.workbook.tables
        .getItem(op.table)
        .columns.add(undefined, undefined, op.header);
      return;
    case "appendTableRows": {
      // Excel shifts what is under the table down; no sync needed between the rows.
      const rows = ctx.workbook.tables.getItem(op.table).rows;
      for (let i = 0; i < op.count; i++) rows.add();
      return;
    }
    case "validationList": {
      if (!supported("ExcelApi", "1.8"))
        return skip("validationList", op.sheet);
      const range = sheets.getItem(op.sheet).getRange(op.range);
      range.dataValidation.clear();
      // A list from cells keeps items holding commas whole; an inline list is split at commas.
      range.dataValidation.rule = {
        list: {
          inCellDropDown: true,
          source: op.source
            ? `=${sheetRangeRef(op.source.sheet, op.source.range)}`
            : op.values.join(","),
        },
      };
      return;
    }
    case "freezeRows":
      if (!supported("ExcelApi", "1.7")) return skip("freezeRows", op.sheet);
      sheets.getItem(op.sheet).freezePanes.freezeRows(op.rows);
      return;
    case "pageSetup": {
      if (!supported("ExcelApi", "1.9")) return;
      const layout = sheets.getItem(op.sheet).pageLayout;
      layout.orientation = op.landscape ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      return;
    }
    case "hyperlink": {
      const range = sheets.getItem(op.sheet).getRange(op.cell);
      if (!supported("ExcelApi", "1.7")) {
        range.formulas = [[hyperlinkFormula(op.target, op.text)]];
        return;
      }
      range.hyperlink = {
        documentReference: `'${op.target.sheet.replace(/'/g, "''")}'!${op.target.cell}`,
        textToDisplay: op.text,
      };
      return;
    }
    case "activate":
      sheets.getItem(op.sheet).activate();
      return;
  }
}

/** Number formats first (so text-formatted cells keep "=…" and leading zeros as text), then
 *  literal values, then formulas; `null` leaves a cell as it is. */
function queueWrite(
  sheet: Excel.Worksheet,
  at: string,
  cells: readonly (readonly CellInput[])[],
): void {
  if (cells.length === 0 || cells[0].length === 0) return;
  const width = Math.max(...cells.map((r) => r.length));
  const start = parseRange(at);
  const target = sheet.getRange(
    rangeAddress({
      top: start.top,
      left: start.left,
      bottom: start.top + cells.length - 1,
      right: start.left + width - 1,
    }),
  );
  const grid = <T>(
    pick: (c: CellInput) => T | null,
  ): { rows: (T | null)[][]; any: boolean } => {
    let any = false;
    const rows = cells.map((row) =>
      Array.from({ length: width }, (_, i) => {
        const v = row[i] ? pick(row[i]) : null;
        if (v !== null) any = true;
        return v;
      }),
    );
    return { rows, any };
  };
  const formatGrid = grid((c) => c.numberFormat ?? null);
  const literalGrid = grid((c) =>
    c.formula === undefined && c.value !== undefined && c.value !== null
      ? c.value
      : null,
  );
  const formulaGrid = grid((c) => c.formula ?? null);
  if (formatGrid.any) target.numberFormat = formatGrid.rows as string[][];
  if (literalGrid.any)
    target.values = literalGrid.rows as (string | number | boolean)[][];
  if (formulaGrid.any) target.formulas = formulaGrid.rows as string[][];
}

function queueStyle(
  range: Excel.Range,
  address: string,
  style: CellStyle,
): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    f.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined)
    f.verticalAlignment = style.verticalAlignment;
  if (style.wrapText !== undefined) f.wrapText = style.wrapText;
  if (style.borders) {
    const b = parseRange(address);
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (b.bottom > b.top) edges.push("InsideHorizontal");
    if (b.right > b.left) edges.push("InsideVertical");
    for (const e of edges)
      f.borders.getItem(e as Excel.BorderIndex).style = "Continuous";
  }
}

/** "'Sổ tài trợ'!A1:C3" → "A1:C3". */
function stripSheet(address: string): string {
  return address.includes("!")
    ? address.slice(address.lastIndexOf("!") + 1)
    : address;
}

/** Excel returns "" for empty cells; the seam uses null. */
function normalizeRow(row: readonly unknown[]): CellValue[] {
  return row.map((v) =>
    v === "" || v === undefined ? null : (v as CellValue),
  );
}

/** Runs a batch; Office errors become Vietnamese OfficeErrors. */
function guarded<T>(
  run: ExcelRun,
  batch: (ctx: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return guard("Excel", run, batch);
}
