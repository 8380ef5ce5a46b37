import { tong } from "./tong";

describe("DVK.TONG", () => {
  test("ranges of numbers and texts, blanks ignored", () => {
    expect(
      tong([
        [
          [1, "2.300", null, ""],
          ["18,4 triệu", 0.5, "  ", 4],
        ],
      ]),
    ).toBe(18_402_305.5);
    expect(tong(["1.000", 2, "3,5"])).toBe(1005.5);
    expect(tong([[[0.1], [0.2]]])).toBe(0.3);
    expect(tong([])).toBe(0);
    expect(tong([[[""]]])).toBe(0);
  });
  test("the first unreadable value is named by its place", () => {
    expect(() =>
      tong([
        [
          [1, 2],
          [3, "3.28"],
        ],
        [["abc"]],
      ]),
    ).toThrow(/^Ô thứ 4 \(dòng 2, cột 2\) của vùng 1: “3\.28” không rõ nghĩa/);
    expect(() => tong([[[1], [2], ["3.28"]]])).toThrow(
      /^Ô thứ 3 \(dòng 3, cột 1\) của vùng 1: /,
    );
    expect(() => tong([[[1]], [["x"]]])).toThrow(
      /^Ô thứ 1 \(dòng 1, cột 1\) của vùng 2: “x” không phải là số\.$/,
    );
    expect(() => tong([1, true])).toThrow(
      "Đối số 2: Giá trị TRUE không phải là số.",
    );
    expect(() => tong([[[Number.NaN]]])).toThrow(/NaN/);
  });
  test("100,000 cells", () => {
    const range = Array.from({ length: 100_000 }, (_, i) => [
      i % 2 ? i : "1.000",
    ]);
    expect(tong([range])).toBe(2_500_000_000 + 50_000_000);
  });
});
