import {
  cellAddress,
  parseCell,
  parseRange,
  rangeAddress,
  type Block,
} from "./a1";
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
} from "./types";

/** One stored cell of the in-memory workbook. */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  hyperlink?: CellRef;
}

/** One sheet of the in-memory workbook (exposed read-only for the preview grid and tests). */
export interface MemorySheet {
  readonly name: string;
  /** rows[r][c], sparse. */
  readonly rows: (MemoryCell | undefined)[][];
  readonly merges: Block[];
  readonly tables: { name: string; block: Block; style?: string }[];
  readonly validations: {
    block: Block;
    values: readonly string[];
    /** The range the list comes from, when it comes from cells. */
    source?: { readonly sheet: string; readonly range: string };
  }[];
  /** Defined names scoped to the sheet (name → A1 range on it). */
  readonly names: Map<string, string>;
  readonly columnWidths: number[];
  frozenRows: number;
  landscape?: boolean;
  protected: boolean;
  hidden?: boolean;
}

/** Computes the value a formula shows; the preview plugs in a small evaluator. */
export type FormulaEvaluator = (
  workbook: MemoryWorkbook,
  sheet: string,
  formula: string,
) => CellValue;

/**
 * A workbook held in memory that behaves like Excel for the seam's operations: it refuses what
 * Excel refuses (duplicate sheets or table names, writes to protected sheets, overlapping
 * tables) and keeps text as text. Used by the browser preview, the CLI and tests.
 */
export class MemoryWorkbook implements WorkbookHost {
  readonly kind = "preview" as const;
  private readonly sheets: MemorySheet[] = [];
  active: string | null = null;
  selection: CellRef | null = null;
  /** Called after every applied batch (the preview grid re-renders). */
  onChange: (() => void) | null = null;

  /** Formula values computed since the last write, by sheet, row and column. */
  private readonly computed = new Map<string, CellValue>();
  private readonly computing = new Set<string>();

  constructor(private readonly evaluate: FormulaEvaluator | null = null) {}

  /** Sheets in workbook order. */
  get sheetList(): readonly MemorySheet[] {
    return this.sheets;
  }

  sheet(name: string): MemorySheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The value a cell shows: a literal, or its formula's computed value (null when unknown).
   *  Computed values are cached until the next write; a formula that reaches itself again while
   *  being computed (a circular reference) shows 0, as Excel does. */
  displayValue(sheet: MemorySheet, row: number, col: number): CellValue {
    const cell = sheet.rows[row]?.[col];
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value;
    if (!this.evaluate) return null;
    const key = `${sheet.name}\u0000${row}\u0000${col}`;
    const cached = this.computed.get(key);
    if (cached !== undefined) return cached;
    if (this.computing.has(key)) return 0;
    this.computing.add(key);
    try {
      const value = this.evaluate(this, sheet.name, cell.formula);
      this.computed.set(key, value);
      return value;
    } finally {
      this.computing.delete(key);
    }
  }

  async inspect(names?: readonly string[]): Promise<readonly SheetInfo[]> {
    const wanted = names?.map((n) => n.toLowerCase());
    return this.sheets
      .filter((s) => !wanted || wanted.includes(s.name.toLowerCase()))
      .map((s) => ({
        name: s.name,
        usedRange: usedBlock(s) ? rangeAddress(usedBlock(s) as Block) : null,
        protected: s.protected,
        tables: s.tables.map((t) => t.name),
        ...(s.names.size ? { names: [...s.names.keys()] } : {}),
        ...(s.hidden ? { hidden: true } : {}),
      }));
  }

