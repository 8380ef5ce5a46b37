import { formatVnNumber, groupThousands } from "./format-vn-number";

describe("formatVnNumber", () => {
  test("groupThousands", () => {
    expect(groupThousands("1")).toBe("1");
    expect(groupThousands("123")).toBe("123");
    expect(groupThousands("1234")).toBe("1.234");
    expect(groupThousands("1234567")).toBe("1.234.567");
    expect(groupThousands("123456789")).toBe("123.456.789");
  });

  test.each([
    [1234567.89, undefined, "1.234.567,89"],
    [-1000, undefined, "-1.000"],
    [0, undefined, "0"],
    [-0, undefined, "0"],
    [0.1 + 0.2, undefined, "0,3"],
    [1e-7, undefined, "0,0000001"],
    [1.5e-10, undefined, "0,00000000015"],
    [1e21, undefined, "1.000.000.000.000.000.000.000"],
    [-1e21, undefined, "-1.000.000.000.000.000.000.000"],
    [9007199254740991, undefined, "9.007.199.254.740.991"],
    [0.5, 2, "0,50"],
    [-0.001, 2, "0,00"],
    [2.345, 0, "2"],
    [1234.5, 0, "1.235"],
    [18.4, 3, "18,400"],
    [1e21, 1, "1.000.000.000.000.000.000.000,0"],
  ])("%p with %p decimals → %p", (x, decimals, text) =>
    expect(formatVnNumber(x, { decimals })).toBe(text),
  );

  test("trimZeros", () => {
    expect(formatVnNumber(18.4, { decimals: 3, trimZeros: true })).toBe("18,4");
    expect(formatVnNumber(36, { decimals: 2, trimZeros: true })).toBe("36");
  });

  test("non-finite numbers are shown as JavaScript does", () =>
    expect(formatVnNumber(Number.NaN)).toBe("NaN"));
});

describe("formatVnNumber rounds like Excel's ROUND (half away from zero, on the digits shown)", () => {
  test.each([
    [18.45, 1, "18,5"],
    [1.005, 2, "1,01"],
    [-2.5, 0, "-3"],
    [999.95, 1, "1.000,0"],
    [0.049, 1, "0,0"],
    [0.05, 1, "0,1"],
  ])("%p to %p decimals → %p", (x, decimals, text) =>
    expect(formatVnNumber(x, { decimals })).toBe(text),
  );
});
