import { groupReadings } from "./group-readings";
import { readIntegerDigits, readSafeInteger } from "./read-integer";

const t = groupReadings({ zeroTens: "linh", fourAfterTens: "tư" });

describe("integers in words", () => {
  test("safe integers, plain and capitalised", () => {
    expect(readSafeInteger(0, t, "nghìn", false)).toBe("không");
    expect(readSafeInteger(0, t, "nghìn", true)).toBe("Không");
    expect(readSafeInteger(1_000_001, t, "nghìn", false)).toBe(
      "một triệu không trăm linh một",
    );
    expect(readSafeInteger(2_000_001_000, t, "ngàn", true)).toBe(
      "Hai tỷ không trăm linh một ngàn",
    );
    expect(readSafeInteger(1_000_000_017, t, "nghìn", false)).toBe(
      "một tỷ không trăm mười bảy",
    );
  });
  test("digits beyond 2^53: tỷ tỷ", () => {
    expect(readIntegerDigits("1000000000000000000", t, "nghìn", false)).toBe(
      "một tỷ tỷ",
    );
    expect(readIntegerDigits("1000000000000000000000", t, "nghìn", true)).toBe(
      "Một nghìn tỷ tỷ",
    );
    expect(readIntegerDigits("1000000000000000017", t, "nghìn", false)).toBe(
      "một tỷ tỷ không trăm mười bảy",
    );
  });
});
