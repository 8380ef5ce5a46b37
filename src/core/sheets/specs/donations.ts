import { DonationForm, labels } from "../../model/enums";
import { DonationRow } from "../../model/records";
import type { TableSheetSpec } from "../spec";

/** Sổ tài trợ: the donation ledger, one line per gift (Thông tư 16/2018/TT-BGDĐT). */
export const donationsSpec: TableSheetSpec<DonationRow, keyof DonationRow> = {
  kind: "table",
  schema: DonationRow,
  sheetName: "Sổ tài trợ",
  tableName: "tblDonations",
  title: "SỔ THEO DÕI TÀI TRỢ",
  note: "Đơn vị tính: đồng. “Thành tiền” = Số lượng × Đơn giá khi có đủ hai số; nếu không, gõ trực tiếp giá trị.",
  columns: [
    { key: "no", header: "STT", type: "integer", width: 5 },
    {
      key: "date",
      header: "Ngày",
      aliases: ["Ngày nhận", "Ngày tháng"],
      type: "date",
      width: 11,
      required: true,
    },
    {
      key: "donor",
      header: "Nhà tài trợ",
      aliases: ["Đơn vị, cá nhân tài trợ", "Người tài trợ"],
      type: "text",
      width: 28,
      required: true,
    },
    {
      key: "contact",
      header: "Địa chỉ / liên hệ",
      aliases: ["Địa chỉ", "Liên hệ"],
      type: "code",
      width: 20,
    },
    { key: "mobilisedBy", header: "Người vận động", type: "text", width: 16 },
    {
      key: "form",
      header: "Hình thức",
      type: "list",
      list: labels(DonationForm),
      options: DonationForm,
      width: 13,
      required: true,
    },
    {
      key: "item",
      header: "Hiện vật / nội dung",
      aliases: ["Nội dung", "Hiện vật"],
      type: "text",
      width: 26,
    },
    {
      key: "unit",
      header: "Đơn vị tính",
      aliases: ["ĐVT"],
      type: "text",
      width: 9,
    },
    {
      key: "quantity",
      header: "Số lượng",
      aliases: ["SL"],
      type: "number",
      width: 9,
    },
    { key: "unitPrice", header: "Đơn giá", type: "money", width: 12 },
    {
      key: "amount",
      header: "Thành tiền",
      aliases: ["Số tiền", "Giá trị", "Trị giá"],
      type: "money",
      width: 14,
      required: true,
      formula: (r, c) =>
        `=IF(AND(ISNUMBER(${c("quantity")}${r}),ISNUMBER(${c("unitPrice")}${r})),${c("quantity")}${r}*${c("unitPrice")}${r},"")`,
    },
    {
      key: "beneficiaries",
      header: "Đối tượng thụ hưởng",
      type: "text",
      width: 20,
    },
    { key: "purpose", header: "Mục đích sử dụng", type: "text", width: 20 },
    {
      key: "voucher",
      header: "Số chứng từ",
      aliases: ["Số phiếu thu", "Chứng từ"],
      type: "code",
      width: 11,
    },
    { key: "note", header: "Ghi chú", type: "text", width: 16 },
  ],
  totalLabelKeys: ["no", "date", "donor"],
  blankRows: 1,
};
