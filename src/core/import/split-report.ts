/**
 * Last period's report, split into the parts a new draft reuses: the document type and trích
 * yếu, the “Căn cứ …” list, the introduction, the numbered sections and the closing sentence.
 *
 * How a report is read (rules settled on the five seed reports):
 * - Lines: every paragraph, split at its line breaks; a table row is one line ("cell | cell");
 *   empty lines and rules of dashes, stars or underscores are dropped.
 * - Header: everything before the document type line (an upper-case line starting with BÁO CÁO,
 *   BẢNG ĐĂNG KÝ, KẾ HOẠCH, TỜ TRÌNH, …) is the header block and is skipped. Without a document
 *   type, the leading header-looking lines (unit names in capitals, “Số: …”, CỘNG HÒA…,
 *   ĐẢNG CỘNG SẢN VIỆT NAM, Độc lập…, the place-and-date line, “*”) are skipped.
 * - Summary (trích yếu): the lines after the document type until a rule line, a bullet, a
 *   numbered heading, a table, a line ending with “:”, a body opening (“Căn cứ”, “Thực hiện”,
 *   “Kính gửi”, “Nay”, …) — and, when the document type line is bold or centred, until the
 *   first line that is neither bold nor centred. At most six lines.
 * - End of the body: “Nơi nhận” (with its ":" or alone), a signature line (T/M, TM., KT.,
 *   HIỆU TRƯỞNG, BÍ THƯ, Người viết báo cáo, XÁC NHẬN CỦA …; also as one segment of a
 *   tab-separated line or the first line of a table cell — a title alone only in a table of one
 *   or two columns, as signature tables are), a place-and-date line once
 *   the body has begun (registration forms date at the end; right after the title it is header),
 *   or the end of the document.
 * - A paragraph broken across pages (the next line starts in lower case or with a bare number,
 *   and the previous one — at least 40 characters, same boldness — does not end with . : ; ! ?)
 *   is joined back with a space; so is a line break inside a paragraph that starts nothing new
 *   (lower case, or capitals after capitals: “I. KẾT QUẢ ↵ THỰC HIỆN”).
 * - Headings: see `isHeading`.
 * - Before the first heading: “Căn cứ …” lines are bases, the rest the introduction.
 * - Closing: from the first line starting “Trên đây” after the last heading (or, failing that, a
 *   “Chúng tôi … cam kết / phấn đấu …” line among the last three) to the end of the body.
 */
import { parseHeadingNumber, type HeadingNumber } from "./heading-number";
import type { DocxParagraph, ImportedReport, ImportedSection } from "./types";

interface Line {
  /** Trimmed, as written. */
  readonly text: string;
  /** Spaces and tabs collapsed to one space. */
  readonly flat: string;
  readonly bold: boolean;
  readonly centered: boolean;
  readonly cells?: readonly string[];
  /** The paragraph it comes from (lines of one paragraph are split at its line breaks). */
  readonly paragraph: number;
}

const TRIM = /^[\s\u200b]+|[\s\u200b]+$/g;
const collapse = (s: string) => s.replace(/[\s\u200b]+/g, " ").trim();
const words = (s: string) => (s === "" ? 0 : s.split(" ").length);
const isUpper = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** Rules and decorations: "-----", "* * *", "___", "*". */
const RULE = /^[-–—_=*.·•~+\s]+$/;
/** A bullet as schools type it: "-", "+", "•", "·", "–", "*", arrows and squares. */
const BULLET = /^[-+•·–—*▪►➢✓❖]/u;

const DOC_TYPE =
  /^(BÁO CÁO|BẢNG|BẢN|PHIẾU|ĐĂNG K[ÝÍ]|KẾ HOẠCH|TỜ TRÌNH|TỜ KHAI|BIÊN BẢN|THÔNG BÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|QUYẾT ĐỊNH|NGHỊ QUYẾT|HƯỚNG DẪN|CÔNG VĂN|DANH SÁCH|BÀI THAM LUẬN|THAM LUẬN|CAM KẾT|GIẤY|ĐƠN ĐỀ NGHỊ|ĐƠN XIN)(?![\p{L}])/u;

