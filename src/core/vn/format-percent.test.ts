import { formatPercent } from "./format-percent";

describe("formatPercent", () => {
  test.each([
    [61, 65, 1, "93,8%"],
    [37, 38, 1, "97,4%"],
    [1, 3, 2, "33,33%"],
    [1, 2, 0, "50%"],
    [1, 2, 1, "50,0%"],
    [2, 3, 0, "67%"],
    [-1, 8, 1, "-12,5%"],
    [1668, 1668, 1, "100,0%"],
  ])("%p / %p (%p decimals) → %p", (part, total, decimals, text) =>
    expect(formatPercent(part, total, decimals)).toEqual({ ok: true, text }),
  );

  test("refusals", () => {
    expect(formatPercent(1, 0)).toMatchObject({
      ok: false,
      error: { message: "Không tính được tỷ lệ khi tổng bằng 0." },
    });
    expect(formatPercent(Number.NaN, 1).ok).toBe(false);
  });
});
