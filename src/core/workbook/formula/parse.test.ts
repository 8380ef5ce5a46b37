import { MAX_ROW } from "./ast";
import { parseFormula } from "./parse";
import { FormulaSyntaxError } from "./tokenize";

const ref = (
  top: number,
  left: number,
  bottom = top,
  right = left,
  sheet: string | null = null,
) => ({ type: "ref", sheet, top, left, bottom, right });

describe("parseFormula", () => {
  test.each([
    ["=B4", ref(3, 1)],
    ["=$B$4", ref(3, 1)],
    ["=b4", ref(3, 1)],
    ["=B4:B16", ref(3, 1, 15, 1)],
    ["=$B16:B$4", ref(3, 1, 15, 1)],
    ["=$K:$K", ref(0, 10, MAX_ROW, 10)],
    ["=K:K", ref(0, 10, MAX_ROW, 10)],
    ["=C:A", ref(0, 0, MAX_ROW, 2)],
    ["=XFD1048576", ref(MAX_ROW, 16383)],
    ["='Sổ tài trợ'!$K:$K", ref(0, 10, MAX_ROW, 10, "Sổ tài trợ")],
    ["='It''s'!A1", ref(0, 0, 0, 0, "It's")],
    ["=Sheet1!A1:B2", ref(0, 0, 1, 1, "Sheet1")],
    ["=Data_2.x!C3", ref(2, 2, 2, 2, "Data_2.x")],
    ["=Trống!A1", ref(0, 0, 0, 0, "Trống")],
  ])("reads the reference %s", (text, node) => {
    expect(parseFormula(text)).toEqual(node);
  });

  test.each([
    ["=12", 12],
    ["=1.5", 1.5],
    ["=.5", 0.5],
    ["=1E3", 1000],
    ["=2.5e-1", 0.25],
  ])("reads the number %s", (text, value) => {
    expect(parseFormula(text)).toEqual({ type: "number", value });
  });

  test("reads strings with doubled quotes, booleans and error literals", () => {
    expect(parseFormula('="a ""quoted"" b"')).toEqual({
      type: "string",
      value: 'a "quoted" b',
    });
    expect(parseFormula('=""')).toEqual({ type: "string", value: "" });
    expect(parseFormula("=true")).toEqual({ type: "boolean", value: true });
    expect(parseFormula("=FALSE")).toEqual({ type: "boolean", value: false });
    expect(parseFormula("=#n/a")).toEqual({ type: "error", code: "#N/A" });
    expect(parseFormula("=#DIV/0!")).toEqual({
      type: "error",
      code: "#DIV/0!",
    });
  });

  test("gives multiplication precedence over addition, left to right", () => {
    expect(parseFormula("=1+2*3-4")).toEqual({
      type: "binary",
      op: "-",
      left: {
        type: "binary",
        op: "+",
        left: { type: "number", value: 1 },
        right: {
          type: "binary",
          op: "*",
          left: { type: "number", value: 2 },
          right: { type: "number", value: 3 },
        },
      },
      right: { type: "number", value: 4 },
    });
  });

  test("binds negation tighter than ^, and % after its operand", () => {
    expect(parseFormula("=-2^2")).toMatchObject({
      type: "binary",
      op: "^",
      left: { type: "unary", op: "-" },
    });
    expect(parseFormula("=5%")).toEqual({
      type: "percent",
      operand: { type: "number", value: 5 },
    });
  });

  test("reads calls with empty and missing arguments", () => {
    expect(parseFormula("=IF(A1,,1)")).toEqual({
      type: "call",
      name: "IF",
      args: [ref(0, 0), { type: "missing" }, { type: "number", value: 1 }],
    });
    expect(parseFormula("=NOW()")).toEqual({
      type: "call",
      name: "NOW",
      args: [],
    });
    expect(parseFormula("=F(,)")).toEqual({
      type: "call",
      name: "F",
      args: [{ type: "missing" }, { type: "missing" }],
    });
  });

  test("upper-cases function names and drops the _xlfn. prefix", () => {
    expect(parseFormula("=_xlfn.sumifs(A:A,B:B,1)")).toMatchObject({
      type: "call",
      name: "SUMIFS",
    });
  });

  test("tells functions and names from references", () => {
    expect(parseFormula("=LOG10(1)")).toMatchObject({
      type: "call",
      name: "LOG10",
    });
    expect(parseFormula("=foo")).toEqual({ type: "name", name: "foo" });
    expect(parseFormula("=A0")).toEqual({ type: "name", name: "A0" });
    expect(parseFormula("=XFE1")).toEqual({ type: "name", name: "XFE1" });
    expect(parseFormula("=A1048577")).toEqual({
      type: "name",
      name: "A1048577",
    });
    expect(parseFormula("=A1B")).toEqual({ type: "name", name: "A1B" });
  });

  test("allows spaces and line breaks around tokens, and no leading =", () => {
    expect(parseFormula("= SUM( A1 ,\n 2 )")).toEqual({
      type: "call",
      name: "SUM",
      args: [ref(0, 0), { type: "number", value: 2 }],
    });
    expect(parseFormula("1+1")).toMatchObject({ type: "binary", op: "+" });
  });

  test.each([
    "=",
    "=1+",
    "=(1",
    "=1)",
    "=SUM(1",
    "=SUM(1;2)",
    "=1 2",
    '="abc',
    "=A1:",
    "='Sheet'!",
    "=Sheet1!foo",
    "='unclosed!A1",
    "={1,2}",
    "=1,2",
    "=@A1",
    "=1:3",
  ])("refuses the malformed formula %s", (text) => {
    expect(() => parseFormula(text)).toThrow(FormulaSyntaxError);
  });
});