/** A line that opens the body: the summary stops before it. */
const BODY_OPENING =
  /^(Căn cứ|Thực hiện|Kính gửi|Kính trình|Nay|Theo|Trên cơ sở|Sau khi|Chúng tôi|Hôm nay|Vào hồi|Vào lúc|Nhằm|Để)(?![\p{L}\d])/iu;

const BASIS = /^[-+•]?\s*Căn cứ(?![\p{L}\d])/iu;
const CLOSING = /^Trên đây(?![\p{L}\d])/iu;
const COMMITMENT = /^Chúng tôi\s+(xin\s+)?(cam kết|phấn đấu|hứa)/iu;

const NOI_NHAN = /^Nơi\s+nhận\s*(:|$)/iu;
const AUTHORITY = /^(T\/M|T\.M|TM|KT|Q|TL|TUQ)[.\s/]\s*\p{Lu}/u;
const SIGNER_TITLE =
  /^(PHÓ\s+)?(HIỆU TRƯỞNG|BÍ THƯ|TRƯỞNG BAN|CHỦ TỊCH|GIÁM ĐỐC|THỦ TRƯỞNG|TỔNG PHỤ TRÁCH|NGƯỜI (VIẾT|LẬP|LÀM|BÁO CÁO)|XÁC NHẬN|ĐẠI DIỆN|KẾ TOÁN|THỦ QUỸ)(?![\p{L}])/u;
const SIGNER_WORDS =
  /^(Người\s+(viết|lập|làm)(\s+báo\s+cáo|\s+biểu)?|Người\s+báo\s+cáo|Xác\s+nhận\s+của)(?![\p{L}])/iu;
const DATE_LINE =
  /^[^\d,;:]{2,50},\s*ngày(?![\p{L}]).{0,30}(?<![\p{L}])năm\s+\d{4}\s*\.?$/iu;

const NATIONAL =
  /^(CỘNG HO[ÀÒ]A|ĐẢNG CỘNG SẢN|Độc lập\s*[-–—])|^Số(?![\p{L}\d]).{0,50}$|^V\/v(?![\p{L}\d])/iu;

/** Paragraphs → lines: line breaks split, empty lines and rules dropped. */
function toLines(paragraphs: readonly DocxParagraph[]): Line[] {
  const out: Line[] = [];
  for (const [paragraph, p] of paragraphs.entries()) {
    const parts = p.cells ? [p.text] : p.text.split("\n");
    for (const part of parts) {
      const text = part.replace(TRIM, "");
      if (text === "" || RULE.test(text)) continue;
      out.push({
        text,
        flat: collapse(text),
        bold: p.bold,
        centered: p.centered,
        cells: p.cells,
        paragraph,
      });
    }
  }
  return out;
}

/** The segments a layout puts side by side: table cells (first line), tab-separated parts. */
function segments(line: Line): string[] {
  if (line.cells)
    return line.cells.map((c) => collapse(c.split("\n")[0] ?? ""));
  return line.text.split(/\t+/).map(collapse);
}

const stripMarks = (s: string) => s.replace(/^[*\-–•\s]+/, "");

/** “Nơi nhận”, a signature line, or the place-and-date line (registration forms date at the
 *  end). */
function isEndMarker(line: Line): boolean {
  const table = line.cells !== undefined;
  for (const raw of segments(line)) {
    const s = stripMarks(raw);
    if (s === "") continue;
    if (NOI_NHAN.test(s)) return true;
    if (
      AUTHORITY.test(s) &&
      words(s) <= 12 &&
      (isUpper(s) || /^(T\/M|TM\.|KT\.|TL\.|TUQ\.)/u.test(s))
    )
      return true;
    // Signer titles in a data table are data; a signature table has one or two columns.
    if (table && line.cells!.length > 2) continue;
    if (isUpper(s) && words(s) <= 8 && SIGNER_TITLE.test(s)) return true;
    if (SIGNER_WORDS.test(s) && s.length <= 80) return true;
    if (DATE_LINE.test(s)) return true;
  }
  return false;
}

