/** A check rule: an id, a default severity, and a function from the workbook data to findings. */
import type { WorkbookData } from "../sheets/read";
import type { TableData } from "../workbook/types";
import type { Finding, RuleRef } from "../model/finding";

/** Settings the user can change (Thông tư 16/2018 leaves the threshold to the school). */
export interface CheckSettings {
  /** Cash donations at or above this amount (VND) need a voucher number. */
  readonly cashVoucherThreshold: number;
}

export const DEFAULT_SETTINGS: CheckSettings = {
  cashVoucherThreshold: 2_000_000,
};

export interface CheckContext {
  readonly settings: CheckSettings;
  /** The tables as read, cell by cell (for checks on the raw text). */
  readonly tables: readonly TableData[];
}

/** A rule: its id and default severity (a `RuleRef`, which its findings name), and the run. */
export interface Rule extends RuleRef {
  /** One line in Vietnamese: what the rule checks. */
  readonly title: string;
  readonly run: (data: WorkbookData, ctx: CheckContext) => Finding[];
}
