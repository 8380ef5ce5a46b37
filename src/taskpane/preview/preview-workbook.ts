/* The preview's workbook: in memory, computing its formulas the way Excel does (the templates'
 * SUM, SUMIFS, COUNTIFS, IF, … — see core/workbook/formula), so totals and checks follow what the
 * user types. */
import { evaluateFormula } from "../../core/workbook/formula";
import { MemoryWorkbook } from "../../core/workbook/memory-workbook";

export function createPreviewWorkbook(): MemoryWorkbook {
  const workbook: MemoryWorkbook = new MemoryWorkbook((wb, sheet, formula) =>
    evaluateFormula(formula, sheet, {
      value: (name, row, col) => {
        const s = wb.sheet(name);
        return s ? wb.displayValue(s, row, col) : undefined;
      },
      rowCount: (name) => wb.sheet(name)?.rows.length,
    }),
  );
  return workbook;
}
