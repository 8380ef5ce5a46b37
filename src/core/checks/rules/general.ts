/** Thông tin chung: what a report needs, dates in order, signing authority of the right family. */
import type { GeneralInfo } from "../../model/records";
import { generalSpec, REQUIRED_GENERAL } from "../../sheets/specs";
import {
  finding,
  Severity,
  type Finding,
  type RuleRef,
} from "../../model/finding";
import { compareDates, dmy } from "../format";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

const MISSING_SHEET: RuleRef = {
  id: "general.missing-sheet",
  severity: Severity.error,
};

const labelOf = (key: keyof GeneralInfo) =>
  generalSpec.fields.find((f) => f.key === key)?.label ?? key;

export const generalRequired: Rule = {
  id: "general.required",
  severity: Severity.error,
  title:
    "Thông tin chung đủ cho báo cáo (đơn vị, thể thức, địa danh, kỳ, ngày, người ký)",
  run: ({ general }) => {
    if (!general)
      return [
        finding(
          MISSING_SHEET,
          generalSpec.sheetName,
          "",
          `Chưa có sheet ${quote(generalSpec.sheetName)} (bảng ${generalSpec.tableName}); hãy chèn mẫu để báo cáo có phần đầu và chữ ký.`,
        ),
      ];
    const out: Finding[] = [];
    for (const key of REQUIRED_GENERAL)
      if (general.values[key] === null)
        out.push(
          finding(
            generalRequired,
            general.sheet,
            general.cells[key] ?? "",
            `Chưa điền ${quote(labelOf(key))}.`,
          ),
        );
    if (general.values.documentSymbol === null)
      out.push(
        finding(
          generalRequired,
          general.sheet,
          general.cells.documentSymbol ?? "",
          `Chưa điền ${quote(labelOf("documentSymbol"))}; báo cáo sẽ để trống số, ký hiệu.`,
          { severity: Severity.warning },
        ),
      );
    return out;
  },
};

export const generalDates: Rule = {
  id: "general.dates",
  severity: Severity.error,
  title:
    "Kỳ báo cáo hợp lệ (từ ngày không sau đến ngày); báo cáo lập trước ngày cuối kỳ được ghi nhận để thông tin",
  run: ({ general }) => {
    if (!general) return [];
    const { periodFrom: from, periodTo: to, reportDate: at } = general.values;
    const out: Finding[] = [];
    if (from && to && compareDates(from, to) > 0)
      out.push(
        finding(
          generalDates,
          general.sheet,
          general.cells.periodTo ?? "",
          `Kỳ báo cáo kết thúc ${dmy(to)} trước khi bắt đầu ${dmy(from)}.`,
        ),
      );
    if (to && at && compareDates(at, to) < 0)
      out.push(
        finding(
          generalDates,
          general.sheet,
          general.cells.reportDate ?? "",
          `Ngày báo cáo ${dmy(at)} trước ngày cuối kỳ ${dmy(to)}: như thường lệ, số liệu tính đến ngày báo cáo; ghi rõ trong báo cáo nếu cần.`,
          { severity: Severity.info },
        ),
      );
    return out;
  },
};

export const generalAuthority: Rule = {
  id: "general.authority",
  severity: Severity.error,
  title:
    "Thẩm quyền ký đúng thể thức (T/M cho văn bản Đảng; TM., KT., Q., TL., TUQ. cho văn bản Nhà nước)",
  run: ({ general }) => {
    if (!general) return [];
    const {
      documentFamily: family,
      signerAuthority: auth,
      authorityBody,
    } = general.values;
    if (!family || !auth) return [];
    const a = auth.trim().toUpperCase();
    const cell = general.cells.signerAuthority ?? "";
    if (family === "party" && a !== "T/M")
      return [
        finding(
          generalAuthority,
          general.sheet,
          cell,
          `Văn bản Đảng ký thay tập thể dùng “T/M” (Hướng dẫn 36-HD/VPTW), không dùng ${quote(auth)}.`,
        ),
      ];
    if (family === "state" && a === "T/M")
      return [
        finding(
          generalAuthority,
          general.sheet,
          cell,
          "Văn bản Nhà nước dùng “TM.” (Nghị định 30/2020), không dùng “T/M”.",
        ),
      ];
    if (!authorityBody)
      return [
        finding(
          generalAuthority,
          general.sheet,
          general.cells.authorityBody ?? "",
          `Có thẩm quyền ký ${quote(auth)} nhưng chưa ghi tập thể / người được ký thay.`,
          { severity: Severity.warning },
        ),
      ];
    return [];
  },
};
