/** Last period's report (.docx) → its parts: document type, summary, bases, intro, numbered
 *  sections, closing. Host-free: runs in the task pane, the CLI and tests alike. */
import { readDocxParagraphs } from "./docx-paragraphs";
import { splitReport } from "./split-report";
import type { ImportedReport } from "./types";

/**
 * Reads last period's report from the bytes of its .docx and splits it into sections.
 * @throws ReportImportError (Vietnamese message) when the bytes are not a readable .docx.
 * @example const report = await readReportDocx(bytes); report.sections.map((s) => s.number) // ["I", "1", "2", "II", …]
 */
export async function readReportDocx(
  bytes: Uint8Array,
): Promise<ImportedReport> {
  return splitReport(await readDocxParagraphs(bytes));
}
