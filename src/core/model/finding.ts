/** A finding: one problem in the workbook, pointed at its cell. Produced by the sheet reader
 *  (cells that cannot be read) and by the check rules; shown by the pane, the CLI and the
 *  findings sheet. */
import { z } from "zod";
import type { RuleId } from "./rule-names";

/** lỗi (error) / cảnh báo (warning) / thông tin (info) — use by value: `Severity.error`. */
export const Severity = {
  error: "lỗi",
  warning: "cảnh báo",
  info: "thông tin",
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** Every severity, from the most to the least serious (the order of counts and filters). */
export const SEVERITIES: readonly Severity[] = Object.values(Severity);

export const Finding = z.object({
  /** Rule id, ASCII: "read.unreadable", "staff.total", … (see rule-names.ts). */
  rule: z.string(),
  severity: z.enum(SEVERITIES as [Severity, ...Severity[]]),
  sheet: z.string(),
  /** A1 address of the cell; "" when the finding concerns a whole sheet. */
  cell: z.string(),
  /** Vietnamese, NFC, naming the figures. */
  message: z.string(),
  expected: z.union([z.string(), z.number()]).optional(),
  actual: z.union([z.string(), z.number()]).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What a finding is about: the rule's id and the severity its findings have by default. */
export interface RuleRef {
  readonly id: RuleId;
  readonly severity: Severity;
}

/**
 * Builds a finding of `rule` (NFC message); `extra.severity` overrides the rule's severity for
 * this one finding.
 * @example finding(ledgerAmount, "Sổ tài trợ", "K5", "Thành tiền 1.000 ≠ 2 × 600 = 1.200, lệch 200.")
 */
export function finding(
  rule: RuleRef,
  sheet: string,
  cell: string,
  message: string,
  extra: {
    severity?: Severity;
    expected?: string | number;
    actual?: string | number;
  } = {},
): Finding {
  const { severity = rule.severity, ...values } = extra;
  return {
    rule: rule.id,
    severity,
    sheet,
    cell,
    message: message.normalize("NFC"),
    ...values,
  };
}

/** How many findings of each severity. */
export function countBySeverity(
  findings: readonly Finding[],
): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<
    Severity,
    number
  >;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * The counts in words, in severity order.
 * @example describeCounts({ lỗi: 1, "cảnh báo": 0, "thông tin": 2 }) // "1 lỗi, 0 cảnh báo, 2 thông tin"
 */
export function describeCounts(
  counts: Readonly<Record<Severity, number>>,
): string {
  return SEVERITIES.map((s) => `${counts[s]} ${s}`).join(", ");
}
