/* What every corpus school types first: Thông tin chung complete and consistent, the staff and
 * student statistics row by row. Fixed dates only: the corpus never depends on the day it is
 * generated. */
import type { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { d, fillGeneral, fillRow, type Typed, type TypedDate } from "./fill";

export interface GeneralInput {
  readonly unit: string;
  readonly superior: string;
  readonly family: "Nhà nước" | "Đảng";
  readonly level: "Mầm non" | "Tiểu học" | "THCS" | "TH&THCS" | "THPT";
  readonly place: string;
  readonly from: TypedDate;
  readonly to: TypedDate;
  readonly reportDate: TypedDate;
  /** Left blank when the school leaves it to the clerk ("Số:   /BC-…"). */
  readonly number: string | null;
  readonly symbol: string | null;
  readonly signer: string;
  readonly signerTitle: string;
  readonly recipients: string;
}

/** Thông tin chung. A Party document is signed "T/M CHI ỦY" (HD 36); a state one by the
 *  principal directly (no authority prefix, none needed). */
export async function typeGeneral(
  wb: XlsxWorkbook,
  g: GeneralInput,
): Promise<void> {
  const party = g.family === "Đảng";
  await fillGeneral(wb, {
    "Tên đơn vị": g.unit,
    "Cơ quan chủ quản / cấp trên": g.superior,
    "Thể thức văn bản": g.family,
    "Cấp học": g.level,
    "Địa danh": g.place,
    "Kỳ báo cáo từ ngày": g.from,
    "Kỳ báo cáo đến ngày": g.to,
    "Ngày báo cáo": g.reportDate,
    "Số văn bản": g.number,
    "Ký hiệu văn bản": g.symbol,
    "Người ký": g.signer,
    "Chức vụ người ký": g.signerTitle,
    "Thẩm quyền ký": party ? "T/M" : null,
    "Tập thể / người được ký thay": party ? "CHI ỦY" : null,
    "Nơi nhận": g.recipients,
  });
}

/** One staff row: [template label, total, women, Party full, Party probationary]. */
export type StaffLine = readonly [
  label: string,
  total: Typed,
  female: Typed,
  partyFull: Typed,
  partyProbationary: Typed,
];

export async function typeStaff(
  wb: XlsxWorkbook,
  lines: readonly StaffLine[],
): Promise<void> {
  for (const [label, total, female, full, probationary] of lines)
    await fillRow(wb, "tblStaff", label, {
      "Tổng số": total,
      Nữ: female,
      "Đảng viên chính thức": full,
      "Đảng viên dự bị": probationary,
    });
}

/** One student row: [template label, label typed over it or null, classes, students]. */
export type StudentLine = readonly [
  label: string,
  typedLabel: string | null,
  classes: Typed,
  students: Typed,
];

export async function typeStudents(
  wb: XlsxWorkbook,
  lines: readonly StudentLine[],
): Promise<void> {
  for (const [label, typedLabel, classes, students] of lines)
    await fillRow(
      wb,
      "tblStudents",
      label,
      { "Số lớp": classes, "Số học sinh": students },
      typedLabel ?? undefined,
    );
}

/** Grades "Khối a" … "Khối b" with their classes and students, labels as the template has them. */
export function grades(
  from: number,
  counts: readonly (readonly [classes: number, students: number])[],
): StudentLine[] {
  return counts.map(([classes, students], i) => [
    `Khối ${from + i}`,
    null,
    classes,
    students,
  ]);
}

/** A collective model with its result, registered at the school's level. */
export function collectiveModel(
  no: number,
  name: string,
  owner: string,
  field: string,
  year: number,
  results: string,
): Record<string, Typed> {
  return {
    STT: no,
    "Tên mô hình": name,
    Loại: "Tập thể",
    "Cá nhân / tập thể thực hiện": owner,
    "Lĩnh vực": field,
    "Cấp đăng ký": "Cơ sở (trường)",
    Năm: year,
    "Ngày đăng ký": d(15, 1, year),
    "Kết quả": results,
    "Trạng thái": "Đạt",
  };
}

/** A legal basis row. */
export function legalRef(
  no: number,
  docType: string,
  number: string,
  symbol: string,
  issuedOn: TypedDate,
  issuer: string,
  subject: string,
): Record<string, Typed> {
  return {
    STT: no,
    "Loại văn bản": docType,
    Số: number,
    "Ký hiệu": symbol,
    "Ngày ban hành": issuedOn,
    "Cơ quan ban hành": issuer,
    "Trích yếu": subject,
    "Dùng trong báo cáo": "Có",
  };
}

/** Thông tư 16/2018/TT-BGDĐT, cited by every school that keeps a donation ledger. */
export const CIRCULAR_16 = legalRef(
  1,
  "Thông tư",
  "16",
  "2018/TT-BGDĐT",
  d(3, 8, 2018),
  "Bộ Giáo dục và Đào tạo",
  "quy định về tài trợ cho các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân",
);
