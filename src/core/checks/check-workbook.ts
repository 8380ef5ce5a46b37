/** Checking a whole workbook through the seam: one read of every table, then every rule. */
import { readWorkbook } from "../sheets/read";
import type { WorkbookHost } from "../workbook/types";
import { DEFAULT_SETTINGS, type CheckSettings } from "./rule";
import { runChecks, type CheckReport } from "./run";

export async function checkWorkbook(host: WorkbookHost, settings: CheckSettings = DEFAULT_SETTINGS, onProgress?: (done: number, total: number) => void): Promise<CheckReport> {
  const read = await readWorkbook(host);
  return runChecks(read, settings, onProgress);
}
