/* The .xlsx file adapter of the workbook seam (exceljs): used by the CLI and by panes that read
 * a workbook file the user picks. No business logic here. */
import type * as ExcelJSNs from "exceljs";
import { normalizePackage } from "./normalize-package";
import { checkPackage } from "./package-check";
import { EXCELJS_LIMITS, type ReadLimits } from "./limits";
import {
  detectFileFormat,
  unreadableFileMessage,
} from "../core/workbook/file-format";
import {
  cellAddress,
  parseCell,
  parseRange,
  rangeAddress,
  sheetRangeRef,
  sheetsOfRef,
  type Block,
} from "../core/workbook/a1";
import { clip } from "../core/vn/quote";
import {
  WorkbookError,
  type CellInput,
  type CellRef,
  type CellStyle,
  type CellValue,
  type RangeData,
  type SheetInfo,
  type TableData,
  type WorkbookHost,
  type WorkbookOp,
} from "../core/workbook/types";

type ExcelJS = typeof ExcelJSNs;
type Worksheet = ExcelJSNs.Worksheet;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell value as the seam sees it: formulas give their cached result, dates their serial. */
export function seamValue(v: ExcelJSNs.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v)
      return seamValue((v as { result?: ExcelJSNs.CellValue }).result ?? null);
    if ("richText" in v)
      return (v as ExcelJSNs.CellRichTextValue).richText
        .map((t) => t.text)
        .join("");
    if ("hyperlink" in v)
      return String((v as ExcelJSNs.CellHyperlinkValue).text ?? "");
    if ("error" in v) return String((v as ExcelJSNs.CellErrorValue).error);
  }
  return null;
}

/** A cell's value; formula results read through `cell.result` (exceljs drops a cached 0 from
 *  `cell.value`). */
