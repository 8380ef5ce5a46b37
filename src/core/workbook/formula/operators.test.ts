import { TestWorkbook } from "./test-workbook";

/** A1 1, A2 2, A3 "3" (text), B1 "18,4 triệu", C1 #N/A; Z99 and beyond are blank. */
const wb = new TestWorkbook({
  S: { A1: 1, A2: 2, A3: "3", B1: "18,4 triệu", C1: "#N/A" },
});
const ev = (f: string) => wb.evaluate(f, "S");

describe("operators", () => {
  test.each([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=2-1-1", 0],
    ["=8/2/2", 2],
    ["=2^3^2", 64],
    ["=-2^2", 4],
    ["=-(2^2)", -4],
    ["=2^-1", 0.5],
    ["=2*-3", -6],
    ["=--3", 3],
    ["=50%", 0.5],
    ["=10*50%", 5],
    ["=200%%", 0.02],
    ['=1+2&"x"', "3x"],
    ['="a"&1+2', "a3"],
    ["=1+2=3", true],
    ["=1&2=12", false],
    ['=1&2="12"', true],
    ["=2*3>5", true],
  ])("%s gives %p (Excel precedence)", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test.each([
    ['=" 12 "+1', 13],
    ['="1.5E1"*2', 30],
    ["=A3*2", 6],
    ["=-A3", -3],
    ["=TRUE+TRUE", 2],
    ["=FALSE*5", 0],
    ['="18,4 triệu"+0', "#VALUE!"],
    ["=B1*1", "#VALUE!"],
    ['="1.668.000"*1', "#VALUE!"],
    ['=""+1', "#VALUE!"],
    ['=-"x"', "#VALUE!"],
    ['="x"%', "#VALUE!"],
  ])("%s coerces text and booleans to %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test("unary plus changes nothing, as in Excel", () => {
    expect(ev('=+"abc"')).toBe("abc");
    expect(ev("=+A3")).toBe("3");
  });

  test.each([
    ["=Z99+1", 1],
    ['=Z99&"x"', "x"],
    ['=Z99=""', true],
    ["=Z99=0", true],
    ["=Z99=FALSE", true],
    ["=Z99<1", true],
    ["=Z99=Z100", true],
    ['=Z99="a"', false],
    ["=Z99", 0],
  ])('a blank cell is 0, "" or FALSE by context: %s gives %p', (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test.each([
    ['=1<"a"', true],
    ['="a"<TRUE', true],
    ["=99999>FALSE", false],
    ['="abc"="ABC"', true],
    ['="a"<"B"', true],
    ["=2>10", false],
    ['="2">"10"', true],
    ["=TRUE>FALSE", true],
    ['="đ"="Đ"', true],
    ['="a"="á"', false],
    ['="a"<>"b"', true],
    ["=1<=1", true],
    ["=1>=2", false],
    ["=0.1+0.2=0.3", true],
    ["=A3=3", false],
  ])("compares: %s is %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test.each([
    ['=1.5&""', "1.5"],
    ['=3&""', "3"],
    ['=TRUE&""', "TRUE"],
    ['=0.1+0.2&""', "0.3"],
    ['=-2.50&"đ"', "-2.5đ"],
    ['="a ""b"""&"c"', 'a "b"c'],
  ])("joins: %s gives %j", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test.each([
    ["=1/0", "#DIV/0!"],
    ["=1/Z99", "#DIV/0!"],
    ["=0^0", "#NUM!"],
    ["=0^-1", "#DIV/0!"],
    ["=(-8)^(1/3)", "#NUM!"],
    ["=1E308*10", "#NUM!"],
    ["=1/0+#N/A", "#DIV/0!"],
    ["=#N/A+1/0", "#N/A"],
    ['=#N/A&"x"', "#N/A"],
    ["=C1+1", "#N/A"],
    ["=C1=C1", "#N/A"],
    ["=-#REF!", "#REF!"],
    ["=#NULL!", "#NULL!"],
  ])("errors: %s gives %s", (f, v) => {
    expect(ev(f)).toBe(v);
  });

  test("a range where one value is expected is #VALUE!, a one-cell range is its cell", () => {
    expect(ev("=A1:A2+1")).toBe("#VALUE!");
    expect(ev("=A1:A2")).toBe("#VALUE!");
    expect(ev('=A1:A2&""')).toBe("#VALUE!");
    expect(ev("=A2:A2+1")).toBe(3);
    expect(ev("=A:A")).toBe("#VALUE!");
  });
});
