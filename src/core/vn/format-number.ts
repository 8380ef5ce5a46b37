/** Writing numbers the Vietnamese way: "." between thousands, "," before decimals. */
import { vnError, VnErrorCode, type VnError } from "./errors";

/** Groups an integer digit string with dots: "1234567" → "1.234.567". */
export function groupThousands(digits: string): string {
  let out = "";
  const len = digits.length;
  for (let i = 0; i < len; i++) {
    if (i > 0 && (len - i) % 3 === 0) out += ".";
    out += digits[i];
  }
  return out;
}

/** Plain decimal digits of a finite number (no exponent notation). */
function plainDigits(
  x: number,
  decimals: number | undefined,
): { int: string; frac: string } {
  const a = Math.abs(x);
  let s: string;
  if (decimals !== undefined) s = a.toFixed(decimals);
  else {
    s = String(a);
    if (s.includes("e"))
      s =
        a >= 1
          ? BigInt(Math.round(a)).toString()
          : a.toFixed(20).replace(/0+$/, "");
  }
  const [int, frac = ""] = s.split(".");
  return { int, frac };
}

/**
 * Formats a number: thousands ".", decimals ",". `decimals` fixes the fraction digits (rounded);
 * omitted, the number is written as is.
 * @example formatVnNumber(1234567.89) // "1.234.567,89"
 * @example formatVnNumber(0.5, { decimals: 2 }) // "0,50"
 */
export function formatVnNumber(
  x: number,
  options: { decimals?: number; trimZeros?: boolean } = {},
): string {
  if (!Number.isFinite(x)) return String(x);
  let { int, frac } = plainDigits(x, options.decimals);
  if (options.trimZeros) frac = frac.replace(/0+$/, "");
  const negative = x < 0 && /[1-9]/.test(int + frac);
  return `${negative ? "-" : ""}${groupThousands(int)}${frac ? `,${frac}` : ""}`;
}

export const Scale = { "": 0, nghìn: 3, triệu: 6, tỷ: 9 } as const;
export type Scale = keyof typeof Scale;

/** The scale a reader expects for an amount: tỷ from 1 billion, triệu from 1 million. */
export function autoScale(x: number): Scale {
  const a = Math.abs(x);
  return a >= 1e9 ? "tỷ" : a >= 1e6 ? "triệu" : "";
}

/**
 * An amount with a scale word: 332400000 → "332,4 triệu đồng". Decimals are rounded to
 * `decimals` (default 1) and trailing zeros dropped ("36 triệu đồng").
 * @example formatAmountScaled(332_400_000) // "332,4 triệu đồng"
 * @example formatAmountScaled(1_500_000_000, { unit: "" }) // "1,5 tỷ"
 */
export function formatAmountScaled(
  x: number,
  options: { scale?: Scale | "auto"; decimals?: number; unit?: string } = {},
): string {
  const scale =
    options.scale === undefined || options.scale === "auto"
      ? autoScale(x)
      : options.scale;
  const unit = options.unit ?? "đồng";
  const scaled = x / 10 ** Scale[scale];
  const text = formatVnNumber(scaled, {
    decimals: scale === "" ? 0 : (options.decimals ?? 1),
    trimZeros: true,
  });
  return [text, scale, unit].filter(Boolean).join(" ");
}

/**
 * A share in percent: part / total × 100, rounded to `decimals` (default 1): "93,8%".
 * @example formatPercent(61, 65) // "93,8%"
 */
export function formatPercent(
  part: number,
  total: number,
  decimals = 1,
): { ok: true; text: string } | { ok: false; error: VnError } {
  if (!Number.isFinite(part) || !Number.isFinite(total))
    return {
      ok: false,
      error: vnError(VnErrorCode.notFinite, "Tỷ lệ cần hai số hữu hạn."),
    };
  if (total === 0)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.malformed,
        "Không tính được tỷ lệ khi tổng bằng 0.",
      ),
    };
  return {
    ok: true,
    text: `${formatVnNumber((part / total) * 100, { decimals, trimZeros: false })}%`,
  };
}
