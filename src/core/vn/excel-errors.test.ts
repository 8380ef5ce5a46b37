import { excelErrorOf } from "./excel-errors";

describe("excelErrorOf", () => {
  test.each([
    "#VALUE!",
    "#N/A",
    "#DIV/0!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
  ])("%s is an Excel error", (e) => {
    expect(excelErrorOf(e)).toBe(e);
    expect(excelErrorOf(` ${e.toLowerCase()} `)).toBe(e);
  });
  test.each(["#1", "#", "VALUE!", "", "1.000"])("%p is not", (t) =>
    expect(excelErrorOf(t)).toBeNull(),
  );
});
