import {
  decimalsArg,
  isBlank,
  isMatrix,
  mapCells,
  scalarArg,
  textArg,
} from "./args";
import { DvkFunctionError } from "./dvk-function-error";

describe("arguments as Excel passes them", () => {
  test("ranges, blanks, scalars", () => {
    expect(isMatrix([[1]])).toBe(true);
    expect(isMatrix([])).toBe(true);
    expect(isMatrix([1])).toBe(false);
    expect(isMatrix("a")).toBe(false);
    expect([null, undefined, "", "  ", 0, "0", false].map(isBlank)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(scalarArg([[5]])).toBe(5);
    expect(scalarArg([[5, 6]])).toEqual([[5, 6]]);
    expect(textArg(null)).toBe("");
    expect(textArg([["Giang Biên".normalize("NFD")]])).toBe("Giang Biên");
    expect(textArg(24)).toBe("24");
  });

  test("mapCells: per-cell errors, blanks stay blank, other exceptions propagate", () => {
    const f = (x: unknown) => {
      if (x === "bad") throw new DvkFunctionError("không đọc được");
      if (x === "bug") throw new TypeError("bug");
      return Number(x) * 2;
    };
    const r = mapCells(
      [
        [1, ""],
        ["bad", null],
      ],
      f,
    ) as unknown[][];
    expect(r[0]).toEqual([2, ""]);
    expect(r[1][0]).toBeInstanceOf(DvkFunctionError);
    expect(r[1][1]).toBe("");
    expect(mapCells(3, f)).toBe(6);
    expect(() => mapCells("bad", f)).toThrow(DvkFunctionError);
    expect(() => mapCells([["bug"]], f)).toThrow(TypeError);
  });

  test("decimalsArg", () => {
    expect(decimalsArg(null, 1)).toBe(1);
    expect(decimalsArg("", 1)).toBe(1);
    expect(decimalsArg(2, 1)).toBe(2);
    expect(decimalsArg([["3"]], 1)).toBe(3);
    for (const bad of [-1, 11, 1.5, "abc", true])
      expect(() => decimalsArg(bad, 1)).toThrow(
        "Số chữ số thập phân phải là số nguyên từ 0 đến 10.",
      );
  });
});
