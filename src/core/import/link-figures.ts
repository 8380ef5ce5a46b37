/**
 * The figures last period's text quotes, turned into fields of this period's workbook.
 *
 * A number of the text (Vietnamese-written: "65", "1.668", "18,4 triệu", "332,4 triệu đồng",
 * read exactly by `parseVnNumber`) means a figure when one of the figure's words stands next to
 * it (`FIGURE_WORDS`):
 * - right after it, starting within its next three words, before any other number or any of
 *   ; : . ! ? ( ) — "65 cán bộ, giáo viên", "tổng số 37 lớp học", "01 đảng viên dự bị"; the
 *   nearest words win, then the longest ("37 đảng viên chính thức" is staff.partyFull, not
 *   staff.party);
 * - or right before it as a label: "tổng số cán bộ: 65", "số học sinh là 1668", "Đảng viên: 38"
 *   (a label is a `before` entry, "số" / "tổng" + an `after` entry, or an `after` entry followed by
 *   ":"); "người" after the number only counts after "tổng số" ("tổng số 65 người");
 * - an amount (a scale word or currency written with the number: "332,4 triệu đồng",
 *   "1.000.000đ", "250 tr") is a money figure by itself; the whole amount is replaced.
 * When its value equals the figure's, the number becomes `{{key}}` (`{{key:00}}` when written with
 * a leading zero, "03"; `{{key:0}}` when written without the thousands dot, "1668"); when it
 * differs, it goes to
 * `review` — the user decides. Figures the caller did not give are ignored.
 *
 * Never figures, left alone and not reviewed: numbers inside codes and dates ("25-NQ/TW",
 * "12/01/2021", "Covid-19", "2021-2025", "41/2 lớp", "F0"), percentages, ranges ("01- 02 đảng
 * viên", "50 đến 90"), numbers after a word that makes them an identifier ("năm 2023", "ngày 03",
 * "Điều 15", "lớp 6", "Chỉ thị 05", "số 25" — but "tổng số 65"), numbers followed by a unit of
 * time, age or score ("5 tuổi", "4 lần", "100/100 điểm"), phone numbers (a leading zero and three
 * digits or more), numbers that read ambiguously ("3.28"), and numbers whose noun is narrowed by a
 * qualifier ("01 đảng viên mới", "03 cán bộ quản lý", "6 viên chức được xếp loại …": a part, not
 * the figure). "01 Bí thư", "05 đồng chí", "20 chiếc xe đạp" have no figure word. A noun with a
 * number of its own belongs to that number ("GDPT 2018 đối với lớp 8"), and a year-like number
 * (19xx, 20xx) needs its noun right after it.
 */
import { parseVnNumber } from "../vn/parse-number";
import type {
  FigureReview,
  FigureValue,
  LinkedFigure,
  LinkedText,
} from "./types";

export interface FigureWords {
  readonly kind: "count" | "money";
  /** Words right after the number (within three words); for money, the amount's own words. */
  readonly after: readonly string[];
  /** Labels right before the number (also derived: "số " / "tổng " + each `after` entry). */
  readonly before: readonly string[];
  /** Words after the number that count only when "tổng số" / "tổng cộng" stands before it. */
  readonly afterTotal?: readonly string[];
}

/** Which words make a number mean which figure. Matching ignores case, spacing around "," and
 *  "-", and runs of spaces. */
/** "6 viên chức được xếp loại “Hoàn thành xuất sắc nhiệm vụ”", "5 đảng viên HTT": the rating
 *  counts of the evaluations sheet, by subject and rating, quoted or not. */
function ratingWords(): Record<string, FigureWords> {
  const ratings = {
    excellent: ["hoàn thành xuất sắc nhiệm vụ", "HTXS"],
    good: ["hoàn thành tốt nhiệm vụ", "HTT"],
    fulfilled: ["hoàn thành nhiệm vụ", "HT"],
    notFulfilled: ["không hoàn thành nhiệm vụ", "KHT"],
  } as const;
  const out: Record<string, FigureWords> = {};
  for (const [subject, noun] of [
    ["staff", "viên chức"],
    ["party", "đảng viên"],
  ] as const)
    for (const [rating, [name, short]] of Object.entries(ratings))
      out[`evaluations.${subject}.${rating}`] = {
        kind: "count",
        after: ["được xếp loại ", "xếp loại ", ""].flatMap((verb) =>
          [name, `“${name}”`, `"${name}"`, short].map(
            (r) => `${noun} ${verb}${r}`,
          ),
        ),
        before: [],
      };
  return out;
}

