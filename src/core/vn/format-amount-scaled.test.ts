import { formatAmountScaled } from "./format-amount-scaled";

describe("formatAmountScaled", () => {
  test.each([
    [332_400_000, {}, "332,4 triệu đồng"],
    [36_000_000, {}, "36 triệu đồng"],
    [-332_400_000, {}, "-332,4 triệu đồng"],
    [1_500_000_000, { unit: "" }, "1,5 tỷ"],
    [999_999_999, {}, "1 tỷ đồng"],
    [999_940_000, {}, "999,9 triệu đồng"],
    [750_000, {}, "750.000 đồng"],
    [0, {}, "0 đồng"],
    [18_400_000, { scale: "triệu", decimals: 2 }, "18,4 triệu đồng"],
    [18_450_000, { scale: "triệu", decimals: 1 }, "18,5 triệu đồng"],
    [
      18_450_000,
      { scale: "triệu", decimals: 2, trimZeros: false },
      "18,45 triệu đồng",
    ],
    [
      36_000_000,
      { scale: "triệu", decimals: 1, trimZeros: false },
      "36,0 triệu đồng",
    ],
    [332_400_000, { scale: "tỷ", decimals: 3 }, "0,332 tỷ đồng"],
    [500_000, { scale: "nghìn" }, "500 nghìn đồng"],
    [2_624_000, { scale: "" }, "2.624.000 đồng"],
    [1_234_567_890_123, {}, "1.234,6 tỷ đồng"],
  ] as const)("%p %p → %p", (x, options, text) =>
    expect(formatAmountScaled(x, options)).toBe(text),
  );
});
