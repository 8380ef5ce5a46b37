/** The staff category of a statistics row's label as schools write it ("BGH", "Giáo viên",
 *  "Nhân viên nuôi dưỡng"…). */
import { fold, keyOfLabel, StaffCategory } from "./enums";

const STAFF_ALIASES: Readonly<Record<string, keyof typeof StaffCategory>> = {
  bgh: "leadership",
  "ban giam hieu": "leadership",
  gv: "teacher",
  "giao vien": "teacher",
  "nhan vien nuoi duong": "cook",
  "nuoi duong": "cook",
  "nau an": "cook",
  "cap duong": "cook",
};

/**
 * The category of a label, or null when it names none.
 * @example staffCategory("BGH") // "leadership"
 */
export function staffCategory(
  label: string | null,
): keyof typeof StaffCategory | null {
  if (!label) return null;
  return (
    (keyOfLabel(StaffCategory, label) as keyof typeof StaffCategory | null) ??
    STAFF_ALIASES[fold(label)] ??
    null
  );
}
