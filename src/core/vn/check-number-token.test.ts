import { checkNumberToken } from "./check-number-token";

describe("checkNumberToken", () => {
  test.each([
    ["2300", "2300", ""],
    ["2.300", "2300", ""],
    ["18,4", "18", "4"],
    ["1.234.567,89", "1234567", "89"],
    ["0012", "12", ""],
    ["0,50", "0", "50"],
    ["12,345", "12", "345"],
    ["1,234", "1", "234"],
  ])("%p is well formed", (token, int, frac) =>
    expect(checkNumberToken(token)).toEqual({ ok: true, int, frac }),
  );

  test.each([
    [
      "3.28",
      "ambiguous",
      "3.280",
      /Có phải 3\.280\? Nếu là số thập phân, viết 3,28\./,
    ],
    ["18.4", "ambiguous", "18.400", /viết 18,4/],
    ["3.2800", "ambiguous", "3,2800", /Có phải số thập phân 3,2800\?/],
    ["0.5", "ambiguous", "0,5", /Có phải số thập phân 0,5\?/],
    ["0.500", "ambiguous", "0,500", /0,500/],
    ["1.2.3", "malformed", undefined, /đặt sai chỗ/],
    ["1234.567", "malformed", undefined, /nhóm đầu 1–3 chữ số/],
    ["1.23,5", "malformed", undefined, /đặt sai chỗ/],
    ["12,3,4", "malformed", undefined, /nhiều dấu phẩy/],
    [
      "1,234,567",
      "malformed",
      "1.234.567",
      /kiểu tiếng Anh.*Có phải 1\.234\.567\?/,
    ],
    ["1,234.56", "malformed", "1.234,56", /Có phải 1\.234,56\?/],
    ["1,234,567.89", "malformed", "1.234.567,89", /Có phải 1\.234\.567,89\?/],
    ["1.000,", "malformed", undefined, /sau dấu phẩy/],
    ["1,2.5", "malformed", undefined, /sau dấu phẩy/],
    ["12.", "malformed", undefined, /dấu chấm đặt sai chỗ/],
  ] as const)("%p is refused (%s)", (token, code, suggestion, message) => {
    const r = checkNumberToken(token);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.suggestion).toBe(suggestion);
    expect(r.error.message).toMatch(message);
  });
});
