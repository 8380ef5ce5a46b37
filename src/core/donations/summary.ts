/** Donation totals: by donor, by form, by month — what "Tổng hợp tài trợ" computes with native
 *  formulas, computed here from the same rows (the reports and the tests use this). */
import type { DonationForm } from "../model/enums";
import type { DonationRow } from "../model/records";

/** The amount of a ledger line in VND: the typed amount, else quantity × unit price. */
export function lineAmount(
  r: Pick<DonationRow, "amount" | "quantity" | "unitPrice">,
): number | null {
  if (r.amount !== null) return r.amount;
  if (r.quantity !== null && r.unitPrice !== null)
    return r.quantity * r.unitPrice;
  return null;
}

export interface DonationSummary {
  /** Sum of every line amount (VND). */
  readonly total: number;
  /** Lines with an amount. */
  readonly count: number;
  /** Donor → { count, amount }, in order of first appearance. */
  readonly byDonor: ReadonlyMap<string, { count: number; amount: number }>;
  readonly byForm: Readonly<
    Record<DonationForm, { count: number; amount: number }>
  >;
  /** "YYYY-MM" → { count, amount }, sorted. */
  readonly byMonth: ReadonlyMap<string, { count: number; amount: number }>;
}

/** Totals of the ledger lines (lines without an amount are not counted). */
export function summariseDonations(
  rows: readonly DonationRow[],
): DonationSummary {
  const byDonor = new Map<string, { count: number; amount: number }>();
  const byForm = {
    cash: { count: 0, amount: 0 },
    transfer: { count: 0, amount: 0 },
    inKind: { count: 0, amount: 0 },
  };
  const months = new Map<string, { count: number; amount: number }>();
  let total = 0;
  let count = 0;
  const add = (
    m: Map<string, { count: number; amount: number }>,
    k: string,
    a: number,
  ) => {
    const e = m.get(k) ?? { count: 0, amount: 0 };
    e.count++;
    e.amount += a;
    m.set(k, e);
  };
  for (const r of rows) {
    const a = lineAmount(r);
    if (a === null) continue;
    total += a;
    count++;
    if (r.donor) add(byDonor, r.donor, a);
    if (r.form) {
      byForm[r.form].count++;
      byForm[r.form].amount += a;
    }
    if (r.date)
      add(months, `${r.date.year}-${String(r.date.month).padStart(2, "0")}`, a);
  }
  const byMonth = new Map(
    [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { total, count, byDonor, byForm, byMonth };
}
