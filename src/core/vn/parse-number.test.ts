import fc from "fast-check";
import { formatVnNumber } from "./format-number";
import { parseVnNumber, scanVnNumber } from "./parse-number";

const ok = (input: unknown) => {
  const r = parseVnNumber(input);
  if (!r.ok) throw new Error(`${String(input)}: ${r.error.message}`);
  return r;
};

describe("parseVnNumber — the forms accountants write", () => {
  test.each([
    ["2.300", 2300, null],
    ["18,4", 18.4, null],
    ["1.234.567,89", 1234567.89, null],
    ["-1.000", -1000, null],
    ["−1.000", -1000, null],
    ["(1.000)", -1000, null],
    ["(1.000 đ)", -1000, "đồng"],
    ["36 triệu", 36_000_000, null],
    ["18,4 triệu đồng", 18_400_000, "đồng"],
    ["1,5 tỷ", 1_500_000_000, null],
    ["1,5 tỉ", 1_500_000_000, null],
    ["250 tr", 250_000_000, null],
    ["250tr", 250_000_000, null],
    ["500 nghìn", 500_000, null],
    ["500 ngàn", 500_000, null],
    ["500k", 500_000, null],
    ["1.000đ", 1000, "đồng"],
    ["1.000 VNĐ", 1000, "đồng"],
    ["1.000 vnd", 1000, "đồng"],
    ["332,4 triệu đồng chẵn", 332_400_000, "đồng"],
    ["2.624 cây viết", 2624, "cây viết"],
    ["20 chiếc xe đạp", 20, "chiếc xe đạp"],
    ["1 tỷ 200 triệu", 1_200_000_000, null],
    ["2 triệu 500 nghìn đồng", 2_500_000, "đồng"],
    ["93,8%", 0.938, "%"],
    ["1 234 567", 1_234_567, null],
    ["1\u00a0234\u00a0567", 1_234_567, null],
    ["  2.300\u00a0", 2300, null],
    ["0012", 12, null],
    ["-0", 0, null],
  ] as const)("%p → %p", (text, value, unit) => {
    expect(parseVnNumber(text)).toEqual({ ok: true, value, unit });
  });

  test("decomposed (NFD) diacritics are read like composed ones", () => {
    expect(ok("18,4 triệu đồng".normalize("NFD")).value).toBe(18_400_000);
  });

  test("real numbers pass through; negative zero becomes zero", () => {
    expect(ok(18.4).value).toBe(18.4);
    expect(Object.is(ok(-0).value, 0)).toBe(true);
    expect(ok(Number.MAX_SAFE_INTEGER).value).toBe(Number.MAX_SAFE_INTEGER);
  });

  test("exact digits are kept for text", () => {
    const r = scanVnNumber("1.234.567.890.123.456.789,5");
    expect(r).toEqual({
      ok: true,
      parts: {
        negative: false,
        int: "1234567890123456789",
        frac: "5",
        exponent: 0,
        unit: null,
      },
    });
  });
});

describe("parseVnNumber — ambiguous or malformed text is refused, with the likely reading", () => {
  test.each([
    ["3.28", "ambiguous", "3.280", /Có phải 3\.280\?/],
    ["18.4", "ambiguous", "18.400", /viết 18,4/],
    ["3.2800", "ambiguous", "3,2800", /không rõ nghĩa/],
    ["1.2.3", "malformed", undefined, /đặt sai chỗ/],
    ["12,3,4", "malformed", undefined, /nhiều dấu phẩy/],
    ["1,234,567", "malformed", "1.234.567", /Có phải 1\.234\.567\?/],
    ["1,234.56", "malformed", "1.234,56", /Có phải 1\.234,56\?/],
    ["abc", "notANumber", undefined, /không phải là số/],
    ["ba triệu", "notANumber", undefined, /không phải là số/],
    ["12abc", "malformed", undefined, /dính liền/],
    ["1.000 - 2.000", "malformed", undefined, /thừa/],
    ["(1.000", "malformed", undefined, /đóng ngoặc/],
    ["#VALUE!", "excelError", undefined, /#VALUE!/],
    ["#N/A", "excelError", undefined, /#N\/A/],
    ["", "empty", undefined, /trống/],
    ["   ", "empty", undefined, /trống/],
    ["10.000.000.000.000.000", "tooLarge", undefined, /2\^53/],
  ] as const)("%p → %s", (text, code, suggestion, message) => {
    const r = parseVnNumber(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.suggestion).toBe(suggestion);
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toBe(r.error.message.normalize("NFC"));
  });

  test.each([
    [null, "empty"],
    [undefined, "empty"],
    [true, "boolean"],
    [false, "boolean"],
    [Number.NaN, "notFinite"],
    [Number.NEGATIVE_INFINITY, "notFinite"],
    [2 ** 53 + 2, "unsafeInteger"],
    [{}, "notANumber"],
  ])("%p → %s", (value, code) => {
    const r = parseVnNumber(value);
    expect(r.ok ? "ok" : r.error.code).toBe(code);
  });
});

describe("parse(format(x)) = x", () => {
  test("integers", () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: -Number.MAX_SAFE_INTEGER,
          max: Number.MAX_SAFE_INTEGER,
        }),
        (x) => ok(formatVnNumber(x)).value === x,
      ),
      { numRuns: 3000 },
    );
  });
  test("two-decimal amounts", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const x = cents / 100;
        return ok(formatVnNumber(x, { decimals: 2 })).value === x;
      }),
      { numRuns: 3000 },
    );
  });
});
