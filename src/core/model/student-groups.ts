/** Student groups of each school level, with the legal maximum of students per class
 *  (DOMAIN.md §6). */
import type { SchoolLevel } from "./enums";

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
