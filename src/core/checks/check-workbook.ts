/** Checking a whole workbook through the seam: one read of every table, then every rule. */
import { readWorkbook } from "../sheets/read";
import type { WorkbookHost } from "../workbook/types";
import { DEFAULT_SETTINGS, type CheckSettings } from "./rule";
import { runChecks, runChecksStepwise, type CheckReport } from "./run";

/** Reads every table (one seam call), then runs every rule; with `onProgress`, yields between
 *  rules so the task pane can show progress. */
export async function checkWorkbook(
  host: WorkbookHost,
  settings: CheckSettings = DEFAULT_SETTINGS,
  onProgress?: (done: number, total: number) => void,
): Promise<CheckReport> {
  const read = await readWorkbook(host);
  return onProgress
    ? runChecksStepwise(read, settings, onProgress)
    : runChecks(read, settings);
}
