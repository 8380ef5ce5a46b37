import fc from "fast-check";
import { fromExcelSerial, toExcelSerial } from "./excel-serial";

const d = (day: number, month: number, year: number) => ({ year, month, day });

describe("Excel serial numbers", () => {
  test.each([
    [1, d(1, 1, 1900)],
    [59, d(28, 2, 1900)],
    [61, d(1, 3, 1900)],
    [366, d(31, 12, 1900)],
    [25569, d(1, 1, 1970)],
    [44343, d(27, 5, 2021)],
    [44452, d(13, 9, 2021)],
    [46058, d(5, 2, 2026)],
    [2958465, d(31, 12, 9999)],
  ])("serial %p is %p and back", (serial, date) => {
    expect(fromExcelSerial(serial)).toEqual({ ok: true, value: date });
    expect(toExcelSerial(date)).toBe(serial);
  });

  test("the time of day is ignored", () =>
    expect(fromExcelSerial(44343.99)).toEqual({
      ok: true,
      value: d(27, 5, 2021),
    }));

  test("Excel's fictitious 29/02/1900 and serials out of range are refused", () => {
    expect(fromExcelSerial(60)).toMatchObject({
      ok: false,
      error: {
        code: "impossibleDate",
        message: expect.stringMatching(/29\/02\/1900/),
      },
    });
    for (const s of [0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])
      expect(fromExcelSerial(s).ok).toBe(false);
  });

  test("agrees with JavaScript's UTC calendar on every serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const r = fromExcelSerial(serial);
        const js = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        return (
          r.ok &&
          r.value.year === js.getUTCFullYear() &&
          r.value.month === js.getUTCMonth() + 1 &&
          r.value.day === js.getUTCDate() &&
          toExcelSerial(r.value) === serial
        );
      }),
      { numRuns: 5000 },
    );
  });
});
