import { roundHalfAway } from "./math-functions";
import { TestWorkbook } from "./test-workbook";

const wb = new TestWorkbook({ S: { A1: 2.5, A2: "x" } });
const ev = (f: string) => wb.evaluate(f, "S");

describe("ROUND, ABS, INT, MOD", () => {
  test.each([
    ["=ROUND(2.5,0)", 3],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1.005,2)", 1.01],
    ["=ROUND(1.25,1)", 1.3],
    ["=ROUND(-1.25,1)", -1.3],
    ["=ROUND(1234.5678,-2)", 1200],
    ["=ROUND(1250,-2)", 1300],
    ["=ROUND(1.234,1.9)", 1.2],
    ["=ROUND(A1,)", 3],
    ['=ROUND("2.45",1)', 2.5],
    ["=ROUND(0.1+0.2,15)", 0.3],
    ["=ROUND(A2,1)", "#VALUE!"],
    ["=ROUND(1)", "#NAME?"],
    ["=ABS(-3)", 3],
    ['=ABS("-2")', 2],
    ["=ABS(A2)", "#VALUE!"],
    ["=INT(-1.5)", -2],
    ["=INT(1.9)", 1],
    ["=INT(TRUE)", 1],
    ["=MOD(5,3)", 2],
    ["=MOD(-1,3)", 2],
    ["=MOD(1,-3)", -2],
    ["=MOD(-6,3)", 0],
    ["=MOD(5.5,2)", 1.5],
    ["=MOD(5,0)", "#DIV/0!"],
    ["=MOD(#N/A,0)", "#N/A"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test("rounds half away from zero at any number of digits", () => {
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway(-0.5, 0)).toBe(-1);
    expect(roundHalfAway(123.456, 20)).toBe(123.456);
    expect(roundHalfAway(15, -1)).toBe(20);
  });
});
