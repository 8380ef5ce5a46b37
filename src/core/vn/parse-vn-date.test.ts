import { parseVnDate } from "./parse-vn-date";

const d = (day: number, month: number, year: number) => ({ year, month, day });

describe("parseVnDate", () => {
  test.each([
    ["27/5/2021", d(27, 5, 2021)],
    ["27-05-2021", d(27, 5, 2021)],
    ["27.05.2021", d(27, 5, 2021)],
    [" 27 / 5 / 2021 ", d(27, 5, 2021)],
    ["27/05/2021 10:30", d(27, 5, 2021)],
    ["ngày 5/5/2021", d(5, 5, 2021)],
    ["2021-05-27", d(27, 5, 2021)],
    ["2021-5-7", d(7, 5, 2021)],
    ["2021-05-27T23:30:00Z", d(27, 5, 2021)],
    ["2021-05-27T06:00:00+07:00", d(27, 5, 2021)],
    ["ngày 27 tháng 5 năm 2021", d(27, 5, 2021)],
    ["Ngày 05 tháng 02 năm 2026", d(5, 2, 2026)],
    ["27 tháng 5 năm 2021", d(27, 5, 2021)],
    ["Giang Biên, ngày 13 tháng 9 năm 2021", d(13, 9, 2021)],
    ["Vĩnh Bình Bắc,\u00a0ngày 20 tháng 12 năm 2023", d(20, 12, 2023)],
    ["ngày 27 tháng 5 năm 2021".normalize("NFD"), d(27, 5, 2021)],
    ["29/02/2024", d(29, 2, 2024)],
  ])("parses %p", (text, date) =>
    expect(parseVnDate(text)).toEqual({ ok: true, value: date }),
  );

  test.each([
    ["31/02/2024", "impossibleDate", /tháng 2 năm 2024 có 29 ngày/],
    ["29/02/2023", "impossibleDate", /có 28 ngày/],
    ["31/04/2021", "impossibleDate", /có 30 ngày/],
    ["12/13/2021", "impossibleDate", /không có tháng 13/],
    ["2021-02-29", "impossibleDate", /có 28 ngày/],
    ["27/5/21", "invalidDate", /năm đủ 4 chữ số \(ví dụ 27\/5\/2021\)/],
    ["1/1/1899", "invalidDate", /từ 1900/],
    ["27/5-2021", "invalidDate", /không phải là ngày/],
    ["hôm qua", "invalidDate", /không phải là ngày/],
    ["44343", "invalidDate", /số ngày của Excel/],
    ["", "empty", /trống/],
    [null, "empty", /trống/],
    [true, "invalidDate", /không phải là ngày/],
    [60, "impossibleDate", /29\/02\/1900/],
    [new Date("invalid"), "invalidDate", /không hợp lệ/],
  ])("refuses %p", (input, code, message) => {
    const r = parseVnDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
  });

  test("Excel serial numbers and Date objects, without time zone drift", () => {
    expect(parseVnDate(44343)).toEqual({ ok: true, value: d(27, 5, 2021) });
    expect(parseVnDate(44343.75)).toEqual({ ok: true, value: d(27, 5, 2021) });
    expect(parseVnDate(new Date(Date.UTC(2021, 4, 27)))).toEqual({
      ok: true,
      value: d(27, 5, 2021),
    });
    expect(parseVnDate(new Date(2021, 4, 27, 15, 30))).toEqual({
      ok: true,
      value: d(27, 5, 2021),
    });
    expect(parseVnDate(new Date(2021, 4, 27))).toEqual({
      ok: true,
      value: d(27, 5, 2021),
    });
  });
});
