import { scanVnNumber } from "./scan-number";

const parts = (
  int: string,
  frac = "",
  exponent = 0,
  unit: string | null = null,
  negative = false,
) => ({ ok: true, parts: { negative, int, frac, exponent, unit } });

describe("scanVnNumber keeps the digits exact", () => {
  test.each([
    ["1.234.567.890.123.456.789,5", parts("1234567890123456789", "5")],
    ["18,4 triệu đồng", parts("18", "4", 6, "đồng")],
    ["(1.000) đ", parts("1000", "", 0, "đồng", true)],
    ["-0,50", parts("0", "50", 0, null, true)],
    ["93,8%", parts("93", "8", -2, "%")],
    ["1 tỷ 200 triệu", parts("1200000000")],
    ["1,5 tỷ 200 triệu", parts("1700000000")],
    ["2.624 cây viết", parts("2624", "", 0, "cây viết")],
    ["10.000.000.000.000.000.000.000", parts("10000000000000000000000")],
  ])("%p", (text, expected) => expect(scanVnNumber(text)).toEqual(expected));

  test("a dotted İ (which lengthens when lower-cased) does not shift the words", () => {
    expect(scanVnNumber("5 İnch")).toEqual(parts("5", "", 0, "İnch"));
  });
});
