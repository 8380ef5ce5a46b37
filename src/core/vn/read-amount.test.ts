import {
  isDigitAt,
  isSpaceCode,
  readAmount,
  skipSpaces,
  trimSpaces,
} from "./read-amount";

describe("one amount of a written number", () => {
  test("readAmount reads digits, scale, currency or unit, and says where it ends", () => {
    expect(readAmount("18,4 triệu đồng", 0, true)).toEqual({
      ok: true,
      parts: {
        negative: false,
        int: "18",
        frac: "4",
        exponent: 6,
        unit: "đồng",
      },
      next: 15,
    });
    expect(readAmount("1 tỷ 200 triệu", 5, false)).toEqual({
      ok: true,
      parts: { negative: false, int: "200", frac: "", exponent: 6, unit: null },
      next: 14,
    });
    expect(readAmount("(1.000) đ chẵn", 0, true)).toMatchObject({
      ok: true,
      parts: { negative: true, int: "1000", unit: "đồng" },
      next: 14,
    });
    expect(readAmount("-5", 0, false)).toMatchObject({
      ok: false,
      error: { code: "notANumber" },
    });
  });
  test("spaces of cells", () => {
    expect(
      [" ", "\t", "\u00a0", "\u202f", "\u2009", "\u2007", "\n"].every((s) =>
        isSpaceCode(s.charCodeAt(0)),
      ),
    ).toBe(true);
    expect(isSpaceCode(65)).toBe(false);
    expect(trimSpaces("\u00a0 2.300\u202f ")).toBe("2.300");
    expect(trimSpaces(" \u00a0 ")).toBe("");
    expect(skipSpaces("a \u00a0b", 1)).toBe(3);
    expect(isDigitAt("a1", 1)).toBe(true);
    expect(isDigitAt("a1", 2)).toBe(false);
  });
});
