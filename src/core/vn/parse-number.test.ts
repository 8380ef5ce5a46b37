import fc from "fast-check";
import { formatVnNumber } from "./format-vn-number";
import { parseVnNumber } from "./parse-number";

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
    ["– 1.000", -1000, null],
    ["+1.000", 1000, null],
    ["(1.000)", -1000, null],
    ["( 1.000 )", -1000, null],
    ["(1.000 đ)", -1000, "đồng"],
    ["(1.000) đồng", -1000, "đồng"],
    ["36 triệu", 36_000_000, null],
    ["18,4 triệu đồng", 18_400_000, "đồng"],
    ["332,4 triệu đồng chẵn", 332_400_000, "đồng"],
    ["1,5 tỷ", 1_500_000_000, null],
    ["1,5 tỉ", 1_500_000_000, null],
    ["1,5tỷ", 1_500_000_000, null],
    ["1,5 TỶ", 1_500_000_000, null],
    ["250 tr", 250_000_000, null],
    ["250tr", 250_000_000, null],
    ["250 tr.", 250_000_000, null],
    ["500 nghìn", 500_000, null],
    ["500 ngàn", 500_000, null],
    ["500k", 500_000, null],
    ["500 K", 500_000, null],
    ["2 nghìn tỷ", 2_000_000_000_000, null],
    ["1.000đ", 1000, "đồng"],
    ["1.000 ₫", 1000, "đồng"],
    ["1.000 VNĐ", 1000, "đồng"],
    ["1.000 VND", 1000, "đồng"],
    ["1.000 vnd", 1000, "đồng"],
    ["1.000 đồng", 1000, "đồng"],
    ["2.624 cây viết", 2624, "cây viết"],
    ["20 chiếc xe đạp", 20, "chiếc xe đạp"],
    ["2 nghìn quyển vở", 2000, "quyển vở"],
    ["1 tỷ 200 triệu", 1_200_000_000, null],
    ["2 triệu 500 nghìn đồng", 2_500_000, "đồng"],
    ["5 nghìn 500", 5500, null],
    ["3 triệu 200 đồng", 3_000_200, "đồng"],
    ["93,8%", 0.938, "%"],
    ["1 234 567", 1_234_567, null],
    ["1\u00a0234\u00a0567", 1_234_567, null],
    ["1\u202f234,5", 1234.5, null],
    ["  2.300\u00a0", 2300, null],
    ["0012", 12, null],
    ["-0", 0, null],
    ["12,345", 12.345, null],
    // Typed without diacritics: read, never taken for a unit noun.
    ["18,4 trieu dong", 18_400_000, "đồng"],
    ["10 nghin", 10_000, null],
    ["2 ty", 2_000_000_000, null],
  ] as const)("%p → %p", (text, value, unit) => {
    expect(parseVnNumber(text)).toEqual({ ok: true, value, unit });
  });

  test("decomposed (NFD) diacritics are read like composed ones", () => {
    expect(ok("18,4 triệu đồng".normalize("NFD"))).toEqual({
      ok: true,
      value: 18_400_000,
      unit: "đồng",
    });
    expect(ok("2.624 cây viết".normalize("NFD")).unit).toBe("cây viết");
  });

  test("real numbers pass through; negative zero becomes zero", () => {
    expect(ok(18.4).value).toBe(18.4);
    expect(Object.is(ok(-0).value, 0)).toBe(true);
    expect(ok(Number.MAX_SAFE_INTEGER).value).toBe(Number.MAX_SAFE_INTEGER);
    expect(ok(-Number.MAX_SAFE_INTEGER).value).toBe(-Number.MAX_SAFE_INTEGER);
    expect(ok(123n).value).toBe(123);
  });
});