function isHeaderLine(line: Line): boolean {
  const h = line.cells ? null : parseHeadingNumber(line.flat);
  if (h && h.separated && h.kind !== "letter") return false; // "I. KHÁI QUÁT CHUNG"
  if (BASIS.test(line.flat) || BODY_OPENING.test(line.flat)) return false;
  return segments(line).every((raw) => {
    const s = stripMarks(raw);
    return (
      s === "" ||
      NATIONAL.test(s) ||
      DATE_LINE.test(s) ||
      (isUpper(s) && words(s) <= 14)
    );
  });
}

interface DocumentType {
  readonly index: number;
  readonly type: string;
  /** Text after an upper-case type on the same line ("BÁO CÁO Sơ kết …"). */
  readonly rest: string;
}

function findDocumentType(lines: readonly Line[]): DocumentType | null {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (line.cells) continue;
    const s = line.flat;
    if (BASIS.test(s) || s.length > 300) return null;
    const h = parseHeadingNumber(s);
    if (h && h.separated && h.kind !== "letter") return null;
    const m = DOC_TYPE.exec(s);
    if (!m) continue;
    if (isUpper(s) && words(s) <= 12) return { index: i, type: s, rest: "" };
    // "BÁO CÁO Sơ kết …": the type in capitals, the summary after it.
    const upper = /^[\p{Lu}\s]+(?=\s\p{Lu}\p{Ll})/u.exec(s);
    if (upper && DOC_TYPE.test(upper[0]) && words(upper[0]) <= 4)
      return {
        index: i,
        type: upper[0].trim(),
        rest: s.slice(upper[0].length).trim(),
      };
  }
  return null;
}

function stopsSummary(line: Line, formatted: boolean, count: number): boolean {
  const s = line.flat;
  if (line.cells || count >= 6 || s.length > 300) return true;
  if (BULLET.test(s) || BODY_OPENING.test(s) || /:\s*$/.test(s)) return true;
  const h = parseHeadingNumber(s);
  if (h && (h.separated || h.parts.length > 1)) return true;
  if (isEndMarker(line)) return true;
  return formatted && !line.bold && !line.centered;
}

