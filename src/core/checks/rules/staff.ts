/** CB-GV-NV statistics: totals against their parts, and parts against their totals. */
import { StaffCategory, supportRoles } from "../../model/enums";
import type { StaffRow } from "../../model/records";
import { finding, Severity, type Finding } from "../../model/finding";
import { cellOf } from "../cells";
import { totalMismatches } from "../totals";
import { n } from "../format";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

type Count =
  | "total"
  | "female"
  | "ethnicMinority"
  | "partyFull"
  | "partyProbationary"
  | "qualified";
const COLUMN_NAMES: Record<Count, string> = {
  total: "Tổng số",
  female: "Nữ",
  ethnicMinority: "Dân tộc thiểu số",
  partyFull: "Đảng viên chính thức",
  partyProbationary: "Đảng viên dự bị",
  qualified: "Đạt chuẩn trở lên",
};

const sum = (rows: readonly { value: StaffRow }[], key: Count) =>
  rows.reduce((s, r) => s + (r.value[key] ?? 0), 0);

export const staffTotals: Rule = {
  id: "staff.total",
  severity: Severity.error,
  title: "Dòng “Tổng cộng” của CB-GV-NV bằng tổng các nhóm (BGH + GV + NV)",
  run: ({ staff }) =>
    staff
      ? totalMismatches(
          staffTotals,
          staff,
          Object.keys(COLUMN_NAMES) as Count[],
          (key, typed, rows, computed) => {
            const of = (pick: (c: StaffRow["category"]) => boolean) =>
              sum(
                rows.filter((r) => pick(r.value.category)),
                key,
              );
            const label =
              key === "total"
                ? "Tổng CB-GV-NV"
                : `Tổng ${quote(COLUMN_NAMES[key])}`;
            const lead = of((c) => c === "leadership");
            const teachers = of((c) => c === "teacher");
            const support = of((c) => c !== "leadership" && c !== "teacher");
            return `${label} ${n(typed)} ≠ BGH ${n(lead)} + GV ${n(teachers)} + NV ${n(support)} = ${n(computed)}`;
          },
        )
      : [],
};

export const staffParts: Rule = {
  id: "staff.parts",
  severity: Severity.error,
  title:
    "Nữ, dân tộc thiểu số, đảng viên, đạt chuẩn không vượt tổng số của từng nhóm",
  run: ({ staff }) => {
    if (!staff) return [];
    const out: Finding[] = [];
    for (const { value: r, row } of staff.rows) {
      const total = r.total;
      if (total === null) {
        const anyPart = (
          ["female", "partyFull", "partyProbationary", "qualified"] as const
        ).some((k) => (r[k] ?? 0) > 0);
        if (anyPart && staff.columns.total)
          out.push(
            finding(
              staffParts,
              staff.sheet,
              `${staff.columns.total}${row}`,
              `Nhóm ${quote(r.label)} có số liệu thành phần nhưng chưa có tổng số.`,
            ),
          );
        continue;
      }
      for (const key of ["female", "ethnicMinority", "qualified"] as const) {
        const v = r[key];
        if (v !== null && v > total && staff.columns[key])
          out.push(
            finding(
              staffParts,
              staff.sheet,
              `${staff.columns[key]}${row}`,
              `Nhóm ${quote(r.label)}: ${COLUMN_NAMES[key]} ${n(v)} > tổng số ${n(total)}.`,
              { expected: `≤ ${total}`, actual: v },
            ),
          );
      }
      const party = (r.partyFull ?? 0) + (r.partyProbationary ?? 0);
      if (party > total && staff.columns.partyFull)
        out.push(
          finding(
            staffParts,
            staff.sheet,
            `${staff.columns.partyFull}${row}`,
            `Nhóm ${quote(r.label)}: đảng viên ${n(r.partyFull ?? 0)} + ${n(r.partyProbationary ?? 0)} = ${n(party)} > tổng số ${n(total)}.`,
            { expected: `≤ ${total}`, actual: party },
          ),
        );
    }
    return out;
  },
};

export const staffParty: Rule = {
  id: "staff.party",
  severity: Severity.error,
  title: "Tổng đảng viên (chính thức + dự bị) không vượt tổng CB-GV-NV",
  run: ({ staff }) => {
    if (!staff || !staff.rows.length) return [];
    const total = staff.totals?.values.total ?? sum(staff.rows, "total");
    const full = staff.totals?.values.partyFull ?? sum(staff.rows, "partyFull");
    const prob =
      staff.totals?.values.partyProbationary ??
      sum(staff.rows, "partyProbationary");
    if (full + prob <= total) return [];
    const cell = cellOf(
      staff,
      "partyFull",
      staff.totals?.row ?? staff.headerRow,
    );
    return [
      finding(
        staffParty,
        staff.sheet,
        cell,
        `Đảng viên ${n(full)} + ${n(prob)} = ${n(full + prob)} > tổng CB-GV-NV ${n(total)}.`,
        { expected: `≤ ${total}`, actual: full + prob },
      ),
    ];
  },
};

export const staffCategories: Rule = {
  id: "staff.category",
  severity: Severity.warning,
  title:
    "Mỗi dòng CB-GV-NV là một nhóm đã biết (BGH, GV, từng vị trí nhân viên)",
  run: ({ staff }) =>
    (staff?.rows ?? [])
      .filter((r) => r.value.category === null)
      .map((r) =>
        finding(
          staffCategories,
          staff!.sheet,
          cellOf(staff!, "label", r.row),
          `Không nhận ra nhóm ${quote(r.value.label)}; số liệu vẫn được cộng vào nhân viên. Các nhóm: ${[StaffCategory.leadership, StaffCategory.teacher, ...supportRoles.map((c) => StaffCategory[c])].join("; ")}.`,
        ),
      ),
};
