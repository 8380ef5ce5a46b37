/** A document cited in prose: "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về …". */
import type { CalendarDate } from "./calendar-date";
import {
  joinNumberSymbol,
  symbolStyle,
  type DocumentStyle,
} from "./document-number";
import { formatShortDate } from "./format-short-date";

export interface CitationParts {
  /** Kind of document: "Kế hoạch", "Nghị quyết", "Chỉ thị", "Công văn", … */
  readonly docType: string;
  readonly number: string;
  /** "KH/ĐU" (Party), "KH-THCS" (state), "2018/TT-BGDĐT". */
  readonly symbol: string;
  readonly date?: CalendarDate | null;
  readonly issuer?: string | null;
  /** Trích yếu; "về" is added unless it starts with it. */
  readonly subject?: string | null;
  /** Joins number and symbol: Party "-", state "/"; default from the symbol (see symbolStyle). */
  readonly style?: DocumentStyle;
}

const clean = (s: string | null | undefined) =>
  (s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * The citation, NFC, single spaces; parts left empty are left out.
 * @example formatCitation({ docType: "Kế hoạch", number: "24", symbol: "KH/ĐU", date: { year: 2021, month: 1, day: 12 }, issuer: "Đảng ủy phường Giang Biên", subject: "thực hiện công tác dân vận năm 2021" })
 * // "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về thực hiện công tác dân vận năm 2021"
 * @example formatCitation({ docType: "Công văn", number: "5", symbol: "UBND-HC" }) // "Công văn số 05/UBND-HC"
 */
export function formatCitation(p: CitationParts): string {
  const parts = [clean(p.docType)];
  const numberSymbol = joinNumberSymbol(
    clean(p.number),
    clean(p.symbol),
    p.style ?? symbolStyle(clean(p.symbol)),
  );
  if (numberSymbol) parts.push(`số ${numberSymbol}`);
  if (p.date) parts.push(`ngày ${formatShortDate(p.date)}`);
  const issuer = clean(p.issuer);
  if (issuer) parts.push(`của ${issuer}`);
  const subject = clean(p.subject);
  if (subject) parts.push(/^về\s/i.test(subject) ? subject : `về ${subject}`);
  return parts.filter(Boolean).join(" ");
}
