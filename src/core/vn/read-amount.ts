/** One amount of a written number: digits with their sign, scale word, currency or unit. */
import { checkNumberToken } from "./check-number-token";
import { vnError, VnErrorCode, type VnError } from "./errors";
import { type VnNumberParts } from "./number-parts";
import {
  isLetterAt,
  matchCurrencyWord,
  matchRoundWord,
  matchScaleWord,
} from "./number-words";
import { clip, quote } from "./quote";

export type Amount =
  | { readonly ok: true; readonly parts: VnNumberParts; readonly next: number }
  | { readonly ok: false; readonly error: VnError };

/** Spaces as they occur in cells: ASCII space, tab, line breaks, non-breaking (U+00A0), narrow
 *  non-breaking (U+202F), thin (U+2009) and figure (U+2007) spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 9 ||
    c === 0x2009 ||
    c === 0x2007 ||
    c === 10 ||
    c === 13
  );
}

/** Trims every kind of cell space from both ends, without a copy when there is none. */
export function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Is there an ASCII digit at `i`? */
export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The first position from `i` that is not a space. */
export function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads one amount from `from`: sign or accounting parentheses (when `first`), the digits
 * ("1 234 567" with spaces before groups of three is grouping too), a scale word, currency and
 * "chẵn", or a unit noun; `next` is where it ends.
 * @example readAmount("18,4 triệu đồng", 0, true) // { ok: true, parts: { int: "18", frac: "4", exponent: 6, unit: "đồng", … }, next: 15 }
 */
export function readAmount(text: string, from: number, first: boolean): Amount {
  let i = from;
  let paren = false;
  let negative = false;
  if (first && text.charCodeAt(i) === 40 /* ( */) {
    paren = true;
    i = skipSpaces(text, i + 1);
  }
  const sign = text.charCodeAt(i);
  if (
    first &&
    (sign === 45 || sign === 0x2212 || sign === 0x2013 || sign === 43)
  ) {
    negative = sign !== 43;
    i = skipSpaces(text, i + 1);
  }
  if (!isDigitAt(text, i)) {
    if (text.charCodeAt(i) === 44 && isDigitAt(text, i + 1))
      return {
        ok: false,
        error: vnError(
          VnErrorCode.malformed,
          `${quote(text)} thiếu số 0 trước dấu phẩy. Có phải ${clip(`0${text.slice(i)}`)}?`,
          `0${text.slice(i)}`,
        ),
      };
    return {
      ok: false,
      error: vnError(
        VnErrorCode.notANumber,
        `${quote(text)} không phải là số.`,
      ),
    };
  }
  // The digit token; "1 234 567" (a space before each group of exactly three digits) is grouping.
  let j = i;
  let spaced = false;
  let dotted = false;
  let comma = false;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) continue;
    if (c === 46 /* . */ && !spaced) {
      dotted = true;
      continue;
    }
    if (c === 44 /* , */) {
      comma = true;
      continue;
    }
    if (
      isSpaceCode(c) &&
      !dotted &&
      !comma &&
      isDigitAt(text, j + 1) &&
      isDigitAt(text, j + 2) &&
      isDigitAt(text, j + 3) &&
      !isDigitAt(text, j + 4)
    ) {
      spaced = true;
      continue;
    }
    break;
  }
  const raw = text.slice(i, j);
  const shape = checkNumberToken(spaced ? raw.replace(/[^\d,]/g, ".") : raw);
  if (!shape.ok) return shape;
  let exponent = 0;
  let unit: string | null = null;
  let k = j;
  const attached = k < text.length && !isSpaceCode(text.charCodeAt(k));
  k = skipSpaces(text, k);
  let end = j;
  if (text.charCodeAt(k) === 37 /* % */) {
    exponent = -2;
    unit = "%";
    end = k + 1;
  } else {
    const scale = matchScaleWord(text, k);
    if (scale) {
      exponent = scale.exponent;
      end = k + scale.length;
      k = skipSpaces(text, end);
    }
    const currency = matchCurrencyWord(text, k);
    if (currency) {
      unit = "đồng";
      end = roundWordEnd(text, k + currency);
    } else if (isLetterAt(text, k)) {
      if (attached && !scale)
        return {
          ok: false,
          error: vnError(
            VnErrorCode.malformed,
            `${quote(text)} không phải là số: chữ ${quote(text.slice(j))} viết liền sau số.`,
          ),
        };
      const close = paren ? text.lastIndexOf(")") : -1;
      end = close > k ? close : text.length;
      unit = trimSpaces(text.slice(k, end));
    }
  }
  if (paren) {
    end = skipSpaces(text, end);
    if (text.charCodeAt(end) !== 41 /* ) */)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.malformed,
          `${quote(text)} thiếu dấu đóng ngoặc “)”.`,
        ),
      };
    negative = !negative;
    end = skipSpaces(text, end + 1);
    const currency = unit === null ? matchCurrencyWord(text, end) : 0;
    if (currency) {
      unit = "đồng";
      end = roundWordEnd(text, end + currency);
    }
  }
  return {
    ok: true,
    parts: { negative, int: shape.int, frac: shape.frac, exponent, unit },
    next: end,
  };
}

/** After a currency word: past an optional "chẵn". */
function roundWordEnd(text: string, at: number): number {
  const k = skipSpaces(text, at);
  const round = matchRoundWord(text, k);
  return round ? k + round : at;
}