export const FIGURE_WORDS: Readonly<Record<string, FigureWords>> = {
  "staff.total": {
    kind: "count",
    after: [
      "cán bộ",
      "cán bộ, giáo viên, nhân viên",
      "cán bộ giáo viên nhân viên",
      "cán bộ, giáo viên, công nhân viên",
      "cán bộ, viên chức",
      "cán bộ, công chức, viên chức",
      "CB-GV-NV",
      "CB, GV, NV",
      "CB GV NV",
      "CBGVNV",
      "CB-GV-CNV",
      "CBGVCNV",
      "CB-VC",
      "CBVC",
      "CBCCVC",
      "CBVCNLĐ",
      "CBVCNLD",
      "viên chức",
    ],
    afterTotal: ["người"],
    before: ["tổng số người"],
  },
  "students.total": {
    kind: "count",
    after: ["học sinh", "HS", "trẻ", "cháu", "em học sinh"],
    before: ["sĩ số"],
  },
  "students.classes": {
    kind: "count",
    after: ["lớp", "lớp học", "nhóm lớp", "nhóm, lớp", "nhóm trẻ"],
    before: [],
  },
  "staff.party": {
    kind: "count",
    after: ["đảng viên", "ĐV"],
    before: [],
  },
  "staff.partyFull": {
    kind: "count",
    after: ["đảng viên chính thức", "chính thức"],
    before: [],
  },
  "staff.partyProbationary": {
    kind: "count",
    after: ["đảng viên dự bị", "dự bị"],
    before: [],
  },
  "staff.female": {
    kind: "count",
    after: ["nữ"],
    before: ["trong đó nữ", "trong đó có nữ"],
  },
  "donations.total": {
    kind: "money",
    after: [
      "đồng",
      "đ",
      "VNĐ",
      "triệu",
      "triệu đồng",
      "tỷ",
      "tỷ đồng",
      "nghìn đồng",
      "ngàn đồng",
      "tr",
    ],
    before: [
      "tổng số tiền",
      "số tiền",
      "tổng trị giá",
      "trị giá",
      "tổng cộng",
      "tổng kinh phí",
    ],
  },
  ...ratingWords(),
  "party.partyGroups": {
    kind: "count",
    after: ["tổ đảng"],
    before: [],
  },
  "donations.count": {
    kind: "count",
    after: ["lượt", "lượt ủng hộ", "lượt tài trợ"],
    before: [],
  },
  "donations.donors": {
    kind: "count",
    after: ["nhà tài trợ", "mạnh thường quân", "nhà hảo tâm", "đơn vị tài trợ"],
    before: [],
  },
};

/** Words right after a figure's noun that make it a part, not the whole ("đảng viên mới"). */
const QUALIFIERS = [
  "mới",
  "quản lý",
  "nghèo",
  "khó khăn",
  "có hoàn cảnh",
  "khuyết tật",
  "giỏi",
  "khá",
  "xuất sắc",
  "tiên tiến",
  "dân tộc",
  "bỏ học",
  "lưu ban",
  "nam",
  "nữ",
  "được",
  "đạt",
  "vi phạm",
  "chưa",
];

/** Units after a number that make it a duration, an age, a score or a count of times. */
const UNITS = [
  "tuổi",
  "tháng",
  "năm",
  "ngày",
  "tuần",
  "giờ",
  "phút",
  "giây",
  "lần",
  "điểm",
  "buổi",
  "tiết",
  "km",
  "m",
  "kg",
  "phần trăm",
];

/** Words before a number that make it an identifier (a year, a date, an article, a grade, a
 *  document number). "số" counts unless it is "tổng số". */