export function cellValue(cell: ExcelJSNs.Cell): CellValue {
  const v = cell.value;
  if (
    v !== null &&
    typeof v === "object" &&
    ("formula" in v || "sharedFormula" in v)
  )
    return seamValue((cell.result as ExcelJSNs.CellValue) ?? null);
  return seamValue(v);
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** A workbook held by exceljs, read from or written to an .xlsx file. */
export class XlsxWorkbook implements WorkbookHost {
  readonly kind = "file" as const;
  /** The last cell `select` was asked for (files have no selection). */
  selection: CellRef | null = null;

  private constructor(readonly workbook: ExcelJSNs.Workbook) {}

  /** A new, empty workbook. `exceljs` is passed in so panes can load it lazily. */
  static create(exceljs: ExcelJS): XlsxWorkbook {
    const wb = new exceljs.Workbook();
    wb.creator = "DVK – Dân vận khéo";
    wb.calcProperties.fullCalcOnLoad = true;
    return new XlsxWorkbook(wb);
  }

  /** Reads .xlsx bytes; throws WorkbookError, with a Vietnamese message naming the file (`name`)
   *  and saying how to convert it, when they are not a workbook exceljs can read, or naming the
   *  limit when loading them would cost more than `limits` (checked before exceljs sees them:
   *  inflated sizes, cells, rows — see package-check.ts). */
  static async load(
    exceljs: ExcelJS,
    data: ArrayBuffer | Uint8Array,
    name = "đã chọn",
    limits: ReadLimits = EXCELJS_LIMITS,
  ): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const refused = unreadableFileMessage(detectFileFormat(bytes), name);
    if (refused) throw new WorkbookError(refused);
    await checkPackage(bytes, name, limits);
    const wb = new exceljs.Workbook();
    try {
      await wb.xlsx.load(
        (await normalizePackage(bytes)) as unknown as ArrayBuffer,
      );
    } catch {
      throw new WorkbookError(
        `Tệp “${name}” có dạng .xlsx nhưng bị hỏng hoặc có cấu trúc DVK không đọc được. Hãy mở tệp bằng Excel (hoặc LibreOffice Calc), lưu lại dạng “Sổ làm việc Excel (*.xlsx)” rồi thử lại.`,
      );
    }
    wb.calcProperties.fullCalcOnLoad = true;
    return new XlsxWorkbook(wb);
  }

  /** The .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  async inspect(names?: readonly string[]): Promise<readonly SheetInfo[]> {
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    return this.workbook.worksheets
      .filter((ws) => !wanted || wanted.has(ws.name.toLowerCase()))
      .map((ws) => {
        const used = usedBlock(ws);
        return {
          name: ws.name,
          usedRange: used ? rangeAddress(used) : null,
          protected: Boolean(
            (ws as unknown as { sheetProtection?: { sheet?: boolean } })
              .sheetProtection?.sheet,
          ),
          tables: tablesOf(ws).map((t) => tableName(t)),
          // Present only when there is something to say (readers of the file agree on the rest).
          ...optionalFacts(
            this.namesOf(ws.name),
            ws.state !== undefined && ws.state !== "visible",
          ),
        };
      });
  }

  /** Defined names that refer to the sheet (exceljs keeps every name at workbook scope). */
  private namesOf(sheet: string): string[] {
    return this.workbook.definedNames.model
      .filter((n) =>
        n.ranges.some((r) =>
          sheetsOfRef(r).some((x) => x.toLowerCase() === sheet.toLowerCase()),
        ),
      )
      .map((n) => n.name);
  }

  /** The defined names rewritten: each range on `sheet` renamed to `to`, or dropped (null). */
  private retargetNames(sheet: string, to: string | null): void {
    const model = this.workbook.definedNames.model
      .map((n) => ({
        ...n,
        ranges: n.ranges.flatMap((r) => {
          const [on] = sheetsOfRef(r);
          if (on?.toLowerCase() !== sheet.toLowerCase()) return [r];
          return to === null
            ? []
            : [sheetRangeRef(to, r.slice(r.lastIndexOf("!") + 1))];
        }),
      }))
      .filter((n) => n.ranges.length);
    this.workbook.definedNames.model = model;
  }

  async readTables(
    names: readonly string[],
  ): Promise<readonly (TableData | null)[]> {
    return names.map((name) => {
      for (const ws of this.workbook.worksheets) {
        const table = tablesOf(ws).find(
          (t) => tableName(t).toLowerCase() === name.toLowerCase(),
        );
        if (!table) continue;
        const block = tableBlock(table);
        const values = blockValues(ws, block);
        return {
          name: tableName(table),
          sheet: ws.name,
          range: rangeAddress(block),
          header: values[0].map((v) => (v === null ? "" : String(v))),
          rows: values.slice(1),
          below: blockValues(ws, {
            ...block,
            top: block.bottom + 1,
            bottom: block.bottom + 1,
          })[0],
          belowFormulas: Array.from(
            { length: block.right - block.left + 1 },
            (_, i) => {
              const cell = ws
                .findRow(block.bottom + 2)
                ?.getCell(block.left + i + 1);
              return (
                cell !== undefined &&
                (cell.type === 6 /* ExcelJS.ValueType.Formula */ ||
                  Boolean(cell.formula))
              );
            },
          ),
        };
      }
      return null;
    });
  }

  async readRanges(
    refs: readonly { sheet: string; range: string }[],
    options?: { readonly formulas?: boolean },
  ): Promise<readonly RangeData[]> {
    return refs.map((ref) => {
      const ws = this.sheet(ref.sheet);
      const block = parseRange(ref.range);
      const width = block.right - block.left + 1;
      const none: boolean[] = new Array<boolean>(width).fill(false);
      return {
        sheet: ws.name,
        range: rangeAddress(block),
        values: blockValues(ws, block),
        ...(options?.formulas
          ? {
              formulas: Array.from(
                { length: block.bottom - block.top + 1 },
                (_, r) => {
                  // Rows the sheet does not have share one row of `false`.
                  const row = ws.findRow(block.top + r + 1);
                  return row
                    ? Array.from({ length: width }, (_, c) => {
                        const cell = row.getCell(block.left + c + 1);
                        return cell.type === 6 || Boolean(cell.formula);
                      })
                    : none;
                },
              ),
            }
          : {}),
      };
    });
  }

  async apply(ops: readonly WorkbookOp[]): Promise<void> {
    for (const op of ops) this.applyOne(op);
  }

  async select(ref: CellRef): Promise<void> {
    const ws = this.sheet(ref.sheet);
    parseCell(ref.cell);
    this.selection = { sheet: ws.name, cell: ref.cell };
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.worksheets.find(
      (w) => w.name.toLowerCase() === name.toLowerCase(),
    );
    if (!ws) throw new WorkbookError(`Không tìm thấy sheet "${name}".`, name);
    return ws;
  }

  private applyOne(op: WorkbookOp): void {
    switch (op.kind) {
      case "addSheet":
        if (
          this.workbook.worksheets.some(
            (w) => w.name.toLowerCase() === op.sheet.toLowerCase(),
          )
        )
          throw new WorkbookError(`Sheet "${op.sheet}" đã có.`, op.sheet);
        {
          const added = this.workbook.addWorksheet(op.sheet);
          if (op.position !== undefined) {
            // exceljs orders sheets by orderNo: renumber with the new sheet at its position.
            const order = this.workbook.worksheets.filter((w) => w !== added);
            order.splice(op.position, 0, added);
            order.forEach(
              (w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1),
            );
          }
        }
        return;
      case "deleteSheet": {
        const ws = this.sheet(op.sheet);
        this.retargetNames(ws.name, null);
        this.workbook.removeWorksheet(ws.id);
        return;
      }
      case "renameSheet": {
        const ws = this.sheet(op.sheet);
        if (
          ws.name.toLowerCase() !== op.to.toLowerCase() &&
          this.workbook.worksheets.some(
            (w) => w.name.toLowerCase() === op.to.toLowerCase(),
          )
        )
          throw new WorkbookError(`Sheet "${op.to}" đã có.`, op.to);
        const old = ws.name;
        ws.name = op.to;
        // References follow the sheet, as in Excel: names and list sources.
        this.retargetNames(old, op.to);
        for (const other of this.workbook.worksheets)
          retargetValidations(other, old, op.to);
        return;
      }
      case "hideSheet":
        this.sheet(op.sheet).state = "hidden";
        return;
      case "defineName": {
        const ws = this.sheet(op.sheet);
        if (this.namesOf(ws.name).includes(op.name))
          throw new WorkbookError(`Đã có tên "${op.name}".`, ws.name);
        this.workbook.definedNames.add(
          sheetRangeRef(ws.name, op.range),
          op.name,
        );
        return;
      }
      case "write":
        return writeCells(this.sheet(op.sheet), op.at, op.cells);
      case "style":
        return styleRange(this.sheet(op.sheet), parseRange(op.range), op.style);
      case "merge":
        this.sheet(op.sheet).mergeCells(op.range);
        return;
      case "columnWidths": {
        const ws = this.sheet(op.sheet);
        op.widths.forEach(
          (w, i) => (ws.getColumn(op.firstColumn + i + 1).width = w),
        );
        return;
      }
      case "addTable":
        return addTable(
          this.sheet(op.sheet),
          parseRange(op.range),
          op.name,
          op.style ?? "TableStyleMedium2",
        );
      case "addTableColumn":
        return growTable(this.sheet(op.sheet), op.table, { header: op.header });
      case "appendTableRows":
        return growTable(this.sheet(op.sheet), op.table, { rows: op.count });
      case "validationList": {
        const ws = this.sheet(op.sheet);
        const b = parseRange(op.range);
        const rule: ExcelJSNs.DataValidation = {
          type: "list",
          allowBlank: true,
          // From cells when a source is given (items holding commas stay whole).
          formulae: [
            op.source
              ? sheetRangeRef(op.source.sheet, op.source.range)
              : `"${op.values.join(",")}"`,
          ],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: "Giá trị ngoài danh sách",
          // Excel refuses an error message over 255 characters.
          error: clip(`Chọn một trong: ${op.values.join("; ")}`, 255),
        };
        for (let r = b.top; r <= b.bottom; r++)
          for (let c = b.left; c <= b.right; c++)
            ws.getCell(r + 1, c + 1).dataValidation = rule;
        return;
      }
      case "freezeRows":
        this.sheet(op.sheet).views = [
          {
            state: "frozen",
            xSplit: 0,
            ySplit: op.rows,
            topLeftCell: `A${op.rows + 1}`,
          },
        ];
        return;
      case "pageSetup":
        this.sheet(op.sheet).pageSetup = {
          ...this.sheet(op.sheet).pageSetup,
          paperSize: 9,
          orientation: op.landscape ? "landscape" : "portrait",
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
        };
        return;
      case "hyperlink": {
        const cell = this.sheet(op.sheet).getCell(op.cell);
        cell.value = {
          text: op.text,
          hyperlink: `#'${op.target.sheet.replace(/'/g, "''")}'!${op.target.cell}`,
        };
        cell.font = {
          ...cell.font,
          color: { argb: "FF0563C1" },
          underline: true,
        };
        return;
      }
      case "activate": {
        const index = this.workbook.worksheets.indexOf(this.sheet(op.sheet));
        this.workbook.views = [
          {
            x: 0,
            y: 0,
            width: 20000,
            height: 12000,
            firstSheet: 0,
            activeTab: index,
            visibility: "visible",
          },
        ];
        return;
      }
    }
  }
}

