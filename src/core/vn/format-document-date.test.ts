import { formatDocumentDate } from "./format-document-date";

const d = (day: number, month: number, year: number) => ({ year, month, day });

describe("formatDocumentDate (Nghị định 30/2020)", () => {
  test.each([
    [d(13, 9, 2021), "Giang Biên", "Giang Biên, ngày 13 tháng 9 năm 2021"],
    [d(5, 2, 2026), undefined, "ngày 05 tháng 02 năm 2026"],
    [d(5, 1, 2026), null, "ngày 05 tháng 01 năm 2026"],
    [d(9, 7, 2026), "", "ngày 09 tháng 7 năm 2026"],
    [d(10, 3, 2026), "Hà Nội", "Hà Nội, ngày 10 tháng 3 năm 2026"],
    [
      d(20, 12, 2023),
      "  Vĩnh Bình  Bắc, ",
      "Vĩnh Bình Bắc, ngày 20 tháng 12 năm 2023",
    ],
    [
      d(1, 11, 2023),
      "Giang Biên".normalize("NFD"),
      "Giang Biên, ngày 01 tháng 11 năm 2023",
    ],
  ])("%p at %p → %p", (date, place, line) => {
    expect(formatDocumentDate(date, place)).toBe(line);
    expect(formatDocumentDate(date, place).normalize("NFC")).toBe(line);
  });
});
