import {
  formatDocumentDate,
  formatShortDate,
  fromExcelSerial,
  parseVnDate,
  toExcelSerial,
} from "./dates";

const d = (day: number, month: number, year: number) => ({ year, month, day });

describe("dates", () => {
  test.each([
    ["27/5/2021", d(27, 5, 2021)],
    ["27-05-2021", d(27, 5, 2021)],
    ["27.05.2021", d(27, 5, 2021)],
    [" 27 / 5 / 2021 ", d(27, 5, 2021)],
    ["2021-05-27", d(27, 5, 2021)],
    ["ngày 27 tháng 5 năm 2021", d(27, 5, 2021)],
    ["Ngày 05 tháng 02 năm 2026", d(5, 2, 2026)],
    ["27 tháng 5 năm 2021", d(27, 5, 2021)],
    ["29/02/2024", d(29, 2, 2024)],
  ])("parses %p", (text, date) =>
    expect(parseVnDate(text)).toEqual({ ok: true, value: date }),
  );

  test.each([
    ["31/02/2024", /tháng 2 năm 2024 có 29 ngày/],
    ["29/02/2023", /có 28 ngày/],
    ["31/04/2021", /có 30 ngày/],
    ["12/13/2021", /không có tháng 13/],
    ["27/5/21", /năm đủ 4 chữ số/],
    ["hôm qua", /không phải là ngày/],
    ["", /trống/],
  ])("refuses %p", (text, message) => {
    const r = parseVnDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  test("Excel serial numbers, with Excel's fictitious 29/02/1900", () => {
    expect(parseVnDate(44343)).toEqual({ ok: true, value: d(27, 5, 2021) });
    expect(parseVnDate(44343.75)).toEqual({ ok: true, value: d(27, 5, 2021) });
    expect(fromExcelSerial(1)).toEqual({ ok: true, value: d(1, 1, 1900) });
    expect(fromExcelSerial(59)).toEqual({ ok: true, value: d(28, 2, 1900) });
    expect(fromExcelSerial(61)).toEqual({ ok: true, value: d(1, 3, 1900) });
    expect(fromExcelSerial(60).ok).toBe(false);
    expect(fromExcelSerial(0).ok).toBe(false);
    for (const s of [1, 59, 61, 366, 44343, 2958465]) {
      const r = fromExcelSerial(s);
      expect(r.ok && toExcelSerial(r.value)).toBe(s);
    }
  });

  test("Date objects: exceljs's UTC midnight, or the local date of other Dates", () => {
    expect(parseVnDate(new Date(Date.UTC(2021, 4, 27)))).toEqual({
      ok: true,
      value: d(27, 5, 2021),
    });
    expect(parseVnDate(new Date(2021, 4, 27, 15, 30))).toEqual({
      ok: true,
      value: d(27, 5, 2021),
    });
    expect(parseVnDate(new Date("invalid")).ok).toBe(false);
    expect(parseVnDate(null).ok).toBe(false);
    expect(parseVnDate(true).ok).toBe(false);
  });

  test("the document date line of Nghị định 30/2020", () => {
    expect(formatDocumentDate(d(13, 9, 2021), "Giang Biên")).toBe(
      "Giang Biên, ngày 13 tháng 9 năm 2021",
    );
    expect(formatDocumentDate(d(5, 2, 2026))).toBe("ngày 05 tháng 02 năm 2026");
    expect(formatDocumentDate(d(5, 1, 2026))).toBe("ngày 05 tháng 01 năm 2026");
    expect(formatDocumentDate(d(9, 7, 2026))).toBe("ngày 09 tháng 7 năm 2026");
    expect(formatDocumentDate(d(20, 12, 2023), "  Vĩnh Bình Bắc ")).toBe(
      "Vĩnh Bình Bắc, ngày 20 tháng 12 năm 2023",
    );
    expect(formatShortDate(d(12, 1, 2021))).toBe("12/01/2021");
  });
});