/** exceljs types `getTables()` as `[Table, void][]`; it returns the tables. */
function tablesOf(ws: Worksheet): ExcelJSNs.Table[] {
  return ws.getTables() as unknown as ExcelJSNs.Table[];
}

function tableName(t: ExcelJSNs.Table): string {
  return (t as unknown as { name: string }).name;
}

function tableBlock(t: ExcelJSNs.Table): Block {
  const model = (
    t as unknown as {
      table: {
        tableRef?: string;
        ref: string;
        columns: unknown[];
        rows?: unknown[];
      };
    }
  ).table;
  if (model.tableRef && model.tableRef.includes(":"))
    return parseRange(model.tableRef);
  const start = parseCell(model.ref);
  return {
    top: start.row,
    left: start.col,
    bottom: start.row + (model.rows?.length ?? 0),
    right: start.col + model.columns.length - 1,
  };
}

/** The values of a block. Rows the sheet does not have (past its last row, say a table whose
 *  reference runs to row 1048576) share one row of nulls and create nothing: reading them costs
 *  a pointer each, not a row of exceljs cells. */
function blockValues(ws: Worksheet, b: Block): CellValue[][] {
  const out: CellValue[][] = [];
  const none: CellValue[] = new Array<CellValue>(b.right - b.left + 1).fill(
    null,
  );
  for (let r = b.top; r <= b.bottom; r++) {
    const row = ws.findRow(r + 1);
    if (!row) {
      out.push(none);
      continue;
    }
    const values: CellValue[] = [];
    for (let c = b.left; c <= b.right; c++)
      values.push(cellValue(row.getCell(c + 1)));
    out.push(values);
  }
  return out;
}

