/** "Cập nhật từ danh sách": fills the CB-GV-NV statistics from the roster, writing only into
 *  empty cells; a typed figure that disagrees with the roster is reported, never overwritten. */
import {
  finding,
  Severity,
  type Finding,
  type RuleRef,
} from "../model/finding";
import { StaffCategory } from "../model/enums";
import { STAFF_COUNT_KEYS, staffStatsFromRoster } from "../model/staff-stats";
import type { WorkbookHost, WorkbookOp } from "../workbook/types";
import { readWorkbook } from "./read";
import { rosterSpec, staffSpec } from "./specs";

const STAFF_ROSTER: RuleRef = {
  id: "staff.roster",
  severity: Severity.warning,
};

export interface StaffUpdate {
  /** Cells written. */
  readonly written: number;
  /** Typed figures that differ from the roster (kept as they are). */
  readonly conflicts: readonly Finding[];
  /** Vietnamese summary for the user. */
  readonly message: string;
}

/** Reads both tables (one read), writes the missing figures (one apply). */
export async function updateStaffFromRoster(
  host: WorkbookHost,
): Promise<StaffUpdate> {
  const { data } = await readWorkbook(host);
  const { staff, roster } = data;
  if (!staff)
    return {
      written: 0,
      conflicts: [],
      message: `Chưa có sheet “${staffSpec.sheetName}”; hãy chèn mẫu trước.`,
    };
  if (!roster || !roster.rows.length)
    return {
      written: 0,
      conflicts: [],
      message: `Sheet “${rosterSpec.sheetName}” chưa có ai; không có gì để cập nhật.`,
    };
  const stats = staffStatsFromRoster(roster.rows.map((r) => r.value));
  const ops: WorkbookOp[] = [];
  const conflicts: Finding[] = [];
  for (const { value: row, row: n } of staff.rows) {
    if (!row.category) continue;
    const counts = stats[row.category];
    for (const key of STAFF_COUNT_KEYS) {
      const col = staff.columns[key];
      if (!col) continue;
      const cell = `${col}${n}`;
      const typed = row[key];
      if (typed === null) {
        ops.push({
          kind: "write",
          sheet: staff.sheet,
          at: cell,
          cells: [[{ value: counts[key], numberFormat: "#,##0" }]],
        });
      } else if (typed !== counts[key]) {
        conflicts.push(
          finding(
            STAFF_ROSTER,
            staff.sheet,
            cell,
            `${StaffCategory[row.category]}: ô ${cell} ghi ${typed}, danh sách “${roster.sheet}” có ${counts[key]}; giữ nguyên số đã nhập.`,
            {
              expected: counts[key],
              actual: typed,
            },
          ),
        );
      }
    }
  }
  if (ops.length) await host.apply(ops);
  const message =
    `Đã điền ${ops.length} ô từ danh sách ${roster.rows.length} người.` +
    (conflicts.length
      ? ` ${conflicts.length} ô đã có số khác danh sách, giữ nguyên.`
      : "");
  return { written: ops.length, conflicts, message };
}
