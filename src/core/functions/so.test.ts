import { DvkFunctionError } from "./dvk-function-error";
import { so } from "./so";

describe("DVK.SO", () => {
  test("text to number, one value or a range", () => {
    expect(so("18,4 triệu")).toBe(18_400_000);
    expect(so(2300)).toBe(2300);
    expect(
      so([
        ["2.300", "1,5 tỷ"],
        ["", "93,8%"],
      ]),
    ).toEqual([
      [2300, 1_500_000_000],
      ["", 0.938],
    ]);
  });
  test("ambiguity and Excel errors are refused with the message", () => {
    expect(() => so("3.28")).toThrow(/Có phải 3\.280\?/);
    expect(() => so("#N/A")).toThrow(/#N\/A/);
    expect(() => so("")).toThrow(expect.objectContaining({ kind: "na" }));
    const [[bad]] = so([["2 tỷ 3"]]) as unknown[][];
    expect(bad).toBeInstanceOf(DvkFunctionError);
  });
});
