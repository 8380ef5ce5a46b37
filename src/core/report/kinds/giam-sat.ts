/** `giam-sat` — Báo cáo giám sát thực hiện phong trào "Dân vận khéo" (seed 004, Party format):
 *  the trích yếu names the directive the legal bases sheet cites, when there is one. */
import { formatCitation } from "../../vn/format-citation";
import type { OutlinedKind } from "../outlined";

const movement = "phong trào thi đua “Dân vận khéo”";

export const giamSat: OutlinedKind = {
  id: "giam-sat",
  subject: (c) => {
    const directive = c.data.legalRefs?.rows
      .map((r) => r.value)
      .find(
        (r) =>
          r.used !== "no" &&
          r.docType &&
          /^chỉ thị$/i.test(r.docType.trim()) &&
          r.number,
      );
    const what = directive
      ? formatCitation({
          docType: directive.docType!,
          number: directive.number!,
          symbol: directive.symbol ?? "",
          date: directive.issuedOn,
          issuer: directive.issuer,
          subject: directive.subject,
        })
      : `${movement} ${c.period}`;
    return `Giám sát việc thực hiện ${what}`;
  },
  intro: (c) =>
    `{{general.unitName}} báo cáo kết quả giám sát việc thực hiện ${movement} ${c.period} như sau:`,
  closing: (c) =>
    `Trên đây là báo cáo kết quả giám sát việc thực hiện ${movement} ${c.period} của {{general.unitName}}./.`,
};
