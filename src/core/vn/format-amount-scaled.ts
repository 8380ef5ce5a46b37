/** Amounts with a scale word, as reports write them: "332,4 triệu đồng", "1,5 tỷ đồng". */
import { formatVnNumber } from "./format-vn-number";

export const AmountScale = { "": 0, nghìn: 3, triệu: 6, tỷ: 9 } as const;
export type AmountScale = keyof typeof AmountScale;

export interface AmountScaledOptions {
  /** "triệu", "tỷ", "nghìn", "" (plain đồng) or "auto" (default: tỷ from 10^9, triệu from 10^6, else plain). */
  readonly scale?: AmountScale | "auto";
  /** Fraction digits after scaling, rounded half away from zero (default 1; plain amounts 0). */
  readonly decimals?: number;
  /** Unit after the scale word; default "đồng", "" for none. */
  readonly unit?: string;
  /** Drop trailing zeros ("36,0" → "36"); default true. */
  readonly trimZeros?: boolean;
}

const UP: Readonly<Record<AmountScale, AmountScale | null>> = {
  "": "triệu",
  nghìn: "triệu",
  triệu: "tỷ",
  tỷ: null,
};

/**
 * An amount in đồng written with a scale word.
 * @example formatAmountScaled(332_400_000) // "332,4 triệu đồng"
 * @example formatAmountScaled(1_500_000_000, { unit: "" }) // "1,5 tỷ"
 * @example formatAmountScaled(18_450_000, { scale: "triệu", decimals: 2, trimZeros: false }) // "18,45 triệu đồng"
 */
export function formatAmountScaled(
  x: number,
  options: AmountScaledOptions = {},
): string {
  const auto = options.scale === undefined || options.scale === "auto";
  const a = Math.abs(x);
  let scale: AmountScale = auto
    ? a >= 1e9
      ? "tỷ"
      : a >= 1e6
        ? "triệu"
        : ""
    : (options.scale as AmountScale);
  const decimalsFor = (s: AmountScale) =>
    options.decimals ?? (s === "" ? 0 : 1);
  let text = formatVnNumber(x / 10 ** AmountScale[scale], {
    decimals: decimalsFor(scale),
    trimZeros: options.trimZeros ?? true,
  });
  // "auto" chose by the raw value; 999.999.999 rounds to "1.000 triệu": say "1 tỷ".
  const up = UP[scale];
  if (auto && up && scale !== "" && /^-?1\.000(,0*)?$/.test(text)) {
    scale = up;
    text = formatVnNumber(x / 10 ** AmountScale[scale], {
      decimals: decimalsFor(scale),
      trimZeros: options.trimZeros ?? true,
    });
  }
  const unit = (options.unit ?? "đồng").normalize("NFC").trim();
  return [text, scale, unit].filter(Boolean).join(" ");
}
