/** A finding: one problem in the workbook, pointed at its cell. */
import { z } from "zod";
import type { RuleId } from "./rule-names";

/** lỗi (error) / cảnh báo (warning) / thông tin (info). */
export const Severity = {
  error: "lỗi",
  warning: "cảnh báo",
  info: "thông tin",
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

export const Finding = z.object({
  /** Rule id, ASCII: "read.number", "staff.total", … */
  rule: z.string(),
  severity: z.enum(["lỗi", "cảnh báo", "thông tin"]),
  sheet: z.string(),
  /** A1 address of the cell; "" when the finding concerns a whole sheet. */
  cell: z.string(),
  /** Vietnamese, NFC, naming the figures. */
  message: z.string(),
  expected: z.union([z.string(), z.number()]).optional(),
  actual: z.union([z.string(), z.number()]).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Builds a finding (NFC message). */
export function finding(
  rule: RuleId,
  severity: Severity,
  sheet: string,
  cell: string,
  message: string,
  extra: { expected?: string | number; actual?: string | number } = {},
): Finding {
  return {
    rule,
    severity,
    sheet,
    cell,
    message: message.normalize("NFC"),
    ...extra,
  };
}
