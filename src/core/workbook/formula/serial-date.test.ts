import fc from "fast-check";
import { fromExcelSerial, toExcelSerial } from "../../vn/excel-serial";
import { dateSerial, MAX_SERIAL, serialDate } from "./serial-date";

describe("Excel date serials", () => {
  test.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [1900, 1, 0, 0],
    [2021, 1, 12, 44208],
    [2021, 9, 1, 44440],
    [2021, 13, 1, 44562],
    [2021, 1, 0, 44196],
    [2021, 0, 1, 44166],
    [2021, 2, 29, 44256],
    [2020, 2, 29, 43890],
    [2021, 25, 1, 44927],
    [9999, 12, 31, MAX_SERIAL],
  ])("%i-%i-%i is serial %i", (y, m, d, serial) => {
    expect(dateSerial(y, m, d)).toBe(serial);
  });

  test("counts days linearly through Excel's 29/02/1900", () => {
    expect(dateSerial(1900, 2, 30)).toBe(61);
    expect(dateSerial(1900, 3, 0)).toBe(60);
    expect(dateSerial(1900, 1, 100)).toBe(100);
    expect(dateSerial(1900, 0, 31)).toBe(0);
  });

  test("refuses dates outside 1900-01-00 … 9999-12-31", () => {
    expect(dateSerial(1900, 1, -1)).toBeUndefined();
    expect(dateSerial(1899, 12, 30)).toBeUndefined();
    expect(dateSerial(10000, 1, 1)).toBeUndefined();
    expect(dateSerial(9999, 12, 32)).toBeUndefined();
    expect(dateSerial(1900, -30000, 1)).toBeUndefined();
  });

  test("reads serials back, with Excel's 0 and 60", () => {
    expect(serialDate(0)).toEqual({ year: 1900, month: 1, day: 0 });
    expect(serialDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialDate(44208.75)).toEqual({ year: 2021, month: 1, day: 12 });
    expect(serialDate(-1)).toBeUndefined();
    expect(serialDate(MAX_SERIAL + 1)).toBeUndefined();
    expect(serialDate(NaN)).toBeUndefined();
  });

  test("agrees with the add-in's own serial conversion on every real date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (serial) => {
        fc.pre(serial !== 60);
        const d = fromExcelSerial(serial);
        if (!d.ok) throw new Error(`serial ${serial}`);
        expect(serialDate(serial)).toEqual(d.value);
        expect(dateSerial(d.value.year, d.value.month, d.value.day)).toBe(
          toExcelSerial(d.value),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
