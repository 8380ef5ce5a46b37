/** "Ghi kết quả ra sheet": the findings as a sheet of their own, each with a link to its cell.
 *  Only that sheet is ever replaced; user cells are never touched. */
import { formatShortDate } from "../vn/format-short-date";
import { textCell } from "../sheets/cells";
import {
  WorkbookError,
  type CellInput,
  type WorkbookHost,
  type WorkbookOp,
} from "../workbook/types";
import {
  countBySeverity,
  describeCounts,
  Severity,
  type Finding,
} from "../model/finding";
import { ruleName } from "../model/rule-names";

export const FINDINGS_SHEET = "Kết quả kiểm tra";
const TITLE = "KẾT QUẢ KIỂM TRA SỐ LIỆU (DVK)";

const FILL: Record<Severity, string> = {
  [Severity.error]: "#F8D7DA",
  [Severity.warning]: "#FFF3CD",
  [Severity.info]: "#D1ECF1",
};

/** Operations writing the findings sheet (after deleting the previous one of ours). */
export function renderFindingsSheet(
  findings: readonly Finding[],
  replace: boolean,
  when: string,
): WorkbookOp[] {
  const sheet = FINDINGS_SHEET;
  const ops: WorkbookOp[] = [];
  if (replace) ops.push({ kind: "deleteSheet", sheet });
  ops.push({ kind: "addSheet", sheet });
  const counts = countBySeverity(findings);
  const rows: CellInput[][] = [
    [textCell(TITLE)],
    [
      textCell(
        `Lúc ${when}: ${describeCounts(counts)}. Bấm vào ô để tới chỗ cần sửa; chạy lại sẽ thay sheet này.`,
      ),
    ],
    [
      textCell("STT"),
      textCell("Mức độ"),
      textCell("Sheet"),
      textCell("Ô"),
      textCell("Nội dung"),
      textCell("Quy tắc"),
    ],
    ...findings.map((f, i) => [
      { value: i + 1 },
      textCell(f.severity),
      textCell(f.sheet),
      textCell(f.cell || "—"),
      textCell(f.message),
      textCell(ruleName(f.rule)),
    ]),
  ];
  ops.push(
    { kind: "write", sheet, at: "A1", cells: rows },
    { kind: "style", sheet, range: "A1", style: { bold: true, fontSize: 14 } },
    {
      kind: "style",
      sheet,
      range: "A2",
      style: { italic: true, fontColor: "#444444" },
    },
    {
      kind: "style",
      sheet,
      range: "A3:F3",
      style: {
        bold: true,
        fill: "#C8102E",
        fontColor: "#FFFFFF",
        borders: true,
      },
    },
    {
      kind: "columnWidths",
      sheet,
      firstColumn: 0,
      widths: [5, 10, 18, 7, 90, 20],
    },
    { kind: "freezeRows", sheet, rows: 3 },
    { kind: "pageSetup", sheet, landscape: true },
  );
  findings.forEach((f, i) => {
    const row = 4 + i;
    ops.push({
      kind: "style",
      sheet,
      range: `B${row}`,
      style: { fill: FILL[f.severity] },
    });
    if (f.cell)
      ops.push({
        kind: "hyperlink",
        sheet,
        cell: `D${row}`,
        text: f.cell,
        target: { sheet: f.sheet, cell: f.cell },
      });
  });
  if (findings.length)
    ops.push({
      kind: "style",
      sheet,
      range: `A4:F${3 + findings.length}`,
      style: { borders: true, wrapText: true, verticalAlignment: "Top" },
    });
  ops.push({ kind: "activate", sheet });
  return ops;
}

/** Writes (or replaces) the findings sheet; refuses when a sheet of that name is not ours. */
export async function writeFindingsSheet(
  host: WorkbookHost,
  findings: readonly Finding[],
  now = new Date(),
): Promise<string> {
  const [existing] = await host.inspect([FINDINGS_SHEET]);
  if (existing) {
    const [{ values }] = await host.readRanges([
      { sheet: existing.name, range: "A1" },
    ]);
    if (values[0]?.[0] !== TITLE)
      throw new WorkbookError(
        `Sổ đã có sheet “${existing.name}” không do DVK tạo; đổi tên sheet đó rồi ghi lại.`,
        existing.name,
      );
    if (existing.protected)
      throw new WorkbookError(
        `Sheet “${existing.name}” đang được bảo vệ; bỏ bảo vệ rồi ghi lại.`,
        existing.name,
      );
  }
  const hhmm = `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
  const when = `${hhmm} ngày ${formatShortDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() })}`;
  await host.apply(renderFindingsSheet(findings, Boolean(existing), when));
  return `Đã ghi ${findings.length} kết quả vào sheet “${FINDINGS_SHEET}”.`;
}
