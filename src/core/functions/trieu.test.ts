import { trieu } from "./trieu";

describe("DVK.TRIEU", () => {
  test("amounts in triệu đồng", () => {
    expect(trieu(332_400_000)).toBe("332,4 triệu đồng");
    expect(trieu(18_450_000, 2)).toBe("18,45 triệu đồng");
    expect(trieu(18_450_000)).toBe("18,5 triệu đồng");
    expect(trieu(36_000_000, 0)).toBe("36 triệu đồng");
    expect(
      trieu([
        [36_000_000, "250 tr"],
        ["", "1,5 tỷ"],
      ]),
    ).toEqual([
      ["36 triệu đồng", "250 triệu đồng"],
      ["", "1.500 triệu đồng"],
    ]);
  });
  test("refusals", () => {
    expect(() => trieu(1, 11)).toThrow(/từ 0 đến 10/);
    expect(() => trieu("3.28")).toThrow(/3\.280/);
  });
});
