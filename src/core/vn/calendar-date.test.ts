import { daysInMonth, isLeapYear, makeDate } from "./calendar-date";

describe("calendar dates", () => {
  test("leap years and month lengths", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  test("makeDate refuses impossible dates in Vietnamese", () => {
    expect(makeDate(2021, 5, 27)).toEqual({
      ok: true,
      value: { year: 2021, month: 5, day: 27 },
    });
    expect(makeDate(2024, 2, 31)).toMatchObject({
      ok: false,
      error: {
        code: "impossibleDate",
        message:
          "Ngày “31/02/2024” không tồn tại: tháng 2 năm 2024 có 29 ngày.",
      },
    });
    expect(makeDate(2021, 13, 1)).toMatchObject({
      ok: false,
      error: { message: "Ngày “01/13/2021” không tồn tại: không có tháng 13." },
    });
    expect(makeDate(1899, 12, 31)).toMatchObject({
      ok: false,
      error: { code: "invalidDate" },
    });
    expect(makeDate(2021, 4, 31, "31-4-2021")).toMatchObject({
      ok: false,
      error: {
        message: "Ngày “31-4-2021” không tồn tại: tháng 4 năm 2021 có 30 ngày.",
      },
    });
  });
});
