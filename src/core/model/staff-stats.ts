/** Staff statistics computed from the roster (DS CB-GV-NV): what "Cập nhật từ danh sách" fills
 *  into the CB-GV-NV table. */
import { fold, StaffCategory } from "./enums";
import type { RosterRow } from "./records";

export const STAFF_COUNT_KEYS = [
  "total",
  "female",
  "ethnicMinority",
  "partyFull",
  "partyProbationary",
  "qualified",
] as const;
export type StaffCountKey = (typeof STAFF_COUNT_KEYS)[number];
export type StaffCounts = Record<StaffCountKey, number>;

type Person = Pick<
  RosterRow,
  "position" | "sex" | "ethnicity" | "partyStatus" | "standard"
>;

/**
 * Counts by staff category. Ethnic minority: any ethnicity other than Kinh. Qualified: "Đạt
 * chuẩn" or "Trên chuẩn". People without a position are not counted (the checks report them).
 * @example staffStatsFromRoster([{ position: "teacher", sex: "female", ethnicity: "Kinh", partyStatus: "full", standard: "standard" }]).teacher
 * // { total: 1, female: 1, ethnicMinority: 0, partyFull: 1, partyProbationary: 0, qualified: 1 }
 */
export function staffStatsFromRoster(
  people: readonly Person[],
): Record<keyof typeof StaffCategory, StaffCounts> {
  const out = Object.fromEntries(
    Object.keys(StaffCategory).map((k) => [
      k,
      {
        total: 0,
        female: 0,
        ethnicMinority: 0,
        partyFull: 0,
        partyProbationary: 0,
        qualified: 0,
      },
    ]),
  ) as Record<keyof typeof StaffCategory, StaffCounts>;
  for (const p of people) {
    if (!p.position) continue;
    const c = out[p.position];
    c.total++;
    if (p.sex === "female") c.female++;
    if (p.ethnicity && fold(p.ethnicity) !== "kinh") c.ethnicMinority++;
    if (p.partyStatus === "full") c.partyFull++;
    if (p.partyStatus === "probationary") c.partyProbationary++;
    if (p.standard === "standard" || p.standard === "above") c.qualified++;
  }
  return out;
}