describe("parseVnNumber — ambiguous or malformed text is refused, with the likely reading", () => {
  test.each([
    ["3.28", "ambiguous", "3.280", /Có phải 3\.280\?/],
    ["18.4", "ambiguous", "18.400", /viết 18,4/],
    ["1.5 triệu", "ambiguous", "1.500", /viết 1,5/],
    ["0.5", "ambiguous", "0,5", /Có phải số thập phân 0,5\?/],
    ["3.2800", "ambiguous", "3,2800", /không rõ nghĩa/],
    [
      "2 tỷ 3",
      "ambiguous",
      "2.300.000.000",
      /là 2\.300\.000\.000 hay 2\.000\.000\.003\?/,
    ],
    [
      "3 triệu 200",
      "ambiguous",
      "3.200.000",
      /là 3\.200\.000 hay 3\.000\.200\?/,
    ],
    ["2 nghìn 5", "ambiguous", "2.500", /là 2\.500 hay 2\.005\?/],
    [
      "-2 triệu 25",
      "ambiguous",
      "-2.250.000",
      /là -2\.250\.000 hay -2\.000\.025\?/,
    ],
    ["2 triệu 5000", "malformed", undefined, /cần ghi đơn vị/],
    ["200 triệu 1 tỷ", "malformed", undefined, /theo thứ tự/],
    ["1.2.3", "malformed", undefined, /đặt sai chỗ/],
    ["12,3,4", "malformed", undefined, /nhiều dấu phẩy/],
    ["1,234,567", "malformed", "1.234.567", /Có phải 1\.234\.567\?/],
    ["1,234.56", "malformed", "1.234,56", /Có phải 1\.234,56\?/],
    [",5", "malformed", "0,5", /Có phải 0,5\?/],
    ["abc", "notANumber", undefined, /không phải là số/],
    ["ba triệu", "notANumber", undefined, /không phải là số/],
    ["Infinity", "notANumber", undefined, /không phải là số/],
    ["１２", "notANumber", undefined, /không phải là số/],
    ["12abc", "malformed", undefined, /viết liền/],
    ["1e5", "malformed", undefined, /viết liền/],
    ["2.624cây", "malformed", undefined, /viết liền/],
    ["1.000 - 2.000", "malformed", undefined, /thừa “- 2\.000”/],
    ["5 triệu đồng/tháng", "malformed", undefined, /thừa “\/tháng”/],
    ["1.000 đồng)", "malformed", undefined, /thừa “\)”/],
    ["(1.000", "malformed", undefined, /đóng ngoặc/],
    ["#VALUE!", "excelError", undefined, /#VALUE!/],
    ["#N/A", "excelError", undefined, /#N\/A/],
    ["#div/0!", "excelError", undefined, /#DIV\/0!/],
    ["#SPILL!", "excelError", undefined, /#SPILL!/],
    ["#CALC!", "excelError", undefined, /#CALC!/],
    ["#NAME?", "excelError", undefined, /#NAME\?/],
    ["", "empty", undefined, /trống/],
    ["   ", "empty", undefined, /trống/],
    ["\u00a0\u202f", "empty", undefined, /trống/],
    ["10.000.000.000.000.000", "tooLarge", undefined, /2\^53/],
    ["9.007.199.254.740.993", "tooLarge", undefined, /văn bản/],
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
    [Number.POSITIVE_INFINITY, "notFinite"],
    [Number.NEGATIVE_INFINITY, "notFinite"],
    [2 ** 53, "unsafeInteger"],
    [-(2 ** 60), "unsafeInteger"],
    [1e300, "unsafeInteger"],
    [2n ** 60n, "tooLarge"],
    [{}, "notANumber"],
    [[1], "notANumber"],
    [new Date(0), "notANumber"],
  ])("%p → %s", (value, code) => {
    const r = parseVnNumber(value);
    expect(r.ok ? "ok" : r.error.code).toBe(code);
  });

  test("the never-guess rule: text with a lone dot not followed by three digits is always refused", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.stringMatching(/^\d{1,2}$|^\d{4,6}$/),
        (head, tail) => {
          const r = parseVnNumber(`${head}.${tail}`);
          return (
            !r.ok &&
            r.error.code === "ambiguous" &&
            r.error.suggestion !== undefined
          );
        },
      ),
    );
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
        return (
          ok(formatVnNumber(x, { decimals: 2 })).value === x &&
          ok(formatVnNumber(x)).value === x
        );
      }),
      { numRuns: 3000 },
    );
  });
  test("any double with up to 15 significant digits", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (d) => {
        const x = Number(d.toPrecision(15));
        return ok(formatVnNumber(x)).value === x;
      }),
      { numRuns: 3000 },
    );
  });
});
