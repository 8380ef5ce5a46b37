/** The fast path of parseVnNumber: the common shapes of a ledger, read in one pass. */
import {
  matchCurrencyWord,
  matchRoundWord,
  matchScaleWord,
} from "./number-words";

const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

export type CommonNumber = {
  readonly ok: true;
  readonly value: number;
  readonly unit: string | null;
};

/**
 * Reads the common shapes in one pass — "2300", "2.300", "-1.000", "(1.000)", "18,4",
 * "1.234.567,89", "36 triệu", "250 tr", "1.000đ", "18,4 triệu đồng", "500 nghìn" (ASCII spaces,
 * NFC words) — with at most 15 digits, exactly: a ≤ 15-digit integer and 10^0…10^22 are exact
 * doubles, so one multiplication or division rounds correctly. Anything else gives null and the
 * full path (scanVnNumber) reads it or explains the refusal.
 * @example parseCommonNumber("18,4 triệu đồng") // { ok: true, value: 18400000, unit: "đồng" }
 * @example parseCommonNumber("3.28") // null (ambiguous: the full path explains)
 */
export function parseCommonNumber(s: string): CommonNumber | null {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) === 32) i++;
  let negative = false;
  let paren = false;
  let c = s.charCodeAt(i);
  if (c === 40 /* ( */) {
    paren = true;
    c = s.charCodeAt(++i);
  }
  if (c === 45 /* - */) {
    negative = true;
    c = s.charCodeAt(++i);
  }
  const start = i;
  let value = 0;
  let digits = 0;
  let group = 0; // digits since the last "."
  let dots = 0;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      group++;
    } else if (c === 46 /* . */) {
      // First group 1–3 digits not starting with 0, later groups exactly 3.
      if (
        dots === 0
          ? group === 0 || group > 3 || s.charCodeAt(start) === 48
          : group !== 3
      )
        return null;
      dots++;
      group = 0;
    } else break;
  }
  if (digits === 0 || (dots > 0 && group !== 3)) return null;
  let exponent = 0;
  if (c === 44 /* , */) {
    const from = ++i;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      digits++;
    }
    if (i === from) return null;
    exponent = from - i;
  }
  if (digits > 15) return null;
  let unit: string | null = null;
  if (paren) {
    if (c !== 41 /* ) */) return null;
    i++;
    negative = !negative;
  } else if (i < n) {
    // Scale word and currency: "36 triệu", "250tr", "18,4 triệu đồng", "1.000đ".
    while (i < n && s.charCodeAt(i) === 32) i++;
    const scale = matchScaleWord(s, i);
    if (scale) {
      exponent += scale.exponent;
      i += scale.length;
      while (i < n && s.charCodeAt(i) === 32) i++;
    }
    const currency = matchCurrencyWord(s, i);
    if (currency) {
      unit = "đồng";
      i += currency;
      let k = i;
      while (k < n && s.charCodeAt(k) === 32) k++;
      const round = matchRoundWord(s, k);
      if (round) i = k + round;
    }
  }
  while (i < n && s.charCodeAt(i) === 32) i++;
  if (i !== n || exponent < -22 || exponent > 22) return null;
  const v = exponent >= 0 ? value * POW10[exponent] : value / POW10[-exponent];
  if (v > Number.MAX_SAFE_INTEGER) return null;
  return { ok: true, value: negative && v !== 0 ? -v : v, unit };
}
