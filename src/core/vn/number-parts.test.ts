import {
  addParts,
  partsValue,
  shiftedDigits,
  stripLeadingZeros,
  type VnNumberParts,
} from "./number-parts";

const parts = (
  int: string,
  frac = "",
  exponent = 0,
  negative = false,
): VnNumberParts => ({ negative, int, frac, exponent, unit: null });

describe("exact number parts", () => {
  test("stripLeadingZeros", () => {
    expect(stripLeadingZeros("007")).toBe("7");
    expect(stripLeadingZeros("000")).toBe("0");
    expect(stripLeadingZeros("120")).toBe("120");
  });

  test("partsValue applies the exponent exactly", () => {
    expect(partsValue(parts("18", "4", 6))).toBe(18_400_000);
    expect(partsValue(parts("93", "8", -2))).toBe(0.938);
    expect(partsValue(parts("1234567", "89"))).toBe(1234567.89);
    expect(Object.is(partsValue(parts("0", "", 0, true)), 0)).toBe(true);
  });

  test.each([
    [parts("18", "4", 6), "18400000", ""],
    [parts("1", "2345", 3), "1234", "5"],
    [parts("93", "8", -2), "0", "938"],
    [parts("5", "", -3), "0", "005"],
    [parts("12", "30", 0), "12", "30"],
  ])("shiftedDigits %#", (p, int, frac) =>
    expect(shiftedDigits(p)).toEqual({ int, frac }),
  );

  test("addParts sums compound amounts exactly", () => {
    const sum = addParts(parts("1", "", 9), parts("200", "", 6));
    expect(sum).toEqual({
      negative: false,
      int: "1200000000",
      frac: "",
      exponent: 0,
      unit: null,
    });
    expect(addParts(parts("1", "5", 9), parts("2", "", 6))).toMatchObject({
      int: "1502000000",
      frac: "",
    });
  });
});
