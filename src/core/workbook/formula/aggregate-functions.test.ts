import { TestWorkbook } from "./test-workbook";

/**
 * A1:A6 = 1, "2" (text), TRUE, blank, 3.5, "18,4 triệu"; B1 #N/A; C1 a formula giving "";
 * column D has numbers on rows 1 and 10.
 */
const wb = new TestWorkbook({
  S: {
    A1: 1,
    A2: "2",
    A3: true,
    A5: 3.5,
    A6: "18,4 triệu",
    B1: "#N/A",
    C1: '=""',
    D1: 4,
    D10: 6,
  },
});
const ev = (f: string) => wb.evaluate(f, "S");

describe("SUM, COUNT, COUNTA, AVERAGE, MIN, MAX", () => {
  test.each([
    ["=SUM(A1:A6)", 4.5],
    ["=SUM(A2)", 0],
    ["=SUM(A1:A6,10)", 14.5],
    ['=SUM("3",2)', 5],
    ["=SUM(TRUE,1)", 2],
    ["=SUM(1,,2)", 3],
    ["=SUM(D:D)", 10],
    ["=SUM(C1:D10)", 10],
    ["=SUM(Z1:Z9)", 0],
    ["=SUM(0.1,0.2)", 0.30000000000000004],
    ['=SUM("x")', "#VALUE!"],
    ['=SUM("18,4 triệu",1)', "#VALUE!"],
    ["=SUM(A1:A6,B1)", "#N/A"],
    ["=SUM(A1:B6)", "#N/A"],
    ["=SUM(1/0)", "#DIV/0!"],
    ["=SUM()", "#NAME?"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test.each([
    ["=COUNT(A1:A6)", 2],
    ['=COUNT("3","x",TRUE,1)', 3],
    ["=COUNT(B1)", 0],
    ["=COUNT(A1:B6,#N/A)", 2],
    ["=COUNT(D:D)", 2],
    ["=COUNTA(A1:A6)", 5],
    ["=COUNTA(A1:C6)", 7],
    ["=COUNTA(Z1:Z9)", 0],
    ['=COUNTA("",1/0)', 2],
  ])("%s counts %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test.each([
    ["=AVERAGE(A1:A6)", 2.25],
    ['=AVERAGE(A1:A6,"4.5")', 3],
    ["=AVERAGE(Z1:Z9)", "#DIV/0!"],
    ['=AVERAGE("x")', "#VALUE!"],
    ["=AVERAGE(B1,1)", "#N/A"],
    ["=MIN(A1:A6)", 1],
    ["=MAX(A1:A6)", 3.5],
    ['=MIN(A1:A6,"0.5")', 0.5],
    ['=MAX(-1,"-5")', -1],
    ["=MAX(A2)", 0],
    ["=MIN(Z1:Z3)", 0],
    ["=MAX(D:D,A1:A6)", 6],
    ["=MIN(A1:B6)", "#N/A"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});