function usedBlock(ws: Worksheet): Block | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === "")
        return;
      top = Math.min(top, r - 1);
      bottom = Math.max(bottom, r - 1);
      left = Math.min(left, c - 1);
      right = Math.max(right, c - 1);
    });
  });
  return bottom < 0 ? null : { top, left, bottom, right };
}

function writeCells(
  ws: Worksheet,
  at: string,
  cells: readonly (readonly CellInput[])[],
): void {
  const origin = parseCell(at);
  cells.forEach((row, r) =>
    row.forEach((input, c) => {
      const cell = ws.getCell(origin.row + r + 1, origin.col + c + 1);
      if (input.numberFormat !== undefined) cell.numFmt = input.numberFormat;
      if (input.formula !== undefined)
        cell.value = {
          formula: input.formula.replace(/^=/, ""),
        } as ExcelJSNs.CellFormulaValue;
      else if (input.value !== undefined && input.value !== null)
        cell.value = input.value;
    }),
  );
}

function styleRange(ws: Worksheet, b: Block, s: CellStyle): void {
  for (let r = b.top; r <= b.bottom; r++) {
    for (let c = b.left; c <= b.right; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const font: Partial<ExcelJSNs.Font> = { ...cell.font };
      if (s.bold !== undefined) font.bold = s.bold;
      if (s.italic !== undefined) font.italic = s.italic;
      if (s.fontSize !== undefined) font.size = s.fontSize;
      if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
      cell.font = font;
      if (s.fill !== undefined)
        cell.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: argb(s.fill) },
        };
      const alignment: Partial<ExcelJSNs.Alignment> = { ...cell.alignment };
      if (s.horizontalAlignment)
        alignment.horizontal =
          s.horizontalAlignment.toLowerCase() as ExcelJSNs.Alignment["horizontal"];
      if (s.verticalAlignment)
        alignment.vertical = (
          s.verticalAlignment === "Center"
            ? "middle"
            : s.verticalAlignment.toLowerCase()
        ) as ExcelJSNs.Alignment["vertical"];
      if (s.wrapText !== undefined) alignment.wrapText = s.wrapText;
      cell.alignment = alignment;
      if (s.borders) {
        const thin = { style: "thin" as const };
        cell.border = { top: thin, bottom: thin, left: thin, right: thin };
      }
    }
  }
}

