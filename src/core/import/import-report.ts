/** `dvk nhap-bao-cao` and the pane's "Nhập báo cáo kỳ trước": the whole flow on any workbook
 *  host — read the .docx, add the narrative sheet when the workbook has none, fill it. */
import { REPORT_KIND_NAMES, type ReportKindId } from "../model/report-outlines";
import { insertTemplates } from "../sheets/insert";
import { readWorkbook } from "../sheets/read";
import { SHEETS } from "../sheets/registry";
import type { WorkbookHost } from "../workbook/types";
import {
  guessKind,
  planNarrativeImport,
  type NarrativeImport,
} from "./into-narrative";
import { readReportDocx } from "./read-report";
import { ReportImportError } from "./errors";

export interface ImportOptions {
  /** The kind the report is; guessed from its title when omitted. */
  readonly kind?: ReportKindId;
  /** What the "Nguồn" column says of the imported rows ("báo cáo 2023.docx"). */
  readonly source: string;
}

export interface ImportResult extends NarrativeImport {
  /** Whether the narrative sheet was added for the import. */
  readonly sheetAdded: boolean;
  /** Sections found in the old report. */
  readonly sections: number;
}

/**
 * Imports last period's report (`bytes` of its .docx) into the workbook's narrative sheet.
 * @throws ReportImportError (Vietnamese) when the file is not a readable .docx or its kind
 *   cannot be told and none is given.
 */
export async function importReport(
  host: WorkbookHost,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult> {
  const report = await readReportDocx(bytes);
  const kind = options.kind ?? guessKind(report);
  if (!kind)
    throw new ReportImportError(
      "unknown-kind",
      `Không nhận ra loại báo cáo từ tiêu đề “${report.summary.split("\n")[0] || report.documentType || "(không có tiêu đề)"}”. Chọn loại: ${Object.entries(
        REPORT_KIND_NAMES,
      )
        .map(([id, name]) => `${id} (${name})`)
        .join("; ")}.`,
    );
  const name = SHEETS.narrative.tableName;
  let [table] = await host.readTables([name]);
  let sheetAdded = false;
  if (!table) {
    const [outcome] = await insertTemplates(host, {
      level: "thcs",
      sheets: ["narrative"],
    });
    if (outcome && outcome.status !== "created" && outcome.status !== "filled")
      throw new ReportImportError("no-sheet", outcome.message);
    sheetAdded = true;
    [table] = await host.readTables([name]);
    if (!table)
      throw new ReportImportError(
        "no-sheet",
        `Không tạo được sheet “${SHEETS.narrative.sheetName}”.`,
      );
  }
  const { data } = await readWorkbook(host);
  const plan = planNarrativeImport(table, data, report, kind, options.source);
  if (plan.ops.length) await host.apply(plan.ops);
  return { ...plan, sheetAdded, sections: report.sections.length };
}
