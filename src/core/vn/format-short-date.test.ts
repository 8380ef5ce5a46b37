import { formatShortDate } from "./format-short-date";

test("formatShortDate writes dd/mm/yyyy", () => {
  expect(formatShortDate({ year: 2021, month: 1, day: 12 })).toBe("12/01/2021");
  expect(formatShortDate({ year: 2023, month: 12, day: 5 })).toBe("05/12/2023");
});
