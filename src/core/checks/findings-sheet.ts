/** "Ghi kết quả ra sheet": the findings as a sheet of their own, each with a link to its cell.
 *  Only that sheet is ever replaced; user cells are never touched. */
import { formatShortDate } from "../vn/format-short-date";
import { textCell } from "../sheets/cells";
import {
  WorkbookError,
  type CellInput,
  type SheetInfo,
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
import { clip } from "../vn/quote";

export const FINDINGS_SHEET = "Kết quả kiểm tra";
const TITLE = "KẾT QUẢ KIỂM TRA SỐ LIỆU (DVK)";
/** The marker of our findings sheet: a defined name scoped to it (no one types it into a cell;
 *  it follows the sheet when renamed and goes with it when deleted). */
export const FINDINGS_MARK = "_DVK_KetQuaKiemTra";
/** The new findings sheet is written under this name, then renamed once complete. */
export const FINDINGS_DRAFT = "~DVK kết quả mới";
/** Excel's limit on the characters of one cell. */
export const CELL_MAX = 32_767;

/** A text cell never over Excel's cell limit (the last guard: messages quote ≤ 200 characters
 *  of a cell, but a message is data and could still be anything). */
const cappedText = (text: string) => textCell(clip(text, CELL_MAX));

const FILL: Record<Severity, string> = {
  [Severity.error]: "#F8D7DA",
  [Severity.warning]: "#FFF3CD",
  [Severity.info]: "#D1ECF1",
};

/** Operations writing a complete findings sheet named `sheet`, marked as ours (no activation:
 *  the caller renames it into place first). */
export function renderFindingsSheet(
  findings: readonly Finding[],
  when: string,
  sheet: string = FINDINGS_SHEET,
): WorkbookOp[] {
  const ops: WorkbookOp[] = [];
  ops.push(
    { kind: "addSheet", sheet },
    { kind: "defineName", sheet, name: FINDINGS_MARK, range: "A1" },
  );
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
      cappedText(f.sheet),
      textCell(f.cell || "—"),
      cappedText(f.message),
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
  return ops;
}

/**
 * Writes (or replaces) the findings sheet. Ours is the sheet carrying FINDINGS_MARK; a sheet of
 * that name without the mark is the user's and is never touched. The new sheet is written in
 * full under a draft name first (one batch); only then, in a second batch, is the old one
 * deleted and the new one renamed into place — a failure while writing leaves the old sheet as
 * it was (and the half-written draft is removed).
 */
export async function writeFindingsSheet(
  host: WorkbookHost,
  findings: readonly Finding[],
  now = new Date(),
): Promise<string> {
  const sheets = await host.inspect();
  const ours = (s: SheetInfo) => Boolean(s.names?.includes(FINDINGS_MARK));
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const existing = sheets.find((s) => same(s.name, FINDINGS_SHEET));
  if (existing && !ours(existing))
    throw new WorkbookError(
      `Sổ đã có sheet “${existing.name}” không do DVK tạo; đổi tên sheet đó rồi ghi lại.`,
      existing.name,
    );
  if (existing?.protected)
    throw new WorkbookError(
      `Sheet “${existing.name}” đang được bảo vệ; bỏ bảo vệ rồi ghi lại.`,
      existing.name,
    );
  // A draft left by an interrupted run is ours too: removed once the new sheet is complete.
  const stale = sheets.filter(
    (s) => ours(s) && !same(s.name, FINDINGS_SHEET) && !s.protected,
  );
  let draft = FINDINGS_DRAFT;
  for (let i = 2; sheets.some((s) => same(s.name, draft)); i++)
    draft = `${FINDINGS_DRAFT} ${i}`;
  const hhmm = `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
  const when = `${hhmm} ngày ${formatShortDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() })}`;
  try {
    await host.apply(renderFindingsSheet(findings, when, draft));
  } catch (e) {
    // The old sheet is untouched; do not leave a half-written draft behind.
    try {
      await host.apply([{ kind: "deleteSheet", sheet: draft }]);
    } catch {
      // Never added, or the host is gone: a draft left behind is marked as ours and the next
      // run removes it.
    }
    throw e;
  }
  await host.apply([
    ...[...(existing ? [existing] : []), ...stale].map((s): WorkbookOp => ({
      kind: "deleteSheet",
      sheet: s.name,
    })),
    { kind: "renameSheet", sheet: draft, to: FINDINGS_SHEET },
    { kind: "activate", sheet: FINDINGS_SHEET },
  ]);
  return `Đã ghi ${findings.length} kết quả vào sheet “${FINDINGS_SHEET}”.`;
}