const IDENTIFIERS = [
  "năm",
  "ngày",
  "tháng",
  "quý",
  "kỳ",
  "kì",
  "khóa",
  "khoá",
  "nhiệm kỳ",
  "học kỳ",
  "học kì",
  "điều",
  "khoản",
  "điểm",
  "lần thứ",
  "thứ",
  "lớp",
  "khối",
  "tổ",
  "khu",
  "ấp",
  "phòng",
  "tuyến",
  "đợt",
  "giai đoạn",
  "chương",
  "mục",
  "phụ lục",
  "bảng",
  "trang",
  "mức độ",
  "mức",
  "cấp độ",
  "chỉ thị",
  "nghị quyết",
  "kế hoạch",
  "quyết định",
  "công văn",
  "thông tư",
  "nghị định",
  "kết luận",
  "hướng dẫn",
  "thông báo",
  "báo cáo",
  "luật",
  "số",
];

// ---- compiled matchers -----------------------------------------------------------------------

const lower = (s: string) => s.toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A phrase as a pattern: any spacing around "," and "-", runs of spaces. */
function phrasePattern(phrase: string): string {
  return lower(phrase)
    .trim()
    .split(/\s*([,-])\s*|\s+/)
    .filter((p) => p !== undefined && p !== "")
    .map((p) => (p === "," || p === "-" ? `\\s*${escape(p)}\\s*` : escape(p)))
    .reduce(
      (acc, p, i, all) =>
        acc +
        p +
        (i < all.length - 1 &&
        !p.endsWith("\\s*") &&
        !all[i + 1].startsWith("\\s*")
          ? "\\s+"
          : ""),
      "",
    );
}

/** Canonical form of a matched phrase, to find its key. */
const canonical = (s: string) =>
  lower(s)
    .replace(/\s*,\s*/g, ", ")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();

