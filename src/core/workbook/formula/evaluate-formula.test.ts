import { evaluateFormula, type FormulaContext } from "./index";
import { cachedFormulaCount, FORMULA_CACHE_SIZE } from "./formula-cache";
import { TestWorkbook } from "./test-workbook";

describe("evaluateFormula", () => {
  const wb = new TestWorkbook({
    "Sổ tài trợ": { A1: 10, A2: "=A1*2", A3: "=A2+A1" },
    "It's": { A1: "nháy" },
    Sheet1: { A1: 1, B2: 4, C3: "#DIV/0!" },
  });

  test("reads sheet-qualified references, quoted or not, on any sheet", () => {
    expect(wb.evaluate("='Sổ tài trợ'!A3+Sheet1!A1", "Sheet1")).toBe(31);
    expect(wb.evaluate("=SUM('Sổ tài trợ'!A1:A3)", "Sheet1")).toBe(60);
    expect(wb.evaluate("='It''s'!A1", "Sheet1")).toBe("nháy");
    expect(wb.evaluate("=SUM(sheet1!A1:B2)", "It's")).toBe(5);
    expect(wb.evaluate("=A1", "It's")).toBe("nháy");
    expect(wb.evaluate("=A1", "sổ tài trợ")).toBe(10);
  });

  test("gives #REF! for a sheet that does not exist", () => {
    expect(wb.evaluate("='Không có'!A1", "Sheet1")).toBe("#REF!");
    expect(wb.evaluate("=SUM(Nope!A:A)", "Sheet1")).toBe("#REF!");
    expect(wb.evaluate("=A1", "Nope")).toBe("#REF!");
  });

  test("shows a blank result as 0, as Excel shows =A1 of an empty cell", () => {
    expect(wb.evaluate("=Z9", "Sheet1")).toBe(0);
    expect(wb.evaluate("=IF(TRUE,Z9)", "Sheet1")).toBe(0);
  });

  test("reads error texts in cells as errors", () => {
    expect(wb.evaluate("=C3+1", "Sheet1")).toBe("#DIV/0!");
    expect(wb.evaluate("=IFERROR(C3,-1)", "Sheet1")).toBe(-1);
  });

  test.each(["=", "=1+", "=SUM(1", '="a', "=(1))", "==1", "=A1 B1", "=1:3"])(
    "gives #NAME? for the malformed %j",
    (f) => {
      expect(wb.evaluate(f, "Sheet1")).toBe("#NAME?");
    },
  );

  test("gives #NAME? for unknown functions, names and wrong argument counts", () => {
    expect(wb.evaluate("=VLOOKUP(1,A1:B2,2)", "Sheet1")).toBe("#NAME?");
    expect(wb.evaluate('=TEXT(1,"0")', "Sheet1")).toBe("#NAME?");
    expect(wb.evaluate("=TaxRate*2", "Sheet1")).toBe("#NAME?");
    expect(wb.evaluate("=LEFT()", "Sheet1")).toBe("#NAME?");
    expect(wb.evaluate("=NOT(1,2)", "Sheet1")).toBe("#NAME?");
  });

  test("never throws, even when the workbook does", () => {
    const broken: FormulaContext = {
      value: () => {
        throw new Error("boom");
      },
      rowCount: () => 1,
    };
    expect(evaluateFormula("=A1+1", "S", broken)).toBe("#VALUE!");
    expect(evaluateFormula("=1+1", "S", broken)).toBe(2);
  });

  test("keeps the parse cache bounded", () => {
    const ctx = new TestWorkbook({ S: { A1: 1 } });
    for (let i = 0; i < FORMULA_CACHE_SIZE + 100; i++)
      expect(evaluateFormula(`=A1+${i}`, "S", ctx)).toBe(i + 1);
    expect(cachedFormulaCount()).toBe(FORMULA_CACHE_SIZE);
    expect(evaluateFormula("=A1+0", "S", ctx)).toBe(1);
  });

  test("evaluates one cached formula against the sheet it is written on", () => {
    const ctx = new TestWorkbook({ A: { B1: 1 }, B: { B1: 2 } });
    expect(evaluateFormula("=B1*10", "A", ctx)).toBe(10);
    expect(evaluateFormula("=B1*10", "B", ctx)).toBe(20);
  });
});