  /** The items of the drop-down list on a cell (0-based row and column), or null when the cell
   *  has none: a list from a range shows what that range's cells hold now, blanks left out. */
  validationOptions(
    sheet: MemorySheet,
    row: number,
    col: number,
  ): readonly string[] | null {
    // The last rule set on a cell wins, as in Excel.
    const v = [...sheet.validations]
      .reverse()
      .find(
        (x) =>
          row >= x.block.top &&
          row <= x.block.bottom &&
          col >= x.block.left &&
          col <= x.block.right,
      );
    if (!v) return null;
    if (!v.source) return v.values;
    const from = this.sheet(v.source.sheet);
    if (!from) return [];
    return this.blockValues(from, parseRange(v.source.range.replace(/\$/g, "")))
      .flat()
      .filter((x) => x !== null && x !== "")
      .map(String);
  }

  async readTables(
    names: readonly string[],
  ): Promise<readonly (TableData | null)[]> {
    return names.map((name) => {
      for (const s of this.sheets) {
        const t = s.tables.find(
          (x) => x.name.toLowerCase() === name.toLowerCase(),
        );
        if (!t) continue;
        const values = this.blockValues(s, t.block);
        const below = this.blockValues(s, {
          ...t.block,
          top: t.block.bottom + 1,
          bottom: t.block.bottom + 1,
        })[0];
        return {
          name: t.name,
          sheet: s.name,
          range: rangeAddress(t.block),
          header: values[0].map((v) => (v === null ? "" : String(v))),
          rows: values.slice(1),
          below,
          belowFormulas: below.map(
            (_, i) =>
              s.rows[t.block.bottom + 1]?.[t.block.left + i]?.formula !==
              undefined,
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
      const s = this.requireSheet(ref.sheet);
      const block = parseRange(ref.range);
      return {
        sheet: s.name,
        range: rangeAddress(block),
        values: this.blockValues(s, block),
        ...(options?.formulas
          ? {
              formulas: Array.from(
                { length: block.bottom - block.top + 1 },
                (_, r) =>
                  Array.from(
                    { length: block.right - block.left + 1 },
                    (_, c) =>
                      s.rows[block.top + r]?.[block.left + c]?.formula !==
                      undefined,
                  ),
              ),
            }
          : {}),
      };
    });
  }

  async apply(ops: readonly WorkbookOp[]): Promise<void> {
    this.computed.clear();
    try {
      for (const op of ops) this.applyOne(op);
    } finally {
      this.onChange?.();
    }
  }

  async select(ref: CellRef): Promise<void> {
    const s = this.requireSheet(ref.sheet);
    parseCell(ref.cell);
    this.active = s.name;
    this.selection = { sheet: s.name, cell: ref.cell };
    this.onChange?.();
  }

  /** Marks a sheet protected (tests and the preview can simulate Excel's sheet protection). */
  protect(sheet: string, on = true): void {
    this.requireSheet(sheet).protected = on;
  }

  private blockValues(s: MemorySheet, b: Block): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = b.left; c <= b.right; c++)
        row.push(this.displayValue(s, r, c));
      out.push(row);
    }
    return out;
  }

  private requireSheet(name: string): MemorySheet {
    const s = this.sheet(name);
    if (!s) throw new WorkbookError(`Không tìm thấy sheet "${name}".`, name);
    return s;
  }

  private writable(name: string): MemorySheet {
    const s = this.requireSheet(name);
    if (s.protected)
      throw new WorkbookError(
        `Sheet "${s.name}" đang được bảo vệ (Protect Sheet): hãy bỏ bảo vệ rồi thử lại.`,
        s.name,
      );
    return s;
  }

