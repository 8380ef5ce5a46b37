/** The DVK functions by name, with their Vietnamese help: the single list `dvk ham` and the
 *  tests use, kept in step with src/functions/functions.ts (checked by a test). */
import {
  chuan,
  docSo,
  kiemTra,
  ngayVb,
  so,
  tong,
  trieu,
  tyLe,
  vanBan,
  type Cell,
} from "./dvk-functions";

export interface ParamSpec {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
  /** Takes any number of values (ranges). */
  readonly repeating?: boolean;
}

export interface FunctionSpec {
  readonly description: string;
  readonly example: string;
  readonly params: readonly ParamSpec[];
  readonly evaluate: (args: readonly unknown[]) => Cell | Cell[][];
}

export const DVK_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  DOCSO: {
    description: "Đọc số tiền bằng chữ theo cách kế toán.",
    example:
      'DVK.DOCSO(332400000) → "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"',
    params: [
      { name: "so", description: "Số, văn bản số kiểu Việt Nam, hoặc vùng ô." },
      {
        name: "donvi",
        description: 'Đơn vị, mặc định “đồng”; "" để đọc số thường.',
        optional: true,
      },
      {
        name: "kieu",
        description:
          "lẻ, ngàn, bốn, chẵn, thường, hoa (cách nhau bằng dấu phẩy).",
        optional: true,
      },
    ],
    evaluate: ([a, b = null, c = null]) => docSo(a, b, c),
  },
  SO: {
    description: "Chuyển số viết kiểu Việt Nam (2.300; 18,4 triệu) thành số.",
    example: 'DVK.SO("18,4 triệu") → 18400000',
    params: [{ name: "vanban", description: "Văn bản số hoặc vùng ô." }],
    evaluate: ([a]) => so(a),
  },
  TONG: {
    description:
      "Tổng các số và văn bản số kiểu Việt Nam trên một hay nhiều vùng; bỏ qua ô trống.",
    example: 'DVK.TONG(A2:A10) ; DVK.TONG("1.000"; 2; "3,5") → 1005,5',
    params: [
      {
        name: "vung",
        description: "Một hay nhiều vùng ô hoặc giá trị.",
        repeating: true,
      },
    ],
    evaluate: (args) => tong(args),
  },
  KIEMTRA: {
    description:
      "So tổng với các thành phần: “Khớp” hoặc “Lệch: 65 ≠ 61 (thiếu 4)”.",
    example: 'DVK.KIEMTRA(65; 3; 40; 18) → "Lệch: 65 ≠ 61 (thiếu 4)"',
    params: [
      { name: "tong", description: "Tổng cần kiểm tra." },
      {
        name: "thanhphan",
        description: "Các thành phần (vùng ô hoặc giá trị).",
        repeating: true,
      },
    ],
    evaluate: ([t, ...parts]) => kiemTra(t, parts),
  },
  TRIEU: {
    description:
      "Viết số tiền theo triệu đồng: 332400000 → “332,4 triệu đồng”.",
    example: 'DVK.TRIEU(332400000) → "332,4 triệu đồng"',
    params: [
      { name: "so", description: "Số tiền (đồng) hoặc vùng ô." },
      {
        name: "sole",
        description: "Số chữ số thập phân, mặc định 1.",
        optional: true,
      },
    ],
    evaluate: ([a, b = null]) => trieu(a, b),
  },
  TYLE: {
    description: "Tỷ lệ phần trăm: phần / tổng, dấu phẩy thập phân.",
    example: 'DVK.TYLE(61; 65) → "93,8%"',
    params: [
      { name: "phan", description: "Phần." },
      { name: "tong", description: "Tổng." },
      {
        name: "sole",
        description: "Số chữ số thập phân, mặc định 1.",
        optional: true,
      },
    ],
    evaluate: ([a, b, c = null]) => tyLe(a, b, c),
  },
  NGAYVB: {
    description:
      "Dòng địa danh, ngày tháng của văn bản theo Nghị định 30/2020.",
    example:
      'DVK.NGAYVB("13/9/2021"; "Giang Biên") → "Giang Biên, ngày 13 tháng 9 năm 2021"',
    params: [
      {
        name: "ngay",
        description:
          "Ngày (ô ngày của Excel hoặc văn bản 13/9/2021) hoặc vùng ô.",
      },
      {
        name: "diadanh",
        description: "Địa danh đứng trước ngày.",
        optional: true,
      },
    ],
    evaluate: ([a, b = null]) => ngayVb(a, b),
  },
  VANBAN: {
    description:
      "Trích dẫn văn bản: “Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của … về …”.",
    example:
      'DVK.VANBAN("Kế hoạch"; 24; "KH/ĐU"; "12/01/2021"; "Đảng ủy phường Giang Biên") → "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên"',
    params: [
      {
        name: "loai",
        description: "Loại văn bản: Kế hoạch, Nghị quyết, Công văn…",
      },
      { name: "so", description: "Số văn bản." },
      {
        name: "kyhieu",
        description: "Ký hiệu: KH/ĐU (Đảng), KH-THCS (Nhà nước).",
      },
      { name: "ngay", description: "Ngày ban hành." },
      { name: "coquan", description: "Cơ quan ban hành." },
      {
        name: "trichyeu",
        description: "Trích yếu (nội dung).",
        optional: true,
      },
    ],
    evaluate: ([a, b, c, d, e, f = null]) => vanBan(a, b, c, d, e, f),
  },
  CHUAN: {
    description:
      "Chuẩn hóa văn bản: Unicode dựng sẵn (NFC), sửa chữ gõ bằng bảng mã TCVN3 (.VnTime) hoặc VNI.",
    example: 'DVK.CHUAN("C«ng ®oµn") → "Công đoàn"',
    params: [{ name: "vanban", description: "Văn bản hoặc vùng ô." }],
    evaluate: ([a]) => chuan(a),
  },
};

/** The spec of a function by name ("docso", "DVK.DOCSO"), or null. */
export function findFunction(
  name: string,
): { id: string; spec: FunctionSpec } | null {
  const id = name
    .trim()
    .toUpperCase()
    .replace(/^DVK\./, "");
  const spec = Object.prototype.hasOwnProperty.call(DVK_FUNCTIONS, id)
    ? DVK_FUNCTIONS[id]
    : undefined;
  return spec ? { id, spec } : null;
}
