/* Excel custom functions, namespace DVK: JSDoc (→ functions.json) + one core call + error
 * mapping. No React, no zod: this bundle stays small. */
import {
  chuan,
  docSo,
  DvkFunctionError,
  kiemTra,
  ngayVb,
  so,
  tong,
  trieu,
  tyLe,
  vanBan,
  type Cell,
} from "../core/functions/dvk-functions";

type Out = string | number | boolean | CustomFunctions.Error;

/** Turns core errors into #VALUE! with the Vietnamese message (per cell for ranges). */
function excel(run: () => Cell | Cell[][]): Out | Out[][] {
  const toError = (e: DvkFunctionError) =>
    new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      e.message.slice(0, 255),
    );
  const cell = (c: Cell): Out =>
    c instanceof DvkFunctionError ? toError(c) : c === null ? "" : c;
  try {
    const r = run();
    return Array.isArray(r) ? r.map((row) => row.map(cell)) : cell(r);
  } catch (e) {
    if (e instanceof DvkFunctionError) throw toError(e);
    throw e;
  }
}

/**
 * Đọc số tiền bằng chữ theo cách kế toán: 332400000 → "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng". Số lớn hơn 2^53 hãy nhập dạng văn bản.
 * @customfunction DOCSO DOCSO
 * @param so Số, văn bản số kiểu Việt Nam, hoặc vùng ô (kết quả tràn theo vùng).
 * @param [donvi] Đơn vị, mặc định "đồng"; để "" khi đọc số thường.
 * @param [kieu] Kiểu đọc, cách nhau bằng dấu phẩy: lẻ, ngàn, bốn, chẵn, thường, hoa.
 * @returns Số bằng chữ.
 */
export function docSoFn(so: any[][], donvi?: string, kieu?: string): any[][] {
  return wrap(excel(() => docSo(so, donvi ?? null, kieu ?? null)));
}

/**
 * Chuyển số viết kiểu Việt Nam (2.300; 18,4 triệu; 1,5 tỷ; 250 tr) thành số; báo lỗi khi không rõ nghĩa (3.28).
 * @customfunction SO SO
 * @param vanban Văn bản số hoặc vùng ô.
 * @returns Số.
 */
export function soFn(vanban: any[][]): any[][] {
  return wrap(excel(() => so(vanban)));
}

/**
 * Tổng các số và văn bản số kiểu Việt Nam trên một hay nhiều vùng; bỏ qua ô trống; báo ô đầu tiên không đọc được.
 * @customfunction TONG TONG
 * @param vung Một hay nhiều vùng ô hoặc giá trị.
 * @returns Tổng.
 */
export function tongFn(vung: any[][][]): number {
  return excel(() => tong(vung)) as number;
}

/**
 * So tổng với các thành phần: "Khớp" hoặc "Lệch: 65 ≠ 61 (thiếu 4)".
 * @customfunction KIEMTRA KIEMTRA
 * @param tong Tổng cần kiểm tra.
 * @param thanhphan Các thành phần (vùng ô hoặc giá trị).
 * @returns Kết quả so khớp.
 */
export function kiemTraFn(tong: any, thanhphan: any[][][]): string {
  return excel(() => kiemTra(tong, thanhphan)) as string;
}

/**
 * Viết số tiền theo triệu đồng: 332400000 → "332,4 triệu đồng".
 * @customfunction TRIEU TRIEU
 * @param so Số tiền (đồng) hoặc vùng ô.
 * @param [sole] Số chữ số thập phân, mặc định 1.
 * @returns Số tiền theo triệu đồng.
 */
export function trieuFn(so: any[][], sole?: number): any[][] {
  return wrap(excel(() => trieu(so, sole ?? null)));
}

/**
 * Tỷ lệ phần trăm phần / tổng, dấu phẩy thập phân: 61 và 65 → "93,8%".
 * @customfunction TYLE TYLE
 * @param phan Phần.
 * @param tong Tổng.
 * @param [sole] Số chữ số thập phân, mặc định 1.
 * @returns Tỷ lệ phần trăm.
 */
export function tyLeFn(phan: any, tong: any, sole?: number): string {
  return excel(() => tyLe(phan, tong, sole ?? null)) as string;
}

/**
 * Dòng địa danh, ngày tháng của văn bản theo Nghị định 30/2020: "Giang Biên, ngày 13 tháng 9 năm 2021".
 * @customfunction NGAYVB NGAYVB
 * @param ngay Ngày (ô ngày của Excel hoặc văn bản 13/9/2021) hoặc vùng ô.
 * @param [diadanh] Địa danh đứng trước ngày.
 * @returns Dòng ngày tháng.
 */
export function ngayVbFn(ngay: any[][], diadanh?: string): any[][] {
  return wrap(excel(() => ngayVb(ngay, diadanh ?? null)));
}

/**
 * Trích dẫn văn bản: "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về …".
 * @customfunction VANBAN VANBAN
 * @param loai Loại văn bản: Kế hoạch, Nghị quyết, Công văn…
 * @param so Số văn bản.
 * @param kyhieu Ký hiệu: KH/ĐU (Đảng) hoặc KH-THCS (Nhà nước).
 * @param ngay Ngày ban hành.
 * @param coquan Cơ quan ban hành.
 * @param [trichyeu] Trích yếu (nội dung).
 * @returns Câu trích dẫn.
 */
export function vanBanFn(
  loai: string,
  so: any,
  kyhieu: string,
  ngay: any,
  coquan: string,
  trichyeu?: string,
): string {
  return excel(() =>
    vanBan(loai, so, kyhieu, ngay, coquan, trichyeu ?? null),
  ) as string;
}

/**
 * Chuẩn hóa văn bản: Unicode dựng sẵn (NFC), bỏ khoảng trắng thừa, sửa chữ gõ bằng bảng mã TCVN3 (.VnTime) hoặc VNI.
 * @customfunction CHUAN CHUAN
 * @param vanban Văn bản hoặc vùng ô.
 * @returns Văn bản đã chuẩn hóa.
 */
export function chuanFn(vanban: any[][]): any[][] {
  return wrap(excel(() => chuan(vanban)));
}

/** Matrix functions always return a matrix (1×1 for a single value). */
function wrap(r: Out | Out[][]): any[][] {
  return Array.isArray(r) ? r : [[r]];
}