  private applyOne(op: WorkbookOp): void {
    switch (op.kind) {
      case "addSheet": {
        if (this.sheet(op.sheet))
          throw new WorkbookError(`Sheet "${op.sheet}" đã có.`, op.sheet);
        validateSheetName(op.sheet);
        this.sheets.splice(op.position ?? this.sheets.length, 0, {
          name: op.sheet,
          rows: [],
          merges: [],
          tables: [],
          validations: [],
          names: new Map(),
          columnWidths: [],
          frozenRows: 0,
          protected: false,
        });
        return;
      }
      case "deleteSheet": {
        const s = this.requireSheet(op.sheet);
        this.sheets.splice(this.sheets.indexOf(s), 1);
        if (this.active === s.name) this.active = this.sheets[0]?.name ?? null;
        return;
      }
      case "renameSheet": {
        const s = this.requireSheet(op.sheet);
        const clash = this.sheet(op.to);
        if (clash && clash !== s)
          throw new WorkbookError(`Sheet "${op.to}" đã có.`, op.to);
        validateSheetName(op.to);
        const old = s.name;
        (s as { name: string }).name = op.to;
        // References to the sheet follow it, as in Excel.
        for (const other of this.sheets)
          for (const v of other.validations)
            if (v.source && v.source.sheet.toLowerCase() === old.toLowerCase())
              v.source = { ...v.source, sheet: op.to };
        if (this.active === old) this.active = op.to;
        return;
      }
      case "hideSheet":
        this.requireSheet(op.sheet).hidden = true;
        if (this.active?.toLowerCase() === op.sheet.toLowerCase())
          this.active = this.sheets.find((x) => !x.hidden)?.name ?? this.active;
        return;
      case "defineName": {
        const s = this.requireSheet(op.sheet);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(op.name))
          throw new WorkbookError(`Tên "${op.name}" không hợp lệ.`, s.name);
        parseRange(op.range);
        if (s.names.has(op.name))
          throw new WorkbookError(`Đã có tên "${op.name}".`, s.name);
        s.names.set(op.name, op.range);
        return;
      }
      case "write":
        return writeCells(this.writable(op.sheet), op.at, op.cells);
      case "style":
        return forEachCell(
          this.writable(op.sheet),
          parseRange(op.range),
          (c) => {
            c.style = { ...c.style, ...op.style };
          },
        );
      case "merge": {
        const s = this.writable(op.sheet);
        const block = parseRange(op.range);
        if (s.tables.some((t) => overlaps(t.block, block)))
          throw new WorkbookError(
            `Không gộp được ô ${op.range}: Excel không cho gộp ô trong bảng.`,
            s.name,
            op.range,
          );
        s.merges.push(block);
        return;
      }
      case "columnWidths": {
        const s = this.writable(op.sheet);
        op.widths.forEach((w, i) => (s.columnWidths[op.firstColumn + i] = w));
        return;
      }
      case "addTable": {
        const s = this.writable(op.sheet);
        const block = parseRange(op.range);
        if (!/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(op.name))
          throw new WorkbookError(
            `Tên bảng "${op.name}" không hợp lệ.`,
            s.name,
          );
        for (const other of this.sheets) {
          if (
            other.tables.some(
              (t) => t.name.toLowerCase() === op.name.toLowerCase(),
            )
          )
            throw new WorkbookError(`Đã có bảng tên "${op.name}".`, s.name);
        }
        if (s.tables.some((t) => overlaps(t.block, block)))
          throw new WorkbookError(
            `Bảng "${op.name}" chồng lên một bảng khác ở ${op.range}.`,
            s.name,
          );
        if (
          s.merges.some(
            (m) =>
              overlaps(m, block) && (m.top !== m.bottom || m.left !== m.right),
          )
        )
          throw new WorkbookError(
            `Không tạo được bảng "${op.name}" ở ${op.range}: vùng có ô gộp (Merge), hãy bỏ gộp ô.`,
            s.name,
            op.range,
          );
        s.tables.push({ name: op.name, block, style: op.style });
        return;
      }
      case "addTableColumn": {
        const s = this.writable(op.sheet);
        const t = tableNamed(s, op.table);
        const col = t.block.right + 1;
        for (let r = t.block.top; r <= t.block.bottom; r++) {
          const cell = s.rows[r]?.[col];
          if (cell && (cell.value !== null || cell.formula !== undefined))
            throw new WorkbookError(
              `Không thêm được cột "${op.header}": ô ${cellAddress(r, col)} bên phải bảng đã có dữ liệu.`,
              s.name,
              cellAddress(r, col),
            );
        }
        writeCells(s, cellAddress(t.block.top, col), [
          [{ value: op.header, numberFormat: "@" }],
        ]);
        t.block = { ...t.block, right: col };
        return;
      }
      case "appendTableRows": {
        const s = this.writable(op.sheet);
        const t = tableNamed(s, op.table);
        for (let r = t.block.bottom + 1; r <= t.block.bottom + op.count; r++)
          for (let c = t.block.left; c <= t.block.right; c++) {
            const cell = s.rows[r]?.[c];
            if (cell && (cell.value !== null || cell.formula !== undefined))
              throw new WorkbookError(
                `Không thêm được dòng vào bảng "${t.name}": ô ${cellAddress(r, c)} ngay dưới bảng đã có dữ liệu.`,
                s.name,
                cellAddress(r, c),
              );
          }
        t.block = { ...t.block, bottom: t.block.bottom + op.count };
        return;
      }
      case "validationList":
        this.writable(op.sheet).validations.push({
          block: parseRange(op.range),
          values: op.values,
          ...(op.source ? { source: op.source } : {}),
        });
        return;
      case "freezeRows":
        this.writable(op.sheet).frozenRows = op.rows;
        return;
      case "pageSetup":
        this.writable(op.sheet).landscape = op.landscape;
        return;
      case "hyperlink": {
        const s = this.writable(op.sheet);
        writeCells(s, op.cell, [[{ value: op.text }]]);
        const p = parseCell(op.cell);
        (s.rows[p.row][p.col] as MemoryCell).hyperlink = op.target;
        return;
      }
      case "activate":
        this.active = this.requireSheet(op.sheet).name;
        return;
    }
  }
}

