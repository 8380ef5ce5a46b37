/** What an import did, in Vietnamese, for the CLI and the pane alike. */
import { reportFigures } from "../figures/figures";
import { REPORT_KIND_NAMES } from "../model/report-outlines";
import type { WorkbookData } from "../sheets/read";
import { SHEETS } from "../sheets/registry";
import { formatAmountScaled } from "../vn/format-amount-scaled";
import { formatVnNumber } from "../vn/format-vn-number";
import type { ImportResult } from "./import-report";

export interface ImportLine {
  readonly intent: "success" | "info" | "warning";
  readonly text: string;
}

/**
 * The summary of an import (`source`: the .docx's name), then one line per number to review.
 * `data` is the workbook after the import (for the figures the reviews name).
 */
export function describeImport(
  result: ImportResult,
  source: string,
  data: WorkbookData,
): ImportLine[] {
  const sheet = SHEETS.narrative.sheetName;
  const lines: ImportLine[] = [
    {
      intent: "success",
      text: `Đã nhập “${source}” (${REPORT_KIND_NAMES[result.kind]}, ${result.sections} mục) vào sheet “${sheet}”${result.sheetAdded ? " (sheet mới thêm)" : ""}: ${result.filled} mục có sẵn được điền nội dung, ${result.added} mục mới thêm, ${result.unchanged} mục đã có đúng nội dung này.`,
    },
  ];
  if (result.aside)
    lines.push({
      intent: "info",
      text: `${result.aside} mục đã có chữ nên giữ nguyên; nội dung nhập nằm ở cột “${result.column}” để đối chiếu.`,
    });
  lines.push({
    intent: "info",
    text: `${result.linked} số liệu trùng với sổ đã thành ô liên kết ({{…}}): lần soạn sau tự cập nhật.`,
  });
  if (result.oldSummary)
    lines.push({
      intent: "info",
      text: `Trích yếu cũ không nhập (DVK soạn trích yếu theo kỳ báo cáo): “${result.oldSummary.replace(/\n/g, " ")}”.`,
    });
  if (result.review.length) {
    const figures = reportFigures(data);
    lines.push({
      intent: "warning",
      text: `${result.review.length} số cần xem lại (gần tên số liệu nhưng khác số của sổ; giữ nguyên trong văn bản):`,
    });
    for (const r of result.review) {
      const f = figures.get(r.key);
      const value =
        f?.value === null || f?.value === undefined
          ? ""
          : ` là ${r.key === "donations.total" ? formatAmountScaled(f.value) : formatVnNumber(f.value)}`;
      lines.push({
        intent: "warning",
        text: `${sheet}!${r.cell} (${r.section}): “${r.written}”, sổ ghi ${f?.label ?? r.key}${value}; “${r.context}”`,
      });
    }
  }
  return lines;
}
