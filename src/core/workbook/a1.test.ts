import {
  blockAt,
  cellAddress,
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  rangeAddress,
} from "./a1";

describe("A1 addresses", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (i, s) => {
    expect(columnLetters(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });

  test("cells and ranges parse and print", () => {
    expect(parseCell("$C$7")).toEqual({ row: 6, col: 2 });
    expect(cellAddress(6, 2)).toBe("C7");
    expect(parseRange("'Sổ tài trợ'!B3:A1")).toEqual({
      top: 0,
      left: 0,
      bottom: 2,
      right: 1,
    });
    expect(rangeAddress(parseRange("D4"))).toBe("D4");
    expect(rangeAddress(blockAt("B2", 3, 4))).toBe("B2:E4");
  });

  test("bad addresses are rejected", () => {
    expect(() => parseCell("7C")).toThrow(RangeError);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });
});
