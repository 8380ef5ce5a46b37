/** The DVK functions by name, with their Vietnamese help: the single definition of every
 *  function. Excel gets them from here — src/functions/functions.ts wraps and registers each
 *  entry, and the build writes functions.json from it (src/functions/metadata.ts through
 *  scripts/functions-metadata-plugin.cjs) — and so do `dvk ham`, the demo and the tests. */
import type { CellResult } from "./args";
import { chuan } from "./chuan";
import { docSo } from "./docso";
import { kiemTra } from "./kiemtra";
import { ngayVb } from "./ngayvb";
import { so } from "./so";
import { tong } from "./tong";
import { trieu } from "./trieu";
import { tyLe } from "./tyle";
import { vanBan } from "./vanban";

export interface ParamSpec {
  /** As Excel shows it in the formula hint (ASCII). */
  readonly name: string;
  /** Excel's hint for the parameter (functions.json), also `dvk ham <TÊN> --help`. */
  readonly description: string;
  /** Excel's type for the parameter: "number" and "string" are converted by Excel, "any" is passed as is. */
  readonly type: "number" | "string" | "any";
  /** Takes a range (a 2-D array). */
  readonly matrix?: boolean;
  readonly optional?: boolean;
  /** Takes any number of values or ranges (Excel's repeating parameter). */
  readonly repeating?: boolean;
}

export interface FunctionSpec {
  /** What Excel shows for the function (functions.json), also `dvk ham <TÊN> --help`. */
  readonly description: string;
  readonly example: string;
  readonly params: readonly ParamSpec[];
  /** "matrix": returns a range of the argument's shape (spills). */
  readonly result: "number" | "string" | "matrix";
  /** Runs the function on arguments as Excel passes them (null for an omitted optional one,
   *  the values of a repeating parameter last); throws DvkFunctionError. */
  readonly evaluate: (args: readonly unknown[]) => CellResult;
}

const opt = (args: readonly unknown[], i: number) =>
  i < args.length ? args[i] : null;

