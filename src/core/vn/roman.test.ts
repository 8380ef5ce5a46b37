import { toRoman } from "./roman";

test("Roman numerals of section numbers; digits outside 1–3999", () => {
  expect(
    [1, 2, 3, 4, 5, 6, 7, 9, 14, 40, 90, 400, 1994, 3999].map(toRoman),
  ).toEqual([
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "IX",
    "XIV",
    "XL",
    "XC",
    "CD",
    "MCMXCIV",
    "MMMCMXCIX",
  ]);
  expect([0, -1, 4000, 1.5].map(toRoman)).toEqual(["0", "-1", "4000", "1.5"]);
});
