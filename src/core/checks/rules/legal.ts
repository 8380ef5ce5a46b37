/** Văn bản căn cứ: number-and-symbol style matching the issuer, dates, duplicates. */
import { fold } from "../../model/enums";
import { symbolStyle } from "../../vn/document-number";
import { finding, Severity, type Finding } from "../../model/finding";
import { cellOf } from "../cells";
import { compareDates, dmy } from "../format";
import type { Rule } from "../rule";

/** Party bodies issue Party-style symbols (24-KH/ĐU); state bodies, state style (764/UBND-HC). */
const PARTY_ISSUER =
  /\b(dang|chi bo|chi uy|dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban chap hanh|ban bi thu|bo chinh tri|ban thuong vu|ban dan van|ban tuyen giao|ban to chuc|uy ban kiem tra)\b/;
const STATE_ISSUER =
  /\b(ubnd|uy ban nhan dan|chinh phu|thu tuong|bo |so |phong giao duc|truong|hoi dong nhan dan|quoc hoi)/;

export function issuerFamily(issuer: string): "party" | "state" | null {
  const f = ` ${fold(issuer)} `;
  if (PARTY_ISSUER.test(f)) return "party";
  if (STATE_ISSUER.test(f)) return "state";
  return null;
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
          family === "party"
            ? `Ký hiệu “${r.symbol}” theo kiểu Nhà nước nhưng “${r.issuer}” là cơ quan Đảng (kiểu Đảng: ${r.number ?? "24"}-KH/ĐU).`
            : `Ký hiệu “${r.symbol}” theo kiểu Đảng nhưng “${r.issuer}” là cơ quan Nhà nước (kiểu Nhà nước: ${r.number ?? "764"}/UBND-HC).`,
        ),
      );
    }
    return out;
  },
};

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
