/* The Excel wrappers with a stand-in CustomFunctions global, as in the Excel runtime. */
class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

import * as fns from "./functions";

describe("custom function wrappers", () => {
  test("matrix functions return matrices, spilling ranges", () => {
    expect(fns.docSoFn([[332_400_000]])).toEqual([
      ["Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"],
    ]);
    expect(fns.docSoFn([[1], [2]], "", undefined)).toEqual([["một"], ["hai"]]);
    expect(fns.soFn([["18,4 triệu", "2.300"]])).toEqual([[18_400_000, 2300]]);
    expect(fns.trieuFn([[332_400_000]])).toEqual([["332,4 triệu đồng"]]);
    expect(fns.ngayVbFn([[44452]], "Giang Biên")).toEqual([
      ["Giang Biên, ngày 13 tháng 9 năm 2021"],
    ]);
    expect(fns.chuanFn([["C«ng ®oµn"]])).toEqual([["Công đoàn"]]);
  });

  test("errors become #VALUE! with the Vietnamese message, per cell in a range", () => {
    const [[bad]] = fns.soFn([["3.28"]]);
    expect(bad).toBeInstanceOf(FakeError);
    expect(bad).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Có phải 3\.280\?/),
    });
    let thrown: unknown;
    try {
      fns.tongFn([[[1, "abc"]]]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({
      code: "#VALUE!",
      message: "Ô dòng 1, cột 2 của vùng 1: “abc” không phải là số.",
    });
  });

  test("scalar functions", () => {
    expect(fns.tongFn([[[1, "2.300"]], [["3,5"]]])).toBe(2304.5);
    expect(fns.kiemTraFn(65, [[[3]], [[40]], [[18]]])).toBe(
      "Lệch: 65 ≠ 61 (thiếu 4)",
    );
    expect(fns.tyLeFn(61, 65)).toBe("93,8%");
    expect(
      fns.vanBanFn(
        "Kế hoạch",
        24,
        "KH/ĐU",
        "12/01/2021",
        "Đảng ủy phường Giang Biên",
      ),
    ).toBe(
      "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên",
    );
  });
});
