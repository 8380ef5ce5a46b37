import { labels, PartyStatus, Qualification, Sex, StaffCategory } from "../../model/enums";
import type { RosterRow } from "../../model/records";
import type { TableSheetSpec } from "../spec";

/** DS CB-GV-NV: the optional staff roster (one row per person). */
export const rosterSpec: TableSheetSpec<keyof RosterRow> = {
  kind: "table",
  id: "roster",
  sheetName: "DS CB-GV-NV",
  tableName: "tblRoster",
  title: "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN",
  note: "Tùy chọn. Số điện thoại và số định danh là văn bản (giữ số 0 đầu). Thống kê CB-GV-NV có thể cập nhật từ danh sách này.",
  columns: [
    { key: "no", header: "STT", type: "integer", width: 5 },
    { key: "fullName", header: "Họ và tên", type: "text", width: 24, required: true },
    { key: "sex", header: "Giới tính", type: "list", list: labels(Sex), options: Sex, width: 8 },
    { key: "birthDate", header: "Ngày sinh", type: "date", width: 11 },
    { key: "ethnicity", header: "Dân tộc", type: "text", width: 9 },
    { key: "position", header: "Vị trí việc làm", aliases: ["Chức vụ", "Vị trí việc làm / Chức vụ"], type: "list", list: labels(StaffCategory), options: StaffCategory, width: 18, required: true },
    { key: "group", header: "Tổ chuyên môn", aliases: ["Tổ"], type: "text", width: 14 },
    { key: "qualification", header: "Trình độ chuyên môn", aliases: ["Trình độ"], type: "text", width: 14 },
    { key: "standard", header: "Chuẩn nghề nghiệp", aliases: ["Đạt chuẩn"], type: "list", list: labels(Qualification), options: Qualification, width: 13 },
    { key: "partyStatus", header: "Đảng viên", type: "list", list: labels(PartyStatus), options: PartyStatus, width: 11 },
    { key: "partyJoined", header: "Ngày vào Đảng", type: "date", width: 11 },
    { key: "phone", header: "Điện thoại", aliases: ["Số điện thoại", "SĐT"], type: "code", width: 12 },
    { key: "personalId", header: "Số định danh cá nhân", aliases: ["Số CCCD", "CCCD", "Số định danh"], type: "code", width: 15 },
    { key: "note", header: "Ghi chú", type: "text", width: 16 },
  ],
  blankRows: 1,
};
