/** Document numbers and citations: state style (Nghị định 30/2020: "764/UBND-HC") and Party
 *  style (Hướng dẫn 36-HD/VPTW: "24-KH/ĐU"). */
import { formatShortDate, type CalendarDate } from "./dates";

export type DocumentStyle = "state" | "party";

/** Style a symbol implies: with "-" (KH-THCS, 2018/TT-BGDĐT) state; "X/Y" without "-" Party. */
export function symbolStyle(symbol: string): DocumentStyle | null {
  const s = symbol.trim();
  if (s.includes("-")) return "state";
  if (s.includes("/")) return "party";
  return null;
}

/** The document number padded to two digits ("5" → "05"); other text unchanged. */
export function padNumber(n: string): string {
  const t = n.trim();
  return /^\d$/.test(t) ? `0${t}` : t;
}

/** "05/KH-THCS" (state) or "24-KH/ĐU" (Party). */
export function joinNumberSymbol(
  number: string,
  symbol: string,
  style: DocumentStyle | null = symbolStyle(symbol),
): string {
  const sym = symbol.trim().replace(/\s+/g, "");
  if (!number.trim()) return sym;
  return `${padNumber(number)}${style === "party" ? "-" : "/"}${sym}`;
}

/**
 * The number line of a document's header: state "Số: 05/BC-THCS", Party "Số 01-BC/CB" (no
 * colon). With no number yet, room is left for the clerk: "Số:      /BC-THCS".
 */
export function formatDocumentNumberLine(
  style: DocumentStyle,
  number: string | null,
  symbol: string | null,
): string {
  const sym = (symbol ?? "").trim();
  const num = (number ?? "").trim();
  if (!num) return style === "party" ? `Số      -${sym}` : `Số:      /${sym}`;
  return style === "party"
    ? `Số ${joinNumberSymbol(num, sym, "party")}`
    : `Số: ${joinNumberSymbol(num, sym, "state")}`;
}

export interface CitationParts {
  /** "Kế hoạch", "Nghị quyết", … */
  readonly docType: string;
  readonly number: string;
  readonly symbol: string;
  readonly date?: CalendarDate | null;
  readonly issuer?: string | null;
  readonly subject?: string | null;
}

/**
 * A citation in prose.
 * @example formatCitation({ docType: "Kế hoạch", number: "24", symbol: "KH/ĐU", date: { year: 2021, month: 1, day: 12 }, issuer: "Đảng ủy phường Giang Biên", subject: "thực hiện công tác dân vận năm 2021" })
 * // "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về thực hiện công tác dân vận năm 2021"
 */
export function formatCitation(p: CitationParts): string {
  const parts = [
    `${p.docType.trim()} số ${joinNumberSymbol(p.number, p.symbol)}`,
  ];
  if (p.date) parts.push(`ngày ${formatShortDate(p.date)}`);
  if (p.issuer?.trim()) parts.push(`của ${p.issuer.trim()}`);
  const subject = p.subject?.trim();
  if (subject) parts.push(/^về\s/i.test(subject) ? subject : `về ${subject}`);
  return parts.join(" ").normalize("NFC");
}

export interface NumberCheck {
  readonly style: DocumentStyle | null;
  /** Vietnamese descriptions of what is wrong; empty when the text is well formed. */
  readonly problems: readonly string[];
  /** The corrected form, when one follows. */
  readonly corrected: string | null;
}

const NUMBER_SYMBOL = /^(?:số\s*:?\s*)?(\d+)\s*([-/])\s*(.+)$/i;

/**
 * Checks a number-and-symbol against the state and Party styles.
 * @example checkDocumentNumber("24- KH/ĐU").problems // ["thừa dấu cách quanh dấu nối …"]
 */
export function checkDocumentNumber(
  text: string,
  family?: DocumentStyle,
): NumberCheck {
  const t = text.normalize("NFC").trim();
  const m = NUMBER_SYMBOL.exec(t);
  if (!m)
    return {
      style: null,
      problems: [
        `“${t}” không có dạng số và ký hiệu (ví dụ 05/KH-THCS hoặc 24-KH/ĐU).`,
      ],
      corrected: null,
    };
  const [, num, sep, rawSymbol] = m;
  const symbol = rawSymbol.replace(/\s+/g, "");
  const problems: string[] = [];
  const style = symbolStyle(symbol) ?? (sep === "-" ? "party" : "state");
  if (/\s/.test(t.slice(t.match(/^(?:số\s*:?\s*)?/i)?.[0].length ?? 0)))
    problems.push(`“${t}” thừa dấu cách trong số, ký hiệu.`);
  if (style === "party" && sep === "/")
    problems.push(
      `Văn bản Đảng nối số với ký hiệu bằng dấu “-” (${num}-${symbol}), không dùng “/”.`,
    );
  if (style === "state" && sep === "-")
    problems.push(
      `Văn bản Nhà nước nối số với ký hiệu bằng dấu “/” (${padNumber(num)}/${symbol}), không dùng “-”.`,
    );
  if (style === "state" && /^\d$/.test(num))
    problems.push(
      `Số nhỏ hơn 10 phải thêm số 0 ở đầu: ${padNumber(num)}/${symbol}.`,
    );
  if (family && family !== style)
    problems.push(
      family === "party"
        ? `Văn bản Đảng dùng kiểu ${num}-KH/ĐU; “${t}” theo kiểu Nhà nước.`
        : `Văn bản Nhà nước dùng kiểu ${padNumber(num)}/KH-THCS; “${t}” theo kiểu Đảng.`,
    );
  const corrected = joinNumberSymbol(num, symbol, family ?? style);
  return { style, problems, corrected: problems.length ? corrected : null };
}