const ENDS_SENTENCE = /[.:;!?…]["”’')\]]*$/u;

/** Whether `line` continues `prev`: a paragraph broken across pages (the next one starts in lower
 *  case or with a bare number, the previous one is long and unfinished, both equally bold), or a
 *  line break inside one paragraph that does not start anything new (lower case, or capitals
 *  after capitals: “I. KẾT QUẢ ↵ THỰC HIỆN”). */
function continues(prev: Line, line: Line): boolean {
  if (prev.cells || line.cells || ENDS_SENTENCE.test(prev.flat)) return false;
  if (parseHeadingNumber(line.flat) !== null || BULLET.test(line.flat))
    return false;
  if (prev.paragraph === line.paragraph)
    return (
      /^\p{Ll}/u.test(line.flat) || (isUpper(prev.flat) && isUpper(line.flat))
    );
  return (
    prev.bold === line.bold &&
    prev.flat.length >= 40 &&
    /^[\p{Ll}\d]/u.test(line.flat)
  );
}

/** Joins a paragraph broken across pages, or across line breaks, back together. */
function joinBrokenParagraphs(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, line))
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text} ${line.text}`,
        flat: `${prev.flat} ${line.flat}`,
      };
    else out.push(line);
  }
  return out;
}

interface ColonSplit {
  readonly heading: string;
  readonly content: string;
}

/**
 * “Đ/c Hồ Thị Tuyến: Khéo …”, “Thời gian thực hiện mô hình: Năm 2020”, “Ưu điểm:”: the heading
 * before the first ":" (not a time "8:30"), when that part is heading-sized (at most `maxWords`
 * words) and no sentence ended before it.
 */
function colonSplit(rest: string, maxWords: number): ColonSplit | null {
  const m = /(?<!\d)\s*:(?!\d)/u.exec(rest);
  if (!m) return null;
  const heading = rest.slice(0, m.index).trim();
  if (heading === "" || words(heading) > maxWords) return null;
  if (/[.!?]\s+\p{Lu}/u.test(heading)) return null;
  return { heading, content: rest.slice(m.index + m[0].length).trim() };
}

/** A heading text that is short: at most 120 characters, no ";", not ending like a sentence. */
const isShort = (rest: string) =>
  rest.length <= 120 && !rest.includes(";") && !/\.\s*$/.test(rest);

/** Whether `next` numbers a part of `head`: 2 → 2.1, 2.1 → 2.1.1, 1 → a), A → I / 1. */
function isChild(head: HeadingNumber, next: HeadingNumber): boolean {
  if (head.kind === "capital")
    return next.kind === "roman" || next.kind === "arabic";
  if (head.kind === "roman") return next.kind !== "roman";
  if (head.kind !== "arabic") return false;
  if (next.kind === "letter") return true;
  return (
    next.kind === "arabic" &&
    next.parts.length > head.parts.length &&
    head.parts.every((p, k) => next.parts[k] === p)
  );
}

interface OpenSection {
  number: string;
  level: number;
  heading: string;
  runIn: boolean;
  lines: string[];
}

/**
 * Splits the paragraphs of a report.
 * @example splitReport(await readDocxParagraphs(bytes)).sections[0] // { number: "I", level: 1, heading: "KHÁI QUÁT CHUNG", text: "…" }
 */
export function splitReport(
  paragraphs: readonly DocxParagraph[],
): ImportedReport {
  const lines = toLines(paragraphs);

  // Header, document type, summary.
  const type = findDocumentType(lines);
  let at = 0;
  const summary: string[] = [];
  if (type) {
    at = type.index + 1;
    if (type.rest) summary.push(type.rest);
    const formatted = lines[type.index].bold || lines[type.index].centered;
    while (
      at < lines.length &&
      !stopsSummary(lines[at], formatted, summary.length)
    ) {
      summary.push(lines[at].flat);
      at++;
    }
  } else while (at < lines.length && isHeaderLine(lines[at])) at++;

  // Body.
  // A place-and-date line right after the title is part of the header; later it ends the body
  // (registration forms date at the end).
  while (at < lines.length && DATE_LINE.test(lines[at].flat)) at++;
  let end = at;
  while (end < lines.length && !isEndMarker(lines[end])) end++;
  const body = joinBrokenParagraphs(lines.slice(at, end));

  // Headings.
  const candidates = body.map((line) => {
    if (line.cells) return null;
    const h = parseHeadingNumber(line.flat);
    if (!h) return null;
    // "01 Bí thư": a count, never a heading number.
    if (!h.separated && h.parts.length === 1 && h.number.startsWith("0"))
      return null;
    return h;
  });
  const prefix: Line[] = [];
  const sections: OpenSection[] = [];
  let lastTop = 0; // the last "N." since the last roman numeral
  let lastLetter = 0; // the last "a)" since the last numbered heading
  let lastCapital = 0;
  let arabicLevel = 1; // level of the innermost arabic heading

  /**
   * Whether a line starting with a number is a heading:
   * - a roman numeral with its separator ("I.", "II-", "III -") always is;
   * - "A.", "B." (capitals) when they follow each other from A and the line is bold, short or
   *   ends its heading with ":";
   * - a bare number without separator ("1 Tập thể: …", "2 Tồn Tại:") only when it is the next
   *   number expected under the current roman numeral, with no leading zero, and the line is
   *   short or a “heading: content” line;
   * - "1.", "2.1.", "2.1 ", "a)" when the line is mostly bold; or when it is a “heading: content”
   *   line (a ":" after at most 15 words, no sentence ended before it — seed 001's
   *   “2.1. Đ/c Hồ Thị Tuyến: Khéo …”, seed 002's “I. Thời gian …: Năm 2020”); or when it is
   *   short (≤ 120 characters, no ";", not ending with "."); or — a long paragraph of prose —
   *   when text of its own follows it (a plain paragraph, a bullet, a table, or a sub-number:
   *   2 → 2.1, 1 → a). A long numbered paragraph followed directly by its next sibling is a
   *   list item (seed 004's “2.1.Lãnh đạo toàn đơn vị …; 2.2. …”) and stays text.
   * Letters ("a)", "b/", "c.") must follow each other from a; numbers inside prose
   * ("… số 25-NQ/TW …") are never at the start of a line, and "12/01/2021", "1.668", "2.300",
   * "65 cán bộ", "100%" do not read as heading numbers at all.
   */
  const isHeading = (i: number, h: HeadingNumber): boolean => {
    const line = body[i];
    const rest = h.rest;
    if (h.kind === "roman") return true;
    if (h.kind === "capital")
      return (
        h.parts[0] === lastCapital + 1 &&
        (line.bold || isShort(rest) || colonSplit(rest, 15) !== null)
      );
    if (
      h.kind === "letter" &&
      h.parts[0] !== 1 &&
      h.parts[0] !== lastLetter + 1
    )
      return false;
    if (!h.separated && h.parts.length === 1)
      return (
        h.parts[0] === lastTop + 1 &&
        (rest.length <= 120 || colonSplit(rest, 15) !== null)
      );
    if (line.bold || colonSplit(rest, 15) !== null || isShort(rest))
      return true;
    const next = i + 1 < body.length ? candidates[i + 1] : undefined;
    if (next === undefined) return false;
    return next === null || isChild(h, next);
  };

  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    const h = candidates[i];
    if (!h || !isHeading(i, h)) {
      if (h?.kind === "letter") lastLetter = h.parts[0];
      if (sections.length > 0)
        sections[sections.length - 1].lines.push(line.text);
      else prefix.push(line);
      continue;
    }
    let level: number;
    if (h.kind === "roman" || h.kind === "capital") {
      level = 1;
      if (h.kind === "capital") lastCapital = h.parts[0];
      lastTop = 0;
      arabicLevel = 1;
      lastLetter = 0;
    } else if (h.kind === "arabic") {
      level = h.parts.length + 1;
      if (h.parts.length === 1) lastTop = h.parts[0];
      arabicLevel = level;
      lastLetter = 0;
    } else {
      level = Math.max(3, arabicLevel + 1);
      lastLetter = h.parts[0];
    }
    const split = colonSplit(h.rest, h.kind === "roman" ? 25 : 15);
    const heading = (split ? split.heading : h.rest).replace(/\s*:\s*$/, "");
    sections.push({
      number: h.number,
      level,
      heading,
      runIn: Boolean(split && split.content !== ""),
      lines: split && split.content !== "" ? [split.content] : [],
    });
  }

  // Closing: "Trên đây …" after the last heading, or a commitment among the last lines.
  const tail = sections.length > 0 ? sections[sections.length - 1].lines : null;
  const tailTexts = tail ?? prefix.map((l) => l.text);
  let k = tailTexts.findIndex((t) => CLOSING.test(collapse(t)));
  if (k === -1) {
    const from = Math.max(0, tailTexts.length - 3);
    const j = tailTexts
      .slice(from)
      .findIndex((t) => COMMITMENT.test(collapse(t)));
    if (j !== -1) k = from + j;
  }
  let closing: string[] = [];
  if (k !== -1) {
    closing = tailTexts.slice(k);
    if (tail) tail.length = k;
    else prefix.length = k;
  }

  const bases = prefix.filter((l) => BASIS.test(l.flat)).map((l) => l.text);
  const intro = prefix.filter((l) => !BASIS.test(l.flat)).map((l) => l.text);
  return {
    documentType: type ? type.type : null,
    summary: summary.join("\n"),
    bases,
    intro: intro.join("\n"),
    sections: sections.map((s): ImportedSection => ({
      number: s.number,
      level: s.level,
      heading: s.heading,
      runIn: s.runIn,
      text: s.lines.join("\n"),
    })),
    closing: closing.join("\n"),
  };
}
