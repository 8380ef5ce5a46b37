import {
  DocumentFamily,
  labels,
  SchoolLevel,
  SignerAuthority,
} from "../../model/enums";
import { GeneralInfo } from "../../model/records";
import type { KeyValueSheetSpec } from "../spec";

/** Thông tin chung: what every report needs to know about the unit and the document. */
export const generalSpec: KeyValueSheetSpec<GeneralInfo, keyof GeneralInfo> = {
  kind: "keyValue",
  schema: GeneralInfo,
  sheetName: "Thông tin chung",
  tableName: "tblGeneral",
  title: "THÔNG TIN CHUNG",
  note: "Điền cột “Nội dung”; các báo cáo lấy thông tin từ đây.",
  fields: [
    {
      key: "unitName",
      required: true,
      label: "Tên đơn vị",
      type: "text",
      hint: "Tên cơ quan, tổ chức ban hành: Trường TH&THCS Vĩnh Bình Bắc; Chi bộ Trường MN Tràng An",
    },
    {
      key: "superiorBody",
      required: true,
      label: "Cơ quan chủ quản / cấp trên",
      type: "text",
      hint: "UBND xã …; Đảng ủy phường …; Phòng GD&ĐT …",
    },
    {
      key: "documentFamily",
      required: true,
      label: "Thể thức văn bản",
      type: "list",
      list: labels(DocumentFamily),
      options: DocumentFamily,
      hint: "Nhà nước: Nghị định 30/2020/NĐ-CP; Đảng: Hướng dẫn 36-HD/VPTW",
    },
    {
      key: "schoolLevel",
      required: true,
      label: "Cấp học",
      type: "list",
      list: labels(SchoolLevel),
      options: SchoolLevel,
      hint: "Quyết định các nhóm, khối trong sheet Học sinh",
    },
    {
      key: "place",
      required: true,
      label: "Địa danh",
      type: "text",
      hint: "Dùng ở dòng “…, ngày … tháng … năm …”",
    },
    {
      key: "periodFrom",
      required: true,
      label: "Kỳ báo cáo từ ngày",
      type: "date",
      hint: "dd/mm/yyyy",
    },
    {
      key: "periodTo",
      required: true,
      label: "Kỳ báo cáo đến ngày",
      type: "date",
      hint: "dd/mm/yyyy",
    },
    {
      key: "reportDate",
      required: true,
      label: "Ngày báo cáo",
      type: "date",
      hint: "dd/mm/yyyy",
    },
    {
      key: "documentNumber",
      label: "Số văn bản",
      type: "text",
      hint: "Chỉ phần số: 01",
    },
    {
      key: "documentSymbol",
      label: "Ký hiệu văn bản",
      type: "text",
      hint: "Nhà nước: BC-THCS; Đảng: BC/CB",
    },
    {
      key: "signerName",
      label: "Người ký",
      type: "text",
      hint: "Họ và tên",
      required: true,
    },
    {
      key: "signerTitle",
      required: true,
      label: "Chức vụ người ký",
      type: "text",
      hint: "HIỆU TRƯỞNG; BÍ THƯ; PHÓ HIỆU TRƯỞNG",
    },
    {
      key: "signerAuthority",
      label: "Thẩm quyền ký",
      type: "list",
      list: SignerAuthority.filter((a) => a !== ""),
      hint: "TM., KT., Q., TL., TUQ. (Nhà nước); T/M (Đảng); để trống nếu ký trực tiếp",
    },
    {
      key: "authorityBody",
      label: "Tập thể / người được ký thay",
      type: "text",
      hint: "CHI ỦY; BAN CHI ỦY CHI BỘ; HIỆU TRƯỞNG (với KT.)",
    },
    {
      key: "recipients",
      label: "Nơi nhận",
      type: "text",
      hint: "Mỗi nơi nhận cách nhau bằng dấu chấm phẩy: Đảng ủy phường; Lưu VP",
    },
  ],
};

/** The fields a report needs, in sheet order (declared by `required` on each field). */
export const REQUIRED_GENERAL: readonly (keyof GeneralInfo)[] =
  generalSpec.fields.filter((f) => f.required).map((f) => f.key);
