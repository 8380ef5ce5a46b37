/** Sổ tài trợ: amounts, missing fields, dates in the period, duplicates, cash vouchers. */
import { DonationForm, fold } from "../../model/enums";
import type { DonationRow } from "../../model/records";
import { lineAmount } from "../../donations/summary";
import {
  finding,
  Severity,
  type Finding,
  type RuleRef,
} from "../../model/finding";
import { cellOf, missingFields } from "../cells";
import { compareDates, dmy, n } from "../format";
import type { Rule } from "../rule";

const NON_POSITIVE: RuleRef = {
  id: "ledger.non-positive",
  severity: Severity.error,
};

export const ledgerAmount: Rule = {
  id: "ledger.amount",
  severity: Severity.error,
  title: "Thành tiền = Số lượng × Đơn giá; không âm, không bằng 0",
  run: ({ donations: d }) => {
    if (!d) return [];
    const out: Finding[] = [];
    for (const { value: r, row } of d.rows) {
      const cell = cellOf(d, "amount", row);
      if (r.amount !== null && r.quantity !== null && r.unitPrice !== null) {
        const product = r.quantity * r.unitPrice;
        if (Math.abs(product - r.amount) > 0.5)
          out.push(
            finding(
              ledgerAmount,
              d.sheet,
              cell,
              `Thành tiền ${n(r.amount)} ≠ ${n(r.quantity)} × ${n(r.unitPrice)} = ${n(product)}, lệch ${n(Math.abs(r.amount - product))}.`,
              { expected: product, actual: r.amount },
            ),
          );
      }
      const a = lineAmount(r);
      if (a !== null && a <= 0)
        out.push(
          finding(
            NON_POSITIVE,
            d.sheet,
            cell,
            a < 0 ? `Thành tiền âm (${n(a)}).` : "Thành tiền bằng 0.",
            { actual: a },
          ),
        );
    }
    return out;
  },
};

export const ledgerMissing: Rule = {
  id: "ledger.missing",
  severity: Severity.error,
  title:
    "Mỗi dòng tài trợ có nhà tài trợ, ngày, giá trị; hiện vật phải quy ra giá trị",
  run: ({ donations: d }) =>
    d
      ? missingFields(ledgerMissing, d, [
          { key: "donor", message: () => "Thiếu tên nhà tài trợ." },
          { key: "date", message: () => "Thiếu ngày nhận tài trợ." },
          {
            key: "amount",
            missing: (r) => lineAmount(r) === null,
            message: (r) =>
              r.form === "inKind"
                ? `Hiện vật “${r.item ?? ""}” chưa quy ra giá trị (Thông tư 16/2018: phải ghi giá trị hiện vật khi tiếp nhận).`
                : "Thiếu giá trị (thành tiền).",
          },
          {
            key: "form",
            message: () =>
              `Chưa chọn hình thức (${Object.values(DonationForm).join(" / ")}).`,
            severity: Severity.warning,
          },
        ])
      : [],
};

export const ledgerPeriod: Rule = {
  id: "ledger.period",
  severity: Severity.warning,
  title: "Ngày tài trợ nằm trong kỳ báo cáo",
  run: ({ donations: d, general }) => {
    const from = general?.values.periodFrom;
    const to = general?.values.periodTo;
    if (!d || (!from && !to)) return [];
    return d.rows
      .filter(
        ({ value: r }) =>
          r.date &&
          ((from && compareDates(r.date, from) < 0) ||
            (to && compareDates(r.date, to) > 0)),
      )
      .map(({ value: r, row }) =>
        finding(
          ledgerPeriod,
          d.sheet,
          cellOf(d, "date", row),
          `Ngày ${dmy(r.date!)} nằm ngoài kỳ báo cáo ${from ? dmy(from) : "…"} – ${to ? dmy(to) : "…"}.`,
        ),
      );
  },
};

export const ledgerDuplicates: Rule = {
  id: "ledger.duplicate",
  severity: Severity.warning,
  title:
    "Dòng tài trợ có thể bị nhập trùng (cùng ngày, nhà tài trợ, nội dung, giá trị)",
  run: ({ donations: d }) => {
    if (!d) return [];
    const seen = new Map<string, number>();
    const out: Finding[] = [];
    for (const { value: r, row } of d.rows) {
      const a = lineAmount(r);
      if (!r.donor || a === null) continue;
      const key = [
        r.date ? dmy(r.date) : "",
        fold(r.donor),
        fold(r.item ?? ""),
        r.quantity ?? "",
        a,
      ].join("|");
      const first = seen.get(key);
      if (first !== undefined)
        out.push(
          finding(
            ledgerDuplicates,
            d.sheet,
            cellOf(d, "donor", row),
            `Có thể trùng với dòng ${first}: cùng ngày, nhà tài trợ “${r.donor}”, nội dung và giá trị ${n(a)}.`,
          ),
        );
      else seen.set(key, row);
    }
    return out;
  },
};

export const ledgerVoucher: Rule = {
  id: "ledger.voucher",
  severity: Severity.warning,
  title: "Tiền mặt từ ngưỡng cài đặt trở lên phải có số chứng từ (phiếu thu)",
  run: ({ donations: d }, { settings }) => {
    if (!d) return [];
    return d.rows
      .filter(
        ({ value: r }: { value: DonationRow }) =>
          r.form === "cash" &&
          (lineAmount(r) ?? 0) >= settings.cashVoucherThreshold &&
          !r.voucher,
      )
      .map(({ value: r, row }) =>
        finding(
          ledgerVoucher,
          d.sheet,
          cellOf(d, "voucher", row),
          `Tiền mặt ${n(lineAmount(r) ?? 0)} đồng (từ ${n(settings.cashVoucherThreshold)} đồng) chưa có số chứng từ; Thông tư 16/2018 yêu cầu sổ chi tiết có chứng từ.`,
        ),
      );
  },
};
