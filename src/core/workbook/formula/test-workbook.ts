/** A tiny Map-based workbook implementing FormulaContext, for the evaluator's tests. */
import { parseCell } from "../a1";
import type { CellValue } from "../types";
import { evaluateFormula, type FormulaContext } from "./evaluate-formula";

interface TestSheet {
  readonly name: string;
  readonly cells: Map<number, CellValue>;
  rows: number;
}

const key = (row: number, col: number) => row * 16384 + col;

/**
 * Sheets of cells given in A1 notation; a string beginning with "=" is a formula, evaluated
 * recursively (and cached) when another formula reads it.
 */
export class TestWorkbook implements FormulaContext {
  private readonly sheets = new Map<string, TestSheet>();
  private readonly computed = new Map<string, CellValue>();

  constructor(sheets: Record<string, Record<string, CellValue>> = {}) {
    for (const [name, cells] of Object.entries(sheets))
      for (const [a1, v] of Object.entries(cells)) this.set(name, a1, v);
  }

  /** Writes one cell ("B4"); the sheet is created on first use. */
  set(sheet: string, a1: string, value: CellValue): void {
    const p = parseCell(a1);
    this.setAt(sheet, p.row, p.col, value);
  }

  /** Writes one cell by 0-based position. */
  setAt(sheet: string, row: number, col: number, value: CellValue): void {
    const k = sheet.toLowerCase();
    let s = this.sheets.get(k);
    if (!s)
      this.sheets.set(k, (s = { name: sheet, cells: new Map(), rows: 0 }));
    s.cells.set(key(row, col), value);
    if (value !== null) s.rows = Math.max(s.rows, row + 1);
    this.computed.clear();
  }

  /** Evaluates a formula as if written on `sheet` (default: the first sheet). */
  evaluate(formula: string, sheet?: string): CellValue {
    const first = this.sheets.values().next().value as TestSheet | undefined;
    return evaluateFormula(formula, sheet ?? first?.name ?? "Sheet1", this);
  }

  value(sheet: string, row: number, col: number): CellValue | undefined {
    const s = this.sheets.get(sheet.toLowerCase());
    if (!s) return undefined;
    const v = s.cells.get(key(row, col)) ?? null;
    if (typeof v !== "string" || !v.startsWith("=")) return v;
    const id = `${s.name}!${key(row, col)}`;
    let out = this.computed.get(id);
    if (out === undefined) {
      out = evaluateFormula(v, s.name, this);
      this.computed.set(id, out);
    }
    return out;
  }

  rowCount(sheet: string): number | undefined {
    return this.sheets.get(sheet.toLowerCase())?.rows;
  }
}
