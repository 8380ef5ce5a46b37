import { kiemTra } from "./kiemtra";

describe("DVK.KIEMTRA", () => {
  test.each([
    [61, [3, 40, [[12, 1, 1, 1, 3]]], "Khớp"],
    [65, [3, 40, 18], "Lệch: 65 ≠ 61 (thiếu 4)"],
    [57, [3, 40, 18], "Lệch: 57 ≠ 61 (thừa 4)"],
    [
      "332,4 triệu",
      [[[36_000_000], ["18.400.000"], [250_000_000], [28_000_001]]],
      "Lệch: 332.400.000 ≠ 332.400.001 (thừa 1)",
    ],
    [0.3, [0.1, 0.2], "Khớp"],
    [1, [0.25, 0.5], "Lệch: 1 ≠ 0,75 (thiếu 0,25)"],
    [[[38]], [[[37]], [[1]]], "Khớp"],
  ])("%p vs %p → %p", (total, parts, text) =>
    expect(kiemTra(total, parts)).toBe(text),
  );

  test("refusals", () => {
    expect(() => kiemTra(null, [1])).toThrow(
      expect.objectContaining({
        kind: "na",
        message: "Chưa có tổng cần kiểm tra.",
      }),
    );
    expect(() => kiemTra("abc", [1])).toThrow(/^Tổng: /);
    expect(() => kiemTra(1, [[["3.28"]]])).toThrow(/^Ô thứ 1/);
  });
});
