import { ngayVb } from "./ngayvb";

describe("DVK.NGAYVB", () => {
  test("Excel dates, text dates, ranges", () => {
    expect(ngayVb("13/9/2021", "Giang Biên")).toBe(
      "Giang Biên, ngày 13 tháng 9 năm 2021",
    );
    expect(ngayVb(44452, "Giang Biên")).toBe(
      "Giang Biên, ngày 13 tháng 9 năm 2021",
    );
    expect(ngayVb(46058)).toBe("ngày 05 tháng 02 năm 2026");
    expect(ngayVb([[46058], [""]], [["Hà Nội"]])).toEqual([
      ["Hà Nội, ngày 05 tháng 02 năm 2026"],
      [""],
    ]);
  });
  test("impossible dates are refused", () => {
    expect(() => ngayVb("31/02/2024")).toThrow(/tháng 2 năm 2024 có 29 ngày/);
    expect(() => ngayVb(60)).toThrow(/29\/02\/1900/);
  });
});
