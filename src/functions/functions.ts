/* Excel custom functions, namespace DVK: per function its JSDoc (→ functions.json through
 * custom-functions-metadata), a typed signature, one core call and the error mapping. Pure core
 * only (no React, no zod, no Office calls): this bundle stays small. The list and help texts
 * match src/core/functions/registry.ts (checked by functions.test.ts). */
import * as core from "../core/functions/index";

type Out = number | string | boolean | CustomFunctions.Error | Error;

/** A core refusal as Excel's error value: #VALUE! (or #N/A for a missing value) with the
 *  Vietnamese message. Outside Excel (no CustomFunctions global) a plain Error. */
function toExcelError(e: core.DvkFunctionError): CustomFunctions.Error | Error {
  const message =
    e.message.length > 255 ? `${e.message.slice(0, 254)}…` : e.message;
  if (typeof CustomFunctions === "undefined") return new Error(message);
  const code =
    e.kind === "na"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, message);
}

function cell(c: core.Cell): Out {
  return c instanceof core.DvkFunctionError ? toExcelError(c) : c;
}

/** Runs a core function: a refusal of the whole call is thrown as an Excel error; refusals of
 *  single cells stay in their cells of the spilled range. */
function run(f: () => core.CellResult): Out | Out[][] {
  try {
    const r = f();
    return Array.isArray(r) ? r.map((row) => row.map(cell)) : cell(r);
  } catch (e) {
    throw e instanceof core.DvkFunctionError ? toExcelError(e) : e;
  }
}

/** Range functions always return a range (1×1 for one value). */
function matrix(r: Out | Out[][]): any[][] {
  return Array.isArray(r) ? r : [[r]];
}

/**
 * Đọc số tiền bằng chữ theo cách kế toán: 332400000 → "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng". Đọc được cả văn bản số kiểu Việt Nam (18,4 triệu) và cả vùng ô.
 * @customfunction DOCSO DOCSO
 * @param so Số, văn bản số kiểu Việt Nam (18,4 triệu) hoặc vùng ô; số lớn hơn 2^53 hãy nhập dạng văn bản.
 * @param [donvi] Đơn vị, mặc định “đồng”; để "" khi đọc số thường.
 * @param [kieu] Kiểu đọc, các từ cách nhau bằng dấu phẩy: lẻ, ngàn, bốn, chẵn, thường, hoa.
 * @returns Số bằng chữ (một ô hoặc vùng cùng kích thước).
 */
export function docSo(so: any[][], donvi?: string, kieu?: string): any[][] {
  return matrix(run(() => core.docSo(so, donvi ?? null, kieu ?? null)));
}

/**
 * Chuyển số viết kiểu Việt Nam (2.300; 18,4 triệu; 1,5 tỷ; 250 tr) thành số; báo lỗi khi không rõ nghĩa (3.28).
 * @customfunction SO SO
 * @param vanban Văn bản số hoặc vùng ô.
 * @returns Số (một ô hoặc vùng cùng kích thước).
 */
export function so(vanban: any[][]): any[][] {
  return matrix(run(() => core.so(vanban)));
}

/**
 * Tổng các số và văn bản số kiểu Việt Nam trên một hay nhiều vùng; bỏ qua ô trống; báo ô đầu tiên không đọc được.
 * @customfunction TONG TONG
 * @param vung Một hay nhiều vùng ô hoặc giá trị.
 * @returns Tổng.
 */
export function tong(vung: any[][][]): number {
  return run(() => core.tong(vung)) as number;
}

/**
 * So tổng với các thành phần: "Khớp" hoặc "Lệch: 65 ≠ 61 (thiếu 4)".
 * @customfunction KIEMTRA KIEMTRA
 * @param tong Tổng cần kiểm tra.
 * @param thanhphan Các thành phần: vùng ô hoặc giá trị.
 * @returns Kết quả so khớp.
 */
export function kiemTra(tong: any, thanhphan: any[][][]): string {
  return run(() => core.kiemTra(tong, thanhphan)) as string;
}

/**
 * Viết số tiền theo triệu đồng: 332400000 → "332,4 triệu đồng".
 * @customfunction TRIEU TRIEU
 * @param so Số tiền (đồng) hoặc vùng ô.
 * @param [sole] Số chữ số thập phân, mặc định 1.
 * @returns Số tiền theo triệu đồng (một ô hoặc vùng cùng kích thước).
 */
export function trieu(so: any[][], sole?: number): any[][] {
  return matrix(run(() => core.trieu(so, sole ?? null)));
}

/**
 * Tỷ lệ phần trăm phần / tổng, dấu phẩy thập phân: 61 và 65 → "93,8%".
 * @customfunction TYLE TYLE
 * @param phan Phần.
 * @param tong Tổng.
 * @param [sole] Số chữ số thập phân, mặc định 1.
 * @returns Tỷ lệ phần trăm.
 */
export function tyLe(phan: any, tong: any, sole?: number): string {
  return run(() => core.tyLe(phan, tong, sole ?? null)) as string;
}

/**
 * Dòng địa danh, ngày tháng của văn bản theo Nghị định 30/2020: "Giang Biên, ngày 13 tháng 9 năm 2021".
 * @customfunction NGAYVB NGAYVB
 * @param ngay Ngày (ô ngày của Excel hoặc văn bản 13/9/2021) hoặc vùng ô.
 * @param [diadanh] Địa danh đứng trước ngày.
 * @returns Dòng ngày tháng (một ô hoặc vùng cùng kích thước).
 */
export function ngayVb(ngay: any[][], diadanh?: string): any[][] {
  return matrix(run(() => core.ngayVb(ngay, diadanh ?? null)));
}

/**
 * Trích dẫn văn bản: "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về …".
 * @customfunction VANBAN VANBAN
 * @param loai Loại văn bản: Kế hoạch, Nghị quyết, Công văn…
 * @param so Số văn bản.
 * @param kyhieu Ký hiệu: KH/ĐU (văn bản của Đảng) hoặc KH-THCS (văn bản hành chính).
 * @param ngay Ngày ban hành (có thể để trống).
 * @param coquan Cơ quan ban hành (có thể để trống).
 * @param [trichyeu] Trích yếu nội dung.
 * @returns Câu trích dẫn.
 */
export function vanBan(
  loai: string,
  so: any,
  kyhieu: string,
  ngay: any,
  coquan: string,
  trichyeu?: string,
): string {
  return run(() =>
    core.vanBan(loai, so, kyhieu, ngay, coquan, trichyeu ?? null),
  ) as string;
}

/**
 * Chuẩn hóa văn bản: Unicode dựng sẵn (NFC), bỏ khoảng trắng thừa, sửa chữ gõ bằng bảng mã TCVN3 (.VnTime) hoặc VNI.
 * @customfunction CHUAN CHUAN
 * @param vanban Văn bản hoặc vùng ô.
 * @returns Văn bản đã chuẩn hóa (một ô hoặc vùng cùng kích thước).
 */
export function chuan(vanban: any[][]): any[][] {
  return matrix(run(() => core.chuan(vanban)));
}
