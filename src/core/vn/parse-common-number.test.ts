import fc from "fast-check";
import { partsValue } from "./number-parts";
import { parseCommonNumber } from "./parse-common-number";
import { scanVnNumber } from "./scan-number";

describe("parseCommonNumber (fast path)", () => {
  test.each([
    ["2300", 2300, null],
    ["2.300", 2300, null],
    ["-1.000", -1000, null],
    ["(1.000)", -1000, null],
    ["18,4", 18.4, null],
    [" 1.234.567,89 ", 1234567.89, null],
    ["0,5", 0.5, null],
    ["-0", 0, null],
    ["999.999.999.999.999", 999_999_999_999_999, null],
    ["36 triệu", 36_000_000, null],
    ["250tr", 250_000_000, null],
    ["250 Tr.", 250_000_000, null],
    ["18,4 triệu đồng", 18_400_000, "đồng"],
    ["332,4 triệu đồng chẵn", 332_400_000, "đồng"],
    ["1.000đ", 1000, "đồng"],
    ["1.000 VNĐ", 1000, "đồng"],
    ["500 nghìn", 500_000, null],
    ["1,5 tỷ", 1_500_000_000, null],
    ["0,000123 tỷ", 123_000, null],
  ])("%p → %p %p", (s, value, unit) =>
    expect(parseCommonNumber(s)).toEqual({ ok: true, value, unit }),
  );

  test.each([
    "3.28",
    "0.500",
    "1.2.3",
    "1234.567",
    "12,3,4",
    "1.000,",
    "(1.000",
    "(1.000 đ)",
    "",
    "-",
    "1.000.000.000.000.000",
    "1,0000000000000001",
    "\u00a01",
    "36 triệu".normalize("NFD"),
    "2.624 cây viết",
    "1 tỷ 200 triệu",
    "10.000.000 tỷ",
  ])("%p takes the full path", (s) => expect(parseCommonNumber(s)).toBeNull());

  test("agrees with the exact full path wherever it answers", () => {
    const suffixes = [
      "",
      " triệu",
      "tr",
      " tỷ",
      " nghìn",
      "k",
      "đ",
      " đồng",
      " triệu đồng",
      " VNĐ",
    ];
    const written = fc
      .tuple(
        fc.boolean(),
        fc.nat({ max: 999_999_999_999 }),
        fc.option(fc.nat({ max: 999 })),
        fc.constantFrom(...suffixes),
      )
      .map(([neg, int, frac, suffix]) => {
        const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        return `${neg ? "-" : ""}${grouped}${frac === null ? "" : `,${String(frac).padStart(3, "0")}`}${suffix}`;
      });
    fc.assert(
      fc.property(written, (s) => {
        const fast = parseCommonNumber(s);
        const full = scanVnNumber(s);
        return (
          fast === null ||
          (full.ok &&
            fast.value === partsValue(full.parts) + 0 &&
            fast.unit === full.parts.unit)
        );
      }),
      { numRuns: 5000 },
    );
  });
});