const alternation = (phrases: Iterable<string>) =>
  [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join("|");

const NOT_WORD = "(?![\\p{L}\\d])";

interface Matchers {
  readonly after: RegExp;
  readonly afterKey: ReadonlyMap<string, string>;
  readonly label: RegExp;
  readonly labelKey: ReadonlyMap<string, string>;
  readonly colon: RegExp;
  readonly afterTotal: RegExp;
  readonly afterTotalKey: ReadonlyMap<string, string>;
  readonly moneyKey: string | undefined;
}

function compile(table: Readonly<Record<string, FigureWords>>): Matchers {
  const afterKey = new Map<string, string>();
  const labelKey = new Map<string, string>();
  const afterTotalKey = new Map<string, string>();
  let moneyKey: string | undefined;
  for (const [key, words] of Object.entries(table)) {
    if (words.kind === "money") {
      moneyKey ??= key;
    } else
      for (const w of words.after) {
        afterKey.set(canonical(w), key);
        labelKey.set(canonical(`số ${w}`), key);
        labelKey.set(canonical(`tổng ${w}`), key);
      }
    for (const w of words.before) labelKey.set(canonical(w), key);
    for (const w of words.afterTotal ?? [])
      afterTotalKey.set(canonical(w), key);
  }
  const colonWords = [...afterKey.keys()];
  return {
    after: new RegExp(
      `^\\s*(?:\\S+\\s+){0,2}?(${alternation(afterKey.keys())})${NOT_WORD}`,
      "u",
    ),
    afterKey,
    label: new RegExp(
      `(?:^|[\\s,(])(${alternation(labelKey.keys())})(?:\\s*:|\\s+(?:là|có|gồm|đạt))?$`,
      "u",
    ),
    labelKey,
    colon: new RegExp(`(?:^|[\\s,(])(${alternation(colonWords)})\\s*:$`, "u"),
    afterTotal: new RegExp(
      `^\\s*(${alternation(afterTotalKey.keys())})${NOT_WORD}`,
      "u",
    ),
    afterTotalKey,
    moneyKey,
  };
}

const MATCHERS = compile(FIGURE_WORDS);

const QUALIFIER = new RegExp(
  `^\\s*(?:${alternation(QUALIFIERS)})${NOT_WORD}`,
  "u",
);
const UNIT = new RegExp(`^\\s*(?:%|(?:${alternation(UNITS)})${NOT_WORD})`, "u");
const IDENTIFIER = new RegExp(
  `(?:^|[\\s,(/])(?:${alternation(IDENTIFIERS)})$`,
  "u",
);
const TOTAL_BEFORE = /(?:^|[\s,(])tổng\s+(?:số|cộng)\s*:?$/u;

const SCALE = "(?:tỷ|tỉ|triệu|tr|nghìn|ngàn|k)";
/** Currency; a bare "đ" not before "/" ("02 đ/c" is two comrades). */
const CURRENCY = `(?:(?:đồng|vnđ|vnd)${NOT_WORD}|đ(?![\\p{L}\\d/]))`;
/** What may follow the digits of an amount: scale words (compound "1 tỷ 200 triệu"), currency. */
const TAIL = new RegExp(
  `(?:[ \\t]*${SCALE}${NOT_WORD}(?:[ \\t]+(?:\\d[\\d.,]*\\d|\\d)[ \\t]*${SCALE}${NOT_WORD})*)?(?:[ \\t]*${CURRENCY})?`,
  "iuy",
);
const NUMBER = /\d[\d.,]*\d|\d/g;
/** Stops the words looked at around a number. */
const STOP_AFTER = /[;:.!?()[\]{}\n\d]/u;
const STOP_BEFORE = /[;!?()[\]{}\n\d]/u;

const isLetterOrDigit = (c: string | undefined) =>
  c !== undefined && /[\p{L}\d_]/u.test(c);

/** The words after a number, lower case, up to a stop. */
function windowAfter(text: string, from: number): string {
  let to = from;
  const limit = Math.min(text.length, from + 80);
  while (to < limit && !STOP_AFTER.test(text[to])) to++;
  return lower(text.slice(from, to));
}

/** The words before a number, lower case, back to a stop, trimmed at the end. */
function windowBefore(text: string, to: number): string {
  let from = to;
  const limit = Math.max(0, to - 80);
  while (from > limit && !STOP_BEFORE.test(text[from - 1])) from--;
  // A sentence's full stop ends the window too ("… năm 2023. Tổng số 65 …").
  const chunk = text.slice(from, to);
  const dot = chunk.search(/\.\s[^.]*$/u);
  return lower(dot === -1 ? chunk : chunk.slice(dot + 1)).trimEnd();
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly money: boolean;
}

/** The number whose digits span [start, digitsEnd), with its amount words, or null when it is
 *  part of a code, a date, a percentage, a range, a phone number or cannot be read exactly. */
function readNumber(
  text: string,
  start: number,
  digitsEnd: number,
): Found | null {
  const prev = text[start - 1];
  if (isLetterOrDigit(prev) || prev === "/") return null;
  if ((prev === "-" || prev === "–") && isLetterOrDigit(text[start - 2]))
    return null; // "Covid-19", "2021-2025"
  const next = text[digitsEnd];
  const afterNext = text[digitsEnd + 1];
  if (
    (next === "/" || next === "-" || next === "–") &&
    isLetterOrDigit(afterNext)
  )
    return null; // "25-NQ/TW", "17/KH", "12/01", "24-36"
  if (next === ":" && isLetterOrDigit(afterNext)) return null; // "8:30"
  const digits = text.slice(start, digitsEnd);
  if (digits.length >= 3 && digits[0] === "0") return null; // phone numbers, codes
  if (/^\s*%/.test(text.slice(digitsEnd, digitsEnd + 3))) return null;
  if (
    /\d\s*(?:[-–—~]|đến|tới)\s*$/iu.test(
      text.slice(Math.max(0, start - 12), start),
    )
  )
    return null; // "01- 02", "50 đến 90"
  if (
    /^\s*(?:[-–—~]|đến|tới)\s*\d/iu.test(text.slice(digitsEnd, digitsEnd + 12))
  )
    return null;
  TAIL.lastIndex = digitsEnd;
  const tail = TAIL.exec(text);
  let end = digitsEnd + (tail ? tail[0].length : 0);
  if (end === digitsEnd && isLetterOrDigit(next)) return null; // "2021của", "3A"
  if (end > digitsEnd) {
    const amount = parseVnNumber(text.slice(start, end));
    const bareDong =
      amount.ok &&
      /^\s*đồng$/iu.test(text.slice(digitsEnd, end)) &&
      amount.value < 1000 &&
      /^\s+\p{L}/u.test(text.slice(end, end + 3));
    if (amount.ok && !bareDong)
      return { start, end, value: amount.value, money: true };
    end = digitsEnd; // "05 đồng chí": not an amount
    if (isLetterOrDigit(next)) return null;
  }
  const count = parseVnNumber(digits);
  if (!count.ok) return null; // "3.28", "1.2.3"
  return { start, end, value: count.value, money: false };
}

/** The figure a number means, by the words around it, or null. */
function keyOf(text: string, found: Found): string | null {
  const m = MATCHERS;
  if (found.money) return m.moneyKey ?? null;
  const after = windowAfter(text, found.end);
  if (UNIT.test(after)) return null;
  const before = windowBefore(text, found.start);
  const label = m.label.exec(before);
  if (label) return m.labelKey.get(canonical(label[1])) ?? null;
  const colon = m.colon.exec(before);
  if (colon) return m.afterKey.get(canonical(colon[1])) ?? null;
  if (IDENTIFIER.test(before) && !TOTAL_BEFORE.test(before)) return null;
  const word = m.after.exec(after);
  if (word) {
    const rest = after.slice(word.index + word[0].length);
    if (QUALIFIER.test(rest)) return null;
    // "… đối với lớp 8": the noun belongs to the number after it.
    const phraseEnd = found.end + word[0].length;
    if (/^\s*\d/.test(text.slice(phraseEnd, phraseEnd + 4))) return null;
    // "GDPT 2018 … lớp": a year-like number needs its noun right after it.
    const yearLike = /^(19|20)\d\d$/.test(text.slice(found.start, found.end));
    if (yearLike && word[0].trimStart() !== word[1]) return null;
    return m.afterKey.get(canonical(word[1])) ?? null;
  }
  if (TOTAL_BEFORE.test(before)) {
    const total = m.afterTotal.exec(after);
    if (total) return m.afterTotalKey.get(canonical(total[1])) ?? null;
  }
  return null;
}

/** About 30 characters each side of the number, cut at whole words, spaces collapsed. */
function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 30);
  let to = Math.min(text.length, end + 30);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ").trim()}${to < text.length ? "…" : ""}`;
}

