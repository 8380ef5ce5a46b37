/** Học sinh: totals against groups, students without classes, class sizes above the legal maximum. */
import { SchoolLevel } from "../../model/enums";
import type { StudentRow } from "../../model/records";
import {
  groupOf,
  spansGrades,
  STUDENT_GROUPS,
} from "../../model/student-groups";
import {
  finding,
  Severity,
  type Finding,
  type RuleRef,
} from "../../model/finding";
import { cellOf } from "../cells";
import { totalMismatches } from "../totals";
import { n } from "../format";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

const NO_CLASS: RuleRef = { id: "students.no-class", severity: Severity.error };

type Count =
  | "classes"
  | "students"
  | "female"
  | "ethnicMinority"
  | "disability"
  | "poorHouseholds";
const NAMES: Record<Count, string> = {
  classes: "Số lớp",
  students: "Số học sinh",
  female: "Nữ",
  ethnicMinority: "Dân tộc thiểu số",
  disability: "Khuyết tật",
  poorHouseholds: "Hộ nghèo, cận nghèo",
};

export const studentTotals: Rule = {
  id: "students.total",
  severity: Severity.error,
  title: "Dòng “Tổng cộng” của học sinh, số lớp bằng tổng các khối",
  run: ({ students }) =>
    students
      ? totalMismatches(
          studentTotals,
          students,
          Object.keys(NAMES) as Count[],
          (key, typed, rows, computed) =>
            `Tổng ${quote(NAMES[key])} ${n(typed)} ≠ ${rows.map((r) => n((r.value[key] as number | null) ?? 0)).join(" + ")} = ${n(computed)}`,
        )
      : [],
};

export const studentParts: Rule = {
  id: "students.parts",
  severity: Severity.error,
  title:
    "Học sinh phải có lớp; nữ, dân tộc, khuyết tật, hộ nghèo không vượt số học sinh",
  run: ({ students }) => {
    if (!students) return [];
    const out: Finding[] = [];
    for (const { value: r, row } of students.rows) {
      if ((r.students ?? 0) > 0 && !r.classes)
        out.push(
          finding(
            NO_CLASS,
            students.sheet,
            cellOf(students, "classes", row),
            `${quote(r.group)} có ${n(r.students ?? 0)} học sinh nhưng không có lớp nào.`,
          ),
        );
      for (const key of [
        "female",
        "ethnicMinority",
        "disability",
        "poorHouseholds",
      ] as const) {
        const v = r[key];
        if (
          v !== null &&
          r.students !== null &&
          v > r.students &&
          students.columns[key]
        )
          out.push(
            finding(
              studentParts,
              students.sheet,
              `${students.columns[key]}${row}`,
              `${quote(r.group)}: ${NAMES[key]} ${n(v)} > số học sinh ${n(r.students)}.`,
              { expected: `≤ ${r.students}`, actual: v },
            ),
          );
      }
    }
    return out;
  },
};

export const classSize: Rule = {
  id: "students.class-size",
  severity: Severity.warning,
  title:
    "Bình quân học sinh/lớp không vượt mức tối đa theo quy định (TT 52/2020, 28/2020, 32/2020)",
  run: ({ students, general }) => {
    if (!students) return [];
    const level = general?.values.schoolLevel ?? null;
    const out: Finding[] = [];
    // Whole school, where every group of the level has the same maximum (THCS, THPT, tiểu học).
    const groups = level ? STUDENT_GROUPS[level] : null;
    const uniform =
      groups && groups.every((g) => g.maxPerClass === groups[0].maxPerClass)
        ? groups[0]
        : null;
    const classes =
      students.totals?.values.classes ??
      students.rows.reduce((s, r) => s + (r.value.classes ?? 0), 0);
    const pupils =
      students.totals?.values.students ??
      students.rows.reduce((s, r) => s + (r.value.students ?? 0), 0);
    if (uniform && classes > 0 && pupils / classes > uniform.maxPerClass) {
      const avg = Math.round((pupils / classes) * 10) / 10;
      out.push(
        finding(
          classSize,
          students.sheet,
          cellOf(
            students,
            "students",
            students.totals?.row ?? students.headerRow,
          ),
          `Toàn trường: bình quân ${n(avg)} học sinh/lớp (${n(pupils)}/${n(classes)}) vượt mức tối đa ${uniform.maxPerClass} theo ${uniform.regulation}.`,
          { expected: `≤ ${uniform.maxPerClass}`, actual: avg },
        ),
      );
    }
    for (const { value: r, row } of students.rows as readonly {
      value: StudentRow;
      row: number;
    }[]) {
      if (!r.classes || !r.students) continue;
      const g = groupOf(r.group, level);
      if (!g) continue;
      const avg = r.students / r.classes;
      if (avg > g.maxPerClass)
        out.push(
          finding(
            classSize,
            students.sheet,
            cellOf(students, "students", row),
            `${quote(r.group)}: bình quân ${n(Math.round(avg * 10) / 10)} học sinh/lớp (${n(r.students)}/${n(r.classes)}) vượt mức tối đa ${g.maxPerClass} theo ${g.regulation}.`,
            {
              expected: `≤ ${g.maxPerClass}`,
              actual: Math.round(avg * 10) / 10,
            },
          ),
        );
    }
    return out;
  },
};

export const studentGroups: Rule = {
  id: "students.group",
  severity: Severity.warning,
  title: "Mỗi dòng học sinh là một nhóm, khối của cấp học (để kiểm tra sĩ số)",
  run: ({ students, general }) => {
    if (!students) return [];
    const level = general?.values.schoolLevel ?? null;
    const known = level
      ? STUDENT_GROUPS[level].map((g) => g.label).join(", ")
      : "";
    return students.rows
      .filter(
        ({ value: r }) =>
          r.group && !groupOf(r.group, level) && !spansGrades(r.group),
      )
      .map(({ value: r, row }) =>
        finding(
          studentGroups,
          students.sheet,
          cellOf(students, "group", row),
          `${quote(r.group)} không khớp nhóm, khối nào${level ? ` của cấp ${SchoolLevel[level]}` : ""} nên sĩ số dòng này không được kiểm tra${known ? ` (các nhóm: ${known})` : ""}.`,
        ),
      );
  },
};
