/** Văn bản căn cứ: number-and-symbol style matching the issuer, dates, duplicates. */
import { fold } from "../../model/enums";
import {
  padDocumentNumber,
  restyleSymbol,
  symbolStyle,
  type DocumentStyle,
} from "../../vn/document-number";
import { finding, Severity, type Finding } from "../../model/finding";
import { cellOf } from "../cells";
import { compareDates, dmy } from "../format";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

/** Bodies whose style is certain: Party committees and boards issue Party-style symbols (24-KH/ĐU),
 *  state bodies state style (764/UBND-HC). Steering boards (Ban chỉ đạo), joint issuers and
 *  education offices use either in practice (seeds 000, 002, 003: 01-KH/BCĐ, 209-KH/PGDĐT,
 *  22-KH/BDVHU-UBND), so they get no verdict. */
const PARTY_ISSUER =
  /\b(dang uy|dang bo|chi bo|chi uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban chap hanh|ban bi thu|bo chinh tri|ban thuong vu|ban dan van|ban tuyen giao|ban to chuc|uy ban kiem tra|trung uong dang)\b/;
const STATE_ISSUER =
  /\b(ubnd|uy ban nhan dan|chinh phu|thu tuong|hoi dong nhan dan|hdnd|quoc hoi)\b|^ (bo|so) [a-z]|^ truong (mam non|mau giao|tieu hoc|thcs|thpt|th&thcs|trung hoc|pt)/;
const EITHER = /\b(ban chi dao|bcd|phong giao duc|phong gd)/;

/** The family whose style an issuer must use, or null when it may use either. */
export function issuerFamily(issuer: string): "party" | "state" | null {
  const f = ` ${fold(issuer)} `;
  if (EITHER.test(f)) return null;
  const party = PARTY_ISSUER.test(f);
  const state = STATE_ISSUER.test(f);
  return party === state ? null : party ? "party" : "state";
}

export const legalStyle: Rule = {
  id: "legal.style",
  severity: Severity.warning,
  title:
    "Số, ký hiệu văn bản đúng kiểu của cơ quan ban hành (Đảng: 24-KH/ĐU; Nhà nước: 764/UBND-HC)",
  run: ({ legalRefs: l }) => {
    if (!l) return [];
    const out: Finding[] = [];
    for (const { value: r, row } of l.rows) {
      if (!r.symbol || !r.issuer) continue;
      const style = symbolStyle(r.symbol);
      const family = issuerFamily(r.issuer);
      if (!style || !family || style === family) continue;
      out.push(
        finding(
          legalStyle,
          l.sheet,
          cellOf(l, "symbol", row),
          `Ký hiệu ${quote(r.symbol)} theo kiểu ${style === "party" ? "Đảng" : "Nhà nước"} nhưng ${quote(r.issuer)} là cơ quan ${family === "party" ? "Đảng" : "Nhà nước"}${suggestion(r.number, r.symbol, family)}.`,
        ),
      );
    }
    return out;
  },
};

/** The user's own number and symbol in the issuer's style: "; kiểu Đảng: 01-KH/ĐU". */
function suggestion(
  number: string | null,
  symbol: string,
  family: DocumentStyle,
): string {
  const restyled = restyleSymbol(symbol, family);
  if (!restyled) return "";
  const n = number ? padDocumentNumber(number) : "";
  return `; kiểu ${family === "party" ? "Đảng" : "Nhà nước"}: ${n ? (family === "party" ? `${n}-` : `${n}/`) : ""}${restyled}`;
}

export const legalDates: Rule = {
  id: "legal.date",
  severity: Severity.error,
  title: "Văn bản căn cứ ban hành trước ngày báo cáo",
  run: ({ legalRefs: l, general }) => {
    const at = general?.values.reportDate;
    if (!l || !at) return [];
    return l.rows
      .filter(({ value: r }) => r.issuedOn && compareDates(r.issuedOn, at) > 0)
      .map(({ value: r, row }) =>
        finding(
          legalDates,
          l.sheet,
          cellOf(l, "issuedOn", row),
          `Văn bản ${r.docType ?? ""} số ${r.number}${r.symbol ? ` ${r.symbol}` : ""} ban hành ngày ${dmy(r.issuedOn!)}, sau ngày báo cáo ${dmy(at)}.`,
        ),
      );
  },
};

export const legalDuplicates: Rule = {
  id: "legal.duplicate",
  severity: Severity.warning,
  title: "Văn bản căn cứ không bị liệt kê hai lần",
  run: ({ legalRefs: l }) => {
    if (!l) return [];
    const seen = new Map<string, number>();
    const out: Finding[] = [];
    for (const { value: r, row } of l.rows) {
      if (!r.number) continue;
      const key = [
        fold(r.docType ?? ""),
        fold(r.number).replace(/^0+/, ""),
        fold(r.symbol ?? "").replace(/\s/g, ""),
      ].join("|");
      const first = seen.get(key);
      if (first !== undefined)
        out.push(
          finding(
            legalDuplicates,
            l.sheet,
            cellOf(l, "number", row),
            `Văn bản ${r.docType ?? ""} số ${r.number} ${r.symbol ?? ""} đã có ở dòng ${first}.`,
          ),
        );
      else seen.set(key, row);
    }
    return out;
  },
};
