import { PartyInfo } from "../../model/records";
import type { KeyValueSheetSpec } from "../spec";

/** Tổ chức Đảng: the school's Party cell, as the Party-format reports describe it (seed 004). */
export const partySpec: KeyValueSheetSpec<PartyInfo, keyof PartyInfo> = {
  kind: "keyValue",
  schema: PartyInfo,
  sheetName: "Tổ chức Đảng",
  tableName: "tblParty",
  title: "TỔ CHỨC ĐẢNG",
  note: "Số đảng viên ở đây phải khớp cột Đảng viên của sheet CB-GV-NV (DVK kiểm tra).",
  fields: [
    {
      key: "branchName",
      label: "Tên chi bộ",
      type: "text",
      hint: "Chi bộ Trường THCS Lý Tự Trọng",
    },
    {
      key: "parentBody",
      label: "Trực thuộc",
      type: "text",
      hint: "Đảng bộ phường Giếng Đáy",
    },
    {
      key: "partyGroups",
      label: "Số tổ đảng",
      type: "integer",
      hint: "Để trống nếu chi bộ không chia tổ",
    },
    {
      key: "committeeMembers",
      label: "Số chi ủy viên",
      type: "integer",
      hint: "Kể cả Bí thư, Phó Bí thư",
    },
    { key: "secretary", label: "Bí thư", type: "text", hint: "Họ và tên" },
    {
      key: "deputySecretary",
      label: "Phó Bí thư",
      type: "text",
      hint: "Họ và tên",
    },
    {
      key: "fullMembers",
      label: "Đảng viên chính thức",
      type: "integer",
      hint: "Tại thời điểm báo cáo",
    },
    {
      key: "probationaryMembers",
      label: "Đảng viên dự bị",
      type: "integer",
      hint: "Tại thời điểm báo cáo",
    },
    {
      key: "admitted",
      label: "Kết nạp mới trong kỳ",
      type: "integer",
      hint: "Số quần chúng được kết nạp trong kỳ báo cáo",
    },
    {
      key: "officialised",
      label: "Chuyển đảng chính thức trong kỳ",
      type: "integer",
      hint: "Số đảng viên dự bị được công nhận chính thức",
    },
  ],
};
