/** Student groups of each school level, with the legal maximum of students per class
 *  (DOMAIN.md §6). */
import { fold, type SchoolLevel } from "./enums";

export interface StudentGroup {
  /** Row label in the "Học sinh" sheet. */
  readonly label: string;
  /** Legal maximum of students per class (or group). */
  readonly maxPerClass: number;
  /** The regulation that sets it. */
  readonly regulation: string;
}

const KINDERGARTEN = "Thông tư 52/2020/TT-BGDĐT, Điều 15";
const PRIMARY = "Thông tư 28/2020/TT-BGDĐT";
const SECONDARY = "Thông tư 32/2020/TT-BGDĐT";

const grades = (
  from: number,
  to: number,
  max: number,
  regulation: string,
): StudentGroup[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    label: `Khối ${from + i}`,
    maxPerClass: max,
    regulation,
  }));

export const STUDENT_GROUPS: Readonly<
  Record<SchoolLevel, readonly StudentGroup[]>
> = {
  "mam-non": [
    { label: "Nhà trẻ 3–12 tháng", maxPerClass: 15, regulation: KINDERGARTEN },
    { label: "Nhà trẻ 13–24 tháng", maxPerClass: 20, regulation: KINDERGARTEN },
    { label: "Nhà trẻ 25–36 tháng", maxPerClass: 25, regulation: KINDERGARTEN },
    { label: "Mẫu giáo 3–4 tuổi", maxPerClass: 25, regulation: KINDERGARTEN },
    { label: "Mẫu giáo 4–5 tuổi", maxPerClass: 30, regulation: KINDERGARTEN },
    { label: "Mẫu giáo 5–6 tuổi", maxPerClass: 35, regulation: KINDERGARTEN },
  ],
  "tieu-hoc": grades(1, 5, 35, PRIMARY),
  thcs: grades(6, 9, 45, SECONDARY),
  "th-thcs": [...grades(1, 5, 35, PRIMARY), ...grades(6, 9, 45, SECONDARY)],
  thpt: grades(10, 12, 45, SECONDARY),
};

/** Kindergarten groups by the age range they hold, in months (Nhà trẻ) or years (Mẫu giáo). */
const KINDERGARTEN_BY_RANGE: Readonly<Record<string, string>> = {
  "months:3-12": "Nhà trẻ 3–12 tháng",
  "months:13-24": "Nhà trẻ 13–24 tháng",
  "months:12-24": "Nhà trẻ 13–24 tháng",
  "months:25-36": "Nhà trẻ 25–36 tháng",
  "months:24-36": "Nhà trẻ 25–36 tháng",
  "years:3-4": "Mẫu giáo 3–4 tuổi",
  "years:4-5": "Mẫu giáo 4–5 tuổi",
  "years:5-6": "Mẫu giáo 5–6 tuổi",
};

/** "Lớp 3 tuổi" is the class of children turning 3 this year: 3–4 tuổi. */
const KINDERGARTEN_BY_AGE: Readonly<Record<string, string>> = {
  "3": "Mẫu giáo 3–4 tuổi",
  "4": "Mẫu giáo 4–5 tuổi",
  "5": "Mẫu giáo 5–6 tuổi",
};

/** "bé", "nhỡ", "lớn" (mẫu giáo). */
const KINDERGARTEN_BY_NAME: Readonly<Record<string, string>> = {
  be: "Mẫu giáo 3–4 tuổi",
  nho: "Mẫu giáo 4–5 tuổi",
  lon: "Mẫu giáo 5–6 tuổi",
};

/** The canonical label a school's label stands for, or null (folded: no diacritics, lower case). */
function canonicalLabel(folded: string): string | null {
  const f = folded.replace(/[–—]/g, "-").replace(/\s+/g, " ");
  const range = /(\d{1,2})\s*-\s*(\d{1,2})\s*(thang|tuoi)/.exec(f);
  if (range)
    return (
      KINDERGARTEN_BY_RANGE[
        `${range[3] === "thang" ? "months" : "years"}:${Number(range[1])}-${Number(range[2])}`
      ] ?? null
    );
  const age = /(\d)\s*tuoi/.exec(f);
  if (age) return KINDERGARTEN_BY_AGE[age[1]] ?? null;
  const named = /(?:mau giao|mg|lop|nhom)\s*(be|nho|lon)\b/.exec(f);
  if (named) return KINDERGARTEN_BY_NAME[named[1]];
  const grade =
    /^(?:khoi|lop|k|khoi lop)\s*\.?\s*(\d{1,2})$/.exec(f) ??
    /^(\d{1,2})$/.exec(f);
  if (grade && Number(grade[1]) >= 1 && Number(grade[1]) <= 12)
    return `Khối ${Number(grade[1])}`;
  return null;
}

/**
 * The group of a row label as schools write it — "Khối 6", "Lớp 6", "K6", "MG 3–4 tuổi", "Mẫu
 * giáo bé (3-4 tuổi)", "3-4 tuổi", "Lớp 5 tuổi", "NT 24-36 tháng" — among the groups of the school
 * level (any level when it is unknown); null when the label names none.
 * @example groupOf("NT 24-36 tháng", "mam-non")?.label // "Nhà trẻ 25–36 tháng"
 */
export function groupOf(
  label: string | null,
  level: SchoolLevel | null,
): StudentGroup | null {
  if (!label) return null;
  const folded = fold(label);
  const pools = level ? [STUDENT_GROUPS[level]] : Object.values(STUDENT_GROUPS);
  const exact = folded.replace(/\s/g, "");
  for (const pool of pools) {
    const g = pool.find((x) => fold(x.label).replace(/\s/g, "") === exact);
    if (g) return g;
  }
  const canonical = canonicalLabel(folded);
  if (!canonical) return null;
  for (const pool of pools) {
    const g = pool.find((x) => x.label === canonical);
    if (g) return g;
  }
  return null;
}

/**
 * Whether a label spans several grades ("Khối 6–9", "Lớp 1-5"): a row of figures for a whole
 * stage, legitimately no single group.
 * @example spansGrades("Khối 6–9") // true
 */
export function spansGrades(label: string | null): boolean {
  return (
    !!label &&
    /^(khoi|lop|k)\s*\d{1,2}\s*-\s*\d{1,2}$/.test(
      fold(label).replace(/\s+/g, " "),
    )
  );
}