export const dvkFunctions: Readonly<Record<string, FunctionSpec>> = {
  DOCSO: {
    description:
      'Đọc số tiền bằng chữ theo cách kế toán: 332400000 → "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng". Đọc được cả văn bản số kiểu Việt Nam (18,4 triệu) và cả vùng ô.',
    example:
      'DVK.DOCSO(332400000) → "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"',
    params: [
      {
        name: "so",
        type: "any",
        matrix: true,
        description:
          "Số, văn bản số kiểu Việt Nam (18,4 triệu) hoặc vùng ô; số lớn hơn 2^53 hãy nhập dạng văn bản.",
      },
      {
        name: "donvi",
        type: "string",
        optional: true,
        description: 'Đơn vị, mặc định “đồng”; để "" khi đọc số thường.',
      },
      {
        name: "kieu",
        type: "string",
        optional: true,
        description:
          "Kiểu đọc, các từ cách nhau bằng dấu phẩy: lẻ, ngàn, bốn, chẵn, thường, hoa.",
      },
    ],
    result: "matrix",
    evaluate: (a) => docSo(a[0], opt(a, 1), opt(a, 2)),
  },
  SO: {
    description:
      "Chuyển số viết kiểu Việt Nam (2.300; 18,4 triệu; 1,5 tỷ; 250 tr) thành số; báo lỗi khi không rõ nghĩa (3.28).",
    example: 'DVK.SO("18,4 triệu") → 18400000',
    params: [
      {
        name: "vanban",
        type: "any",
        matrix: true,
        description: "Văn bản số hoặc vùng ô.",
      },
    ],
    result: "matrix",
    evaluate: (a) => so(a[0]),
  },
  TONG: {
    description:
      "Tổng các số và văn bản số kiểu Việt Nam trên một hay nhiều vùng; bỏ qua ô trống; báo ô đầu tiên không đọc được.",
    example: 'DVK.TONG(A2:A10; "1.000"; "3,5")',
    params: [
      {
        name: "vung",
        type: "any",
        matrix: true,
        repeating: true,
        description: "Một hay nhiều vùng ô hoặc giá trị.",
      },
    ],
    result: "number",
    evaluate: (a) => tong(a),
  },
  KIEMTRA: {
    description:
      'So tổng với các thành phần: "Khớp" hoặc "Lệch: 65 ≠ 61 (thiếu 4)".',
    example: 'DVK.KIEMTRA(65; 3; 40; 18) → "Lệch: 65 ≠ 61 (thiếu 4)"',
    params: [
      { name: "tong", type: "any", description: "Tổng cần kiểm tra." },
      {
        name: "thanhphan",
        type: "any",
        matrix: true,
        repeating: true,
        description: "Các thành phần: vùng ô hoặc giá trị.",
      },
    ],
    result: "string",
    evaluate: (a) => kiemTra(a[0], a.slice(1)),
  },
  TRIEU: {
    description:
      'Viết số tiền theo triệu đồng: 332400000 → "332,4 triệu đồng".',
    example: 'DVK.TRIEU(332400000) → "332,4 triệu đồng"',
    params: [
      {
        name: "so",
        type: "any",
        matrix: true,
        description: "Số tiền (đồng) hoặc vùng ô.",
      },
      {
        name: "sole",
        type: "number",
        optional: true,
        description: "Số chữ số thập phân, mặc định 1.",
      },
    ],
    result: "matrix",
    evaluate: (a) => trieu(a[0], opt(a, 1)),
  },
  TYLE: {
    description:
      'Tỷ lệ phần trăm phần / tổng, dấu phẩy thập phân: 61 và 65 → "93,8%".',
    example: 'DVK.TYLE(61; 65) → "93,8%"',
    params: [
      { name: "phan", type: "any", description: "Phần." },
      { name: "tong", type: "any", description: "Tổng." },
      {
        name: "sole",
        type: "number",
        optional: true,
        description: "Số chữ số thập phân, mặc định 1.",
      },
    ],
    result: "string",
    evaluate: (a) => tyLe(a[0], a[1], opt(a, 2)),
  },
  NGAYVB: {
    description:
      'Dòng địa danh, ngày tháng của văn bản theo Nghị định 30/2020: "Giang Biên, ngày 13 tháng 9 năm 2021".',
    example:
      'DVK.NGAYVB("13/9/2021"; "Giang Biên") → "Giang Biên, ngày 13 tháng 9 năm 2021"',
    params: [
      {
        name: "ngay",
        type: "any",
        matrix: true,
        description:
          "Ngày (ô ngày của Excel hoặc văn bản 13/9/2021) hoặc vùng ô.",
      },
      {
        name: "diadanh",
        type: "string",
        optional: true,
        description: "Địa danh đứng trước ngày.",
      },
    ],
    result: "matrix",
    evaluate: (a) => ngayVb(a[0], opt(a, 1)),
  },
  VANBAN: {
    description:
      'Trích dẫn văn bản: "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về …".',
    example:
      'DVK.VANBAN("Kế hoạch"; 24; "KH/ĐU"; "12/01/2021"; "Đảng ủy phường Giang Biên") → "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên"',
    params: [
      {
        name: "loai",
        type: "string",
        description: "Loại văn bản: Kế hoạch, Nghị quyết, Công văn…",
      },
      { name: "so", type: "any", description: "Số văn bản." },
      {
        name: "kyhieu",
        type: "string",
        description:
          "Ký hiệu: KH/ĐU (văn bản của Đảng) hoặc KH-THCS (văn bản hành chính).",
      },
      {
        name: "ngay",
        type: "any",
        description: "Ngày ban hành (có thể để trống).",
      },
      {
        name: "coquan",
        type: "string",
        description: "Cơ quan ban hành (có thể để trống).",
      },
      {
        name: "trichyeu",
        type: "string",
        optional: true,
        description: "Trích yếu nội dung.",
      },
    ],
    result: "string",
    evaluate: (a) => vanBan(a[0], a[1], a[2], a[3], a[4], opt(a, 5)),
  },
  CHUAN: {
    description:
      "Chuẩn hóa văn bản: Unicode dựng sẵn (NFC), bỏ khoảng trắng thừa, sửa chữ gõ bằng bảng mã TCVN3 (.VnTime) hoặc VNI.",
    example: 'DVK.CHUAN("C«ng ®oµn") → "Công đoàn"',
    params: [
      {
        name: "vanban",
        type: "any",
        matrix: true,
        description: "Văn bản hoặc vùng ô.",
      },
    ],
    result: "matrix",
    evaluate: (a) => chuan(a[0]),
  },
};

/**
 * A function by name, case-insensitive, with or without "DVK." ("docso", "DVK.DOCSO"), or null.
 * @example findFunction("dvk.docso")?.id // "DOCSO"
 */
export function findFunction(
  name: string,
): { readonly id: string; readonly spec: FunctionSpec } | null {
  const id = name
    .trim()
    .toUpperCase()
    .replace(/^DVK\./, "");
  return Object.prototype.hasOwnProperty.call(dvkFunctions, id)
    ? { id, spec: dvkFunctions[id] }
    : null;
}
