import { interpretTyped, splitPastedText } from "./typed-input";

describe("interpretTyped: what Excel (vi-VN) stores for typed text", () => {
  test.each([
    ["1.668", { value: 1668 }],
    ["03", { value: 3 }],
    [" 1", { value: 1 }],
    ["18,4", { value: 18.4 }],
    ["-2.300,5", { value: -2300.5 }],
    ["(1.000)", { value: -1000 }],
    ["0", { value: 0 }],
    ["TRUE", { value: true }],
    ["false", { value: false }],
  ])("%j is a number or a boolean", (text, cell) => {
    expect(interpretTyped(text)).toEqual(cell);
  });

  test.each([
    "18,4 triệu",
    "3.28",
    "148/5 lớp",
    "1.2.3",
    "12,3,4",
    "Giáo viên",
    "(-5)",
    "1.000đ",
  ])("%j stays text, as Excel leaves it", (text) => {
    expect(interpretTyped(text)).toEqual({ value: text });
  });

  test("percentages get a percent format unless the cell has one", () => {
    expect(interpretTyped("93,8%")).toEqual({
      value: 0.938,
      numberFormat: "0.0%",
    });
    expect(interpretTyped("50%")).toEqual({ value: 0.5, numberFormat: "0%" });
    expect(interpretTyped("50%", "0.00%")).toEqual({
      value: 0.5,
      numberFormat: undefined,
    });
  });

  test("dd/mm/yyyy dates become serial numbers with a date format; impossible dates stay text", () => {
    expect(interpretTyped("15/02/2023")).toEqual({
      value: 44972,
      numberFormat: "dd/mm/yyyy",
    });
    expect(interpretTyped("5-9-2021", "dd/mm/yyyy")).toEqual({
      value: 44444,
      numberFormat: undefined,
    });
    expect(interpretTyped("31/02/2023")).toEqual({ value: "31/02/2023" });
  });

  test("a text-formatted cell keeps everything as typed: leading zeros, formulas, spaces", () => {
    for (const t of ["0292 3821 888", "=SUM(A1)", "001", " 1"])
      expect(interpretTyped(t, "@")).toEqual({ value: t });
  });

  test("a leading apostrophe makes text; '=' makes a formula; empty clears", () => {
    expect(interpretTyped("'0123")).toEqual({
      value: "0123",
      numberFormat: "@",
    });
    expect(interpretTyped("=SUM(B4:B16)")).toEqual({ formula: "=SUM(B4:B16)" });
    expect(interpretTyped("=")).toEqual({ value: "=" });
    expect(interpretTyped("")).toEqual({ value: null });
  });
});

describe("splitPastedText: a block copied from Excel or Word", () => {
  test("tabs split cells, CRLF or LF split rows, the last line break is dropped", () => {
    expect(splitPastedText("BGH\t3\r\nGV\t40\r\n")).toEqual([
      ["BGH", "3"],
      ["GV", "40"],
    ]);
    expect(splitPastedText("a\t\tc\nd")).toEqual([["a", "", "c"], ["d"]]);
  });

  test("quoted cells hold line breaks, tabs and doubled quotes", () => {
    expect(splitPastedText('"Mô hình\n“Khéo” ""A"""\t2\n')).toEqual([
      ['Mô hình\n“Khéo” "A"', "2"],
    ]);
  });

  test("a quote inside a cell is plain text", () => {
    expect(splitPastedText('Trường "A" tốt\t1')).toEqual([
      ['Trường "A" tốt', "1"],
    ]);
    expect(splitPastedText('"abc" def\t1')).toEqual([['"abc" def', "1"]]);
  });

  test("a single value", () => {
    expect(splitPastedText("65")).toEqual([["65"]]);
  });
});
