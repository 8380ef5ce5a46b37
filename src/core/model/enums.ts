/** The product's enumerations: Vietnamese display values (what the user sees and picks in a
 *  validation list), keyed by English identifiers. */
import { z } from "zod";

/** Document family: state (Nghị định 30/2020) or Party (Hướng dẫn 36-HD/VPTW). */
export const DocumentFamily = { state: "Nhà nước", party: "Đảng" } as const;
export type DocumentFamily = keyof typeof DocumentFamily;

/** School level; ids are the CLI's `--cap` values. */
export const SchoolLevel = {
  "mam-non": "Mầm non",
  "tieu-hoc": "Tiểu học",
  thcs: "THCS",
  "th-thcs": "TH&THCS",
  thpt: "THPT",
} as const;
export type SchoolLevel = keyof typeof SchoolLevel;
export const SchoolLevelId = z.enum(
  Object.keys(SchoolLevel) as [SchoolLevel, ...SchoolLevel[]],
);

/** Staff categories of the statistics table, in report order. */
export const StaffCategory = {
  leadership: "Ban giám hiệu",
  teacher: "Giáo viên",
  accountant: "Kế toán",
  clerk: "Văn thư",
  medical: "Y tế",
  treasurer: "Thủ quỹ",
  security: "Bảo vệ",
  cook: "Nấu ăn / nuôi dưỡng",
  janitor: "Tạp vụ",
  librarian: "Thư viện",
  equipment: "Thiết bị",
  it: "CNTT",
  other: "Khác",
} as const;
export type StaffCategory = keyof typeof StaffCategory;

/** Support roles (everything but leadership and teachers). */
export const supportRoles: readonly StaffCategory[] = (
  Object.keys(StaffCategory) as StaffCategory[]
).filter((c) => c !== "leadership" && c !== "teacher");

export const Sex = { male: "Nam", female: "Nữ" } as const;
export const PartyStatus = {
  full: "Chính thức",
  probationary: "Dự bị",
  none: "Không",
} as const;
export const Qualification = {
  above: "Trên chuẩn",
  standard: "Đạt chuẩn",
  below: "Chưa đạt chuẩn",
} as const;

export const DonationForm = {
  cash: "Tiền mặt",
  transfer: "Chuyển khoản",
  inKind: "Hiện vật",
} as const;
export type DonationForm = keyof typeof DonationForm;

export const ModelKind = {
  collective: "Tập thể",
  individual: "Cá nhân",
} as const;
export const ModelField = {
  economy: "Kinh tế",
  culture: "Văn hóa – xã hội",
  defence: "Quốc phòng – an ninh",
  politics: "Xây dựng hệ thống chính trị",
} as const;
export const RecognitionLevel = {
  school: "Cơ sở (trường)",
  commune: "Xã, phường",
  district: "Huyện, quận, thành phố",
  province: "Tỉnh",
} as const;
/** Who an evaluation row rates (xếp loại viên chức / đảng viên). */
export const EvaluationSubject = {
  staff: "Viên chức",
  party: "Đảng viên",
} as const;
export type EvaluationSubject = keyof typeof EvaluationSubject;

/** The four ratings, best first (Nghị định 90/2020, Quy định 124-QĐ/TW). */
export const Rating = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  fulfilled: "Hoàn thành nhiệm vụ",
  notFulfilled: "Không hoàn thành nhiệm vụ",
} as const;

export const ModelStatus = {
  registered: "Đã đăng ký",
  inProgress: "Đang thực hiện",
  achieved: "Đạt",
  notAchieved: "Chưa đạt",
} as const;

export const LegalDocType = [
  "Nghị quyết",
  "Chỉ thị",
  "Kết luận",
  "Kế hoạch",
  "Công văn",
  "Quyết định",
  "Hướng dẫn",
  "Thông tư",
  "Nghị định",
  "Quy chế",
  "Chương trình",
  "Báo cáo",
  "Thông báo",
] as const;

export const YesNo = { yes: "Có", no: "Không" } as const;

/** Signing authority prefixes (ND 30: TM., KT., Q., TL., TUQ.; HD 36: T/M). */
export const SignerAuthority = [
  "",
  "TM.",
  "KT.",
  "Q.",
  "TL.",
  "TUQ.",
  "T/M",
] as const;

/** Display values of an `as const` record, for validation lists. */
export function labels<T extends Record<string, string>>(
  o: T,
): readonly string[] {
  return Object.values(o);
}

/** Folds text for tolerant matching: NFC, lower case, no diacritics (đ → d), single spaces,
 *  dashes unified. "Văn hóa - Xã hội" and "van hoa – xa hoi" fold alike. */
export function fold(text: string): string {
  let f = foldMemo.get(text);
  if (f === undefined) {
    f = foldText(text);
    if (foldMemo.size > 20_000) foldMemo.clear();
    foldMemo.set(text, f);
  }
  return f;
}

/** Names, labels and headers repeat across thousands of rows: fold each once. */
const foldMemo = new Map<string, string>();

function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[–—-]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/\s*([-,/&])\s*/g, "$1")
    .trim();
}

/** The words a label offers as alternatives: "Xã, phường" → "xã", "phường"; "Cơ sở (trường)" →
 *  "cơ sở", "trường" (folded). What Excel leaves in a cell when a validation list written as
 *  text splits its items at the commas. */
function labelParts(label: string): string[] {
  const inner = /\(([^)]*)\)/.exec(label)?.[1];
  const outer = label.replace(/\([^)]*\)/g, " ");
  return [outer, ...(inner ? [inner] : [])]
    .flatMap((p) => p.split(/[,/;]| hoặc /))
    .map((p) => fold(p))
    .filter(Boolean);
}

/** The key of `o` one of whose label's alternatives folds like `text` ("Xã" → the key of "Xã,
 *  phường"), or null; only a single key may match. */
export function keyOfLabelPart<T extends Record<string, string>>(
  o: T,
  text: string,
): keyof T | null {
  const f = fold(text);
  const hits = Object.entries(o).filter(([, v]) => labelParts(v).includes(f));
  return hits.length === 1 ? (hits[0][0] as keyof T) : null;
}

/** The key of `o` whose label folds like `text`, or null. */
export function keyOfLabel<T extends Record<string, string>>(
  o: T,
  text: string,
): keyof T | null {
  const f = fold(text);
  for (const [k, v] of Object.entries(o))
    if (fold(v) === f || fold(k) === f) return k as keyof T;
  return null;
}
