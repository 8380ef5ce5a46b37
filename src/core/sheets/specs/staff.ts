import { StaffCategory } from "../../model/enums";
import { StaffRow } from "../../model/records";
import { staffCategory } from "../../model/staff-category";
import { STAFF_COUNT_KEYS } from "../../model/staff-stats";
import type { TableSheetSpec } from "../spec";

/** CB-GV-NV: staff statistics by category, one row per support role. */
export const staffSpec: TableSheetSpec<StaffRow, keyof StaffRow> = {
  kind: "table",
  schema: StaffRow,
  complete: (r) => ({
    ...r,
    category: staffCategory(r.label as string | null),
  }),
  sheetName: "CB-GV-NV",
  tableName: "tblStaff",
  title: "THỐNG KÊ CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN",
  note: "Đơn vị tính: người. Dòng “Tổng cộng” tính bằng công thức; không gõ đè.",
  columns: [
    {
      key: "label",
      header: "Nhóm",
      aliases: ["Bộ phận", "Chức danh"],
      type: "text",
      width: 24,
      required: true,
    },
    {
      key: "total",
      header: "Tổng số",
      aliases: ["Số lượng", "TS"],
      type: "integer",
      width: 10,
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
    {
      key: "partyFull",
      header: "Đảng viên chính thức",
      aliases: ["ĐV chính thức"],
      type: "integer",
      width: 12,
    },
    {
      key: "partyProbationary",
      header: "Đảng viên dự bị",
      aliases: ["ĐV dự bị"],
      type: "integer",
      width: 10,
    },
    {
      key: "qualified",
      header: "Đạt chuẩn trở lên",
      aliases: ["Đạt chuẩn"],
      type: "integer",
      width: 11,
    },
    { key: "note", header: "Ghi chú", type: "text", width: 24 },
  ],
  fixedRows: () => Object.values(StaffCategory).map((label) => ({ label })),
  totals: {
    labelKey: "label",
    label: "Tổng cộng",
    sumKeys: STAFF_COUNT_KEYS,
  },
  totalLabelKeys: ["label"],
  blankRows: 0,
};