const FORBIDDEN_SHEET_CHARS = /[\\/?*[\]:]/;

function validateSheetName(name: string): void {
  if (
    !name.trim() ||
    name.length > 31 ||
    FORBIDDEN_SHEET_CHARS.test(name) ||
    name.startsWith("'")
  )
    throw new WorkbookError(
      `Tên sheet "${name}" không hợp lệ (tối đa 31 ký tự, không chứa \\ / ? * [ ] :).`,
      name,
    );
}

function writeCells(
  s: MemorySheet,
  at: string,
  cells: readonly (readonly CellInput[])[],
): void {
  const origin = parseCell(at);
  cells.forEach((row, r) => {
    const target = (s.rows[origin.row + r] ??= []);
    row.forEach((input, c) => {
      const col = origin.col + c;
      const cell: MemoryCell = target[col] ?? { value: null };
      if (input.formula !== undefined) {
        cell.formula = input.formula;
        cell.value = null;
      } else {
        delete cell.formula;
        cell.value = input.value ?? null;
      }
      if (input.numberFormat !== undefined)
        cell.numberFormat = input.numberFormat;
      target[col] = cell;
    });
  });
}

function forEachCell(
  s: MemorySheet,
  b: Block,
  fn: (c: MemoryCell) => void,
): void {
  for (let r = b.top; r <= b.bottom; r++) {
    const row = (s.rows[r] ??= []);
    for (let c = b.left; c <= b.right; c++) fn((row[c] ??= { value: null }));
  }
}

function overlaps(a: Block, b: Block): boolean {
  return (
    a.left <= b.right &&
    b.left <= a.right &&
    a.top <= b.bottom &&
    b.top <= a.bottom
  );
}

/** The smallest block holding every non-empty cell, or null. */
export function usedBlock(s: MemorySheet): Block | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  s.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell || (cell.value === null && cell.formula === undefined)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** The table `name` of sheet `s` (names compare as Excel does, ignoring case). */
function tableNamed(
  s: MemorySheet,
  name: string,
): MemorySheet["tables"][number] {
  const t = s.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!t)
    throw new WorkbookError(
      `Không tìm thấy bảng "${name}" ở sheet "${s.name}".`,
      s.name,
    );
  return t;
}