/** How a count is written, kept by its field: "03" (`:00`, two digits at least), "1668"
 *  (`:0`, digits without the thousands dot); "" for the usual form. */
function variantOf(figure: FigureValue, written: string): string {
  if (figure.kind !== "count") return "";
  if (/^0\d+$/.test(written)) return `:${"0".repeat(written.length)}`;
  if (/^\d{4,}$/.test(written)) return ":0";
  return "";
}

/**
 * Turns the numbers of `text` that quote a figure into `{{key}}` fields, and lists the numbers
 * next to a figure's words whose value differs, for the user to decide. The text is read as NFC;
 * offsets count UTF-16 code units of that text.
 * @example linkFigures("Trường có 65 cán bộ, giáo viên; 01 Bí thư.", [{ key: "staff.total", value: 65, kind: "count" }])
 *   // { text: "Trường có {{staff.total}} cán bộ, giáo viên; 01 Bí thư.", linked: [{ key: "staff.total", written: "65" }], review: [] }
 */
export function linkFigures(
  text: string,
  figures: readonly FigureValue[],
): LinkedText {
  const source = text.normalize("NFC");
  const byKey = new Map<string, FigureValue>();
  for (const f of figures) if (!byKey.has(f.key)) byKey.set(f.key, f);
  const linked: LinkedFigure[] = [];
  const review: FigureReview[] = [];
  let out = "";
  let copied = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(source); m; m = NUMBER.exec(source)) {
    const found = readNumber(source, m.index, m.index + m[0].length);
    if (!found) continue;
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, found.end);
    const key = keyOf(source, found);
    const figure = key === null ? undefined : byKey.get(key);
    if (!figure) continue;
    const written = source.slice(found.start, found.end);
    if (figure.kind === "count" && found.money) continue;
    if (figure.value === found.value) {
      out += `${source.slice(copied, found.start)}{{${figure.key}${variantOf(figure, written)}}}`;
      copied = found.end;
      linked.push({ key: figure.key, written });
    } else if (
      figure.kind === "count" ||
      /tổng/iu.test(windowBefore(source, found.start))
    )
      // An amount differing from the total is one donation among others ("20 chiếc xe đạp trị
      // giá 36 triệu đồng"), not worth a review — unless a "tổng" label calls it the total.
      review.push({
        written,
        key: figure.key,
        context: contextOf(source, found.start, found.end),
        offset: found.start,
      });
  }
  out += source.slice(copied);
  return { text: out, linked, review };
}