/** exceljs writes a table's cells from its model: rebuild it from what the cells hold now
 *  (formulas kept), then restore each cell's number format. */
/**
 * The table `name` made one column wider (headed `header`) or `rows` rows longer: exceljs
 * cannot resize a table, so it is dropped and made again over the larger range, its cells and
 * style kept. The cells it takes in must be empty.
 */
function growTable(
  ws: Worksheet,
  name: string,
  grow: { readonly header?: string; readonly rows?: number },
): void {
  const t = tablesOf(ws).find(
    (x) => tableName(x).toLowerCase() === name.toLowerCase(),
  );
  if (!t)
    throw new WorkbookError(
      `Không tìm thấy bảng "${name}" ở sheet "${ws.name}".`,
      ws.name,
    );
  const b = tableBlock(t);
  const next: Block = {
    ...b,
    bottom: b.bottom + (grow.rows ?? 0),
    right: b.right + (grow.header === undefined ? 0 : 1),
  };
  for (let r = b.top; r <= next.bottom; r++)
    for (let c = b.left; c <= next.right; c++) {
      if (r <= b.bottom && c <= b.right) continue;
      if (seamValue(ws.getCell(r + 1, c + 1).value) !== null)
        throw new WorkbookError(
          `Không mở rộng được bảng "${tableName(t)}": ô ${cellAddress(r, c)} cạnh bảng đã có dữ liệu.`,
          ws.name,
          cellAddress(r, c),
        );
    }
  if (grow.header !== undefined) {
    const cell = ws.getCell(b.top + 1, next.right + 1);
    cell.numFmt = "@";
    cell.value = grow.header;
  }
  const theme =
    (t as unknown as { table: { style?: { theme?: string } } }).table.style
      ?.theme ?? "TableStyleMedium2";
  const real = tableName(t);
  ws.removeTable(real);
  addTable(ws, next, real, theme);
}

function addTable(ws: Worksheet, b: Block, name: string, theme: string): void {
  for (const other of ws.workbook.worksheets)
    if (
      tablesOf(other).some(
        (t) => tableName(t).toLowerCase() === name.toLowerCase(),
      )
    )
      throw new WorkbookError(`Đã có bảng tên "${name}".`, ws.name);
  const header: string[] = [];
  for (let c = b.left; c <= b.right; c++)
    header.push(
      String(
        seamValue(ws.getCell(b.top + 1, c + 1).value) ??
          `Cột ${c - b.left + 1}`,
      ),
    );
  const rows: ExcelJSNs.CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    const values: ExcelJSNs.CellValue[] = [];
    const fmts: (string | undefined)[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      values.push(cell.value);
      fmts.push(cell.numFmt);
    }
    rows.push(values);
    formats.push(fmts);
  }
  ws.addTable({
    name,
    ref: cellAddress(b.top, b.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: theme as ExcelJSNs.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: header.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
  formats.forEach((fmts, i) =>
    fmts.forEach((f, j) => {
      if (f) ws.getCell(b.top + i + 2, b.left + j + 1).numFmt = f;
    }),
  );
}

/** List validations of `ws` whose source is on sheet `from`, pointed at `to`. */
function retargetValidations(ws: Worksheet, from: string, to: string): void {
  const model = (
    ws as unknown as {
      dataValidations: { model: Record<string, ExcelJSNs.DataValidation> };
    }
  ).dataValidations.model;
  for (const v of Object.values(model)) {
    const f = v.formulae?.[0];
    if (typeof f !== "string") continue;
    const [on] = sheetsOfRef(f);
    if (on?.toLowerCase() === from.toLowerCase())
      v.formulae = [sheetRangeRef(to, f.slice(f.lastIndexOf("!") + 1))];
  }
}

/** `names` when the sheet has any, `hidden` when it is hidden. */
export function optionalFacts(
  names: readonly string[],
  hidden: boolean,
): { names?: readonly string[]; hidden?: true } {
  return {
    ...(names.length ? { names } : {}),
    ...(hidden ? { hidden: true as const } : {}),
  };
}
