import { TestWorkbook } from "./test-workbook";

/** A1 5, A2 "x", A3 TRUE, A4 blank, A5 #N/A, A6 a formula giving "", A7 "5" as text. */
const wb = new TestWorkbook({
  S: {
    A1: 5,
    A2: "x",
    A3: true,
    A5: "#N/A",
    A6: '=""',
    A7: "5",
    B1: 1,
    B2: 2,
    B3: 3,
  },
});
const ev = (f: string) => wb.evaluate(f, "S");

describe("IF and IFERROR", () => {
  test.each([
    ["=IF(TRUE,1,2)", 1],
    ["=IF(FALSE,1)", false],
    ["=IF(0,1,2)", 2],
    ["=IF(A1,1,2)", 1],
    ["=IF(A4,1,2)", 2],
    ['=IF("TRUE",1,2)', 1],
    ['=IF("x",1,2)', "#VALUE!"],
    ["=IF(A2,1,2)", "#VALUE!"],
    ["=IF(A5,1,2)", "#N/A"],
    ["=IF(B1:B2,1,2)", "#VALUE!"],
    ["=IF(TRUE,,1)", 0],
    ["=IF(FALSE,1,)", 0],
    ["=IF(TRUE,1,1/0)", 1],
    ["=IF(FALSE,1/0,2)", 2],
    ["=IF(TRUE,UNKNOWN(),2)", "#NAME?"],
    ["=IF(FALSE,UNKNOWN(),2)", 2],
    ["=SUM(IF(TRUE,B1:B3,0))", 6],
    ["=IF(1)", "#NAME?"],
    ['=IFERROR(1/0,"e")', "e"],
    ["=IFERROR(5,1/0)", 5],
    ["=IFERROR(A5,)", 0],
    ['=IFERROR(B1:B2,"r")', "r"],
    ["=IFERROR(A4,1)", 0],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});

describe("AND, OR, NOT", () => {
  test.each([
    ["=AND(TRUE,TRUE)", true],
    ["=AND(TRUE,0)", false],
    ["=AND(A1:A4)", true],
    ['=AND("TRUE",1)', true],
    ['=AND("x")', "#VALUE!"],
    ["=AND(A2)", "#VALUE!"],
    ["=AND(Z1:Z5)", "#VALUE!"],
    ["=AND(TRUE,#N/A)", "#N/A"],
    ["=AND(A1:A5)", "#N/A"],
    ["=OR(FALSE,1)", true],
    ["=OR(FALSE,FALSE)", false],
    ["=OR(A2:A4)", true],
    ["=NOT(0)", true],
    ["=NOT(A1)", false],
    ['=NOT("x")', "#VALUE!"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});

describe("ISNUMBER, ISTEXT, ISBLANK, N", () => {
  test.each([
    ["=ISNUMBER(1)", true],
    ['=ISNUMBER("1")', false],
    ["=ISNUMBER(A1)", true],
    ["=ISNUMBER(A7)", false],
    ["=ISNUMBER(A4)", false],
    ["=ISNUMBER(1/0)", false],
    ["=ISNUMBER(A5)", false],
    ["=ISNUMBER(B1:B2)", false],
    ['=ISTEXT("a")', true],
    ["=ISTEXT(A6)", true],
    ["=ISTEXT(1)", false],
    ["=ISTEXT(A4)", false],
    ["=ISBLANK(A4)", true],
    ["=ISBLANK(A6)", false],
    ['=ISBLANK("")', false],
    ["=ISBLANK(0)", false],
    ["=N(5)", 5],
    ["=N(TRUE)", 1],
    ["=N(FALSE)", 0],
    ['=N("5")', 0],
    ["=N(A7)", 0],
    ["=N(A4)", 0],
    ["=N(A2)", 0],
    ["=N(A5)", "#N/A"],
    ["=N(A1:A3)", 5],
    ["=N(B2:B3)", 2],
    ["=N(1/0)", "#DIV/0!"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});
