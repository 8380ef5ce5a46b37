/**
 * The number a hand-numbered heading starts with, as schools write them: "I.", "II-", "III -",
 * "IV/", "1.", "1)", "1/", "1 -", "2.1.", "2.1 ", "2.1.Lãnh đạo", "3. 4.", "a)", "b/", "c.",
 * "A.". Only the start of a line is looked at; whether the line really is a heading is decided by
 * the splitter (split-report.ts), which sees the lines around it.
 */

export type HeadingKind = "roman" | "arabic" | "letter" | "capital";

export interface HeadingNumber {
  readonly kind: HeadingKind;
  /** As written, without the trailing separator; inner spaces removed ("3. 4." → "3.4"). */
  readonly number: string;
  /** Arabic parts ([2, 1] for "2.1"); [value] for roman numerals and letters (a = 1). */
  readonly parts: readonly number[];
  /** A separator follows the number ("1.", "II-", "a)"); false for "1 Tập thể" and "2.1 Đ/c". */
  readonly separated: boolean;
  /** The text after the number and its separator, trimmed at the start. */
  readonly rest: string;
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i]];
    const next = ROMAN_VALUE[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Vietnamese letters in list order (a b c d đ e …), for "a)", "đ)". */
const LETTERS = "abcdđeghiklmnopqrstuvxy";

const isDigit = (c: string | undefined) =>
  c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined) => c === " " || c === "\t";
/** A heading's text starts with a letter, an opening quote or bracket. */
const STARTS_TEXT = /^[\p{L}“"‘'«([]/u;
const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^[“"‘'«(]?\p{Lu}/u;

/**
 * Reads the heading number at the start of `line`, or null when it does not start with one.
 * @example parseHeadingNumber("II- KẾT QUẢ") // { kind: "roman", number: "II", parts: [2], separated: true, rest: "KẾT QUẢ" }
 * @example parseHeadingNumber("2.1 Đ/c Hồ Thị Tuyến : Khéo …") // { kind: "arabic", number: "2.1", separated: false, … }
 * @example parseHeadingNumber("12/01/2021 …") // null
 */
export function parseHeadingNumber(line: string): HeadingNumber | null {
  const s = line.replace(/^[\s\u00a0]+/, "");
  const c0 = s[0];
  if (c0 === undefined) return null;
  if (isDigit(c0)) return arabic(s);
  if (c0 === "I" || c0 === "V" || c0 === "X") {
    const r = romanNumber(s);
    if (r) return r;
  }
  return letter(s);
}

function finish(
  kind: HeadingKind,
  number: string,
  parts: readonly number[],
  separated: boolean,
  rest: string,
): HeadingNumber | null {
  const text = rest.replace(/^[\s\u00a0]+/, "");
  if (!STARTS_TEXT.test(text) || !HAS_LETTER.test(text)) return null;
  if (!separated && !UPPER_START.test(text)) return null;
  return { kind, number, parts, separated, rest: text };
}

/** "I.", "II-", "III -", "IV/", "V)", "VI:" — a separator is required. */
function romanNumber(s: string): HeadingNumber | null {
  const m = /^([IVX]{1,7})[ \t]*([.\-–—)/:])/.exec(s);
  if (!m || !ROMAN.test(m[1])) return null;
  const after = s.slice(m[0].length);
  if (isDigit(after[0])) return null; // "V.2", "X-1"
  // "II-KẾT QUẢ" is a heading; "X-quang", "V/v" are not.
  if (after !== "" && !isSpace(after[0]) && !UPPER_START.test(after))
    return null;
  return finish("roman", m[1], [romanValue(m[1])], true, after);
}

/** "1.", "1)", "1/", "1 -", "2.1.", "2.1 ", "2.1.Lãnh", "3. 4.", "1 Tập thể". */
function arabic(s: string): HeadingNumber | null {
  let i = 0;
  const digits = () => {
    const from = i;
    while (isDigit(s[i])) i++;
    return s.slice(from, i);
  };
  const first = digits();
  if (first.length > 2) return null; // years, counts, amounts
  const parts = [Number(first)];
  const written = [first];
  for (;;) {
    if (s[i] !== ".") break;
    if (isDigit(s[i + 1])) {
      i++;
      const d = digits();
      if (d.length > 2 || (s[i] === "," && isDigit(s[i + 1]))) {
        return null; // "1.668", "2.300", "1.2,5": a number, not a heading
      }
      parts.push(Number(d));
      written.push(d);
      continue;
    }
    // "3. 4." — a part after a space counts only when a dot closes it.
    if (isSpace(s[i + 1]) && isDigit(s[i + 2])) {
      let j = i + 2;
      while (isDigit(s[j])) j++;
      if (j - (i + 2) <= 2 && s[j] === "." && !isDigit(s[j + 1])) {
        parts.push(Number(s.slice(i + 2, j)));
        written.push(s.slice(i + 2, j));
        i = j;
        continue;
      }
    }
    break;
  }
  const number = written.join(".");
  const c = s[i];
  if (c === "." || c === ")") {
    if (isDigit(s[i + 1])) return null;
    return finish("arabic", number, parts, true, s.slice(i + 1));
  }
  if (c === "/") {
    if (isDigit(s[i + 1]) || s[i + 1] === undefined) return null; // dates, "41/2 lớp"
    return finish("arabic", number, parts, true, s.slice(i + 1));
  }
  // "1 - Công tác", "1- Công tác", "1– Công tác": a dash with a space after it.
  const dash = /^[ \t]*[-–—][ \t]+/.exec(s.slice(i));
  if (dash)
    return finish("arabic", number, parts, true, s.slice(i + dash[0].length));
  if (isSpace(c)) {
    // "1 Tập thể", "2.1 Đ/c": no separator; the text must start with a capital.
    return finish("arabic", number, parts, false, s.slice(i));
  }
  return null; // "25-NQ/TW", "15%", "8:00", "2021của", "1668"
}

/** "a)", "b/", "c.", "đ)", "A.", "B)" (capitals other than roman numerals). */
function letter(s: string): HeadingNumber | null {
  const m = /^(\p{L})[ \t]?([)./])/u.exec(s);
  if (!m) return null;
  const ch = m[1];
  const after = s.slice(m[0].length);
  if (m[2] === "." && !isSpace(after[0])) return null; // "a.m.", "TP.HCM"
  if (m[2] === "/" && !isSpace(after[0])) return null; // "Đ/c", "V/v"
  const lower = ch.toLowerCase();
  const index = LETTERS.indexOf(lower);
  if (index === -1 || lower.length !== 1) return null;
  if (ch === lower) return finish("letter", ch, [index + 1], true, after);
  if ("IVX".includes(ch)) return null;
  return finish("capital", ch, [index + 1], true, after);
}
