import { STUDENT_GROUPS } from "../../model/student-groups";
import { StudentRow } from "../../model/records";
import type { TableSheetSpec } from "../spec";

/** Học sinh: classes and students by grade or age group of the school level. */
export const studentsSpec: TableSheetSpec<
  StudentRow,
  keyof StudentRow | "average"
> = {
  kind: "table",
  schema: StudentRow,
  sheetName: "Học sinh",
  tableName: "tblStudents",
  title: "THỐNG KÊ LỚP, HỌC SINH",
  note: "Mỗi dòng một khối (nhóm tuổi). “Bình quân HS/lớp” và dòng “Tổng cộng” tính bằng công thức.",
  columns: [
    {
      key: "group",
      header: "Khối / nhóm",
      aliases: ["Khối", "Nhóm", "Nhóm lớp"],
      type: "text",
      width: 22,
      required: true,
    },
    {
      key: "classes",
      header: "Số lớp",
      type: "integer",
      width: 8,
      required: true,
    },
    {
      key: "students",
      header: "Số học sinh",
      aliases: ["Số HS", "Số trẻ"],
      type: "integer",
      width: 11,
      required: true,
    },
    { key: "female", header: "Nữ", type: "integer", width: 8 },
    {
      key: "ethnicMinority",
      header: "Dân tộc thiểu số",
      aliases: ["DTTS"],
      type: "integer",
      width: 10,
    },
    { key: "disability", header: "Khuyết tật", type: "integer", width: 9 },
    {
      key: "poorHouseholds",
      header: "Hộ nghèo, cận nghèo",
      aliases: ["Hộ nghèo/cận nghèo"],
      type: "integer",
      width: 11,
    },
    {
      key: "average",
      header: "Bình quân HS/lớp",
      type: "formula",
      width: 10,
      numberFormat: "0.0",
      formula: (r, c) =>
        `=IF(N(${c("classes")}${r})>0,${c("students")}${r}/${c("classes")}${r},"")`,
    },
    { key: "note", header: "Ghi chú", type: "text", width: 22 },
  ],
  fixedRows: (level) => STUDENT_GROUPS[level].map((g) => ({ group: g.label })),
  totals: {
    labelKey: "group",
    label: "Tổng cộng",
    sumKeys: [
      "classes",
      "students",
      "female",
      "ethnicMinority",
      "disability",
      "poorHouseholds",
    ],
  },
  totalLabelKeys: ["group"],
  blankRows: 0,
};
