import {
  formatAmountScaled,
  formatPercent,
  formatVnNumber,
  groupThousands,
} from "./format-number";

describe("formatting numbers the Vietnamese way", () => {
  test("thousands '.', decimals ','", () => {
    expect(groupThousands("1234567")).toBe("1.234.567");
    expect(formatVnNumber(1234567.89)).toBe("1.234.567,89");
    expect(formatVnNumber(-1000)).toBe("-1.000");
    expect(formatVnNumber(0.5, { decimals: 2 })).toBe("0,50");
    expect(formatVnNumber(-0.001, { decimals: 2 })).toBe("0,00");
    expect(formatVnNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
  });
  test("amounts with a scale", () => {
    expect(formatAmountScaled(332_400_000)).toBe("332,4 triệu đồng");
    expect(formatAmountScaled(36_000_000)).toBe("36 triệu đồng");
    expect(formatAmountScaled(1_500_000_000, { unit: "" })).toBe("1,5 tỷ");
    expect(
      formatAmountScaled(18_400_000, { scale: "triệu", decimals: 2 }),
    ).toBe("18,4 triệu đồng");
    expect(formatAmountScaled(750_000)).toBe("750.000 đồng");
    expect(formatAmountScaled(332_400_000, { scale: "tỷ", decimals: 3 })).toBe(
      "0,332 tỷ đồng",
    );
  });
  test("percentages", () => {
    expect(formatPercent(61, 65)).toEqual({ ok: true, text: "93,8%" });
    expect(formatPercent(1, 3, 2)).toEqual({ ok: true, text: "33,33%" });
    expect(formatPercent(1, 0).ok).toBe(false);
  });
});
