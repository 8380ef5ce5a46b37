/** The staff category of a statistics row's label as schools write it (DOMAIN.md §9): "BGH",
 *  "CBQL", "Hiệu trưởng", "GV", "Giáo viên mầm non", "NV", "Nhân viên kế toán", "Cô nuôi"…
 *  Anything that names no category is null (the checks warn, naming the label). */
import { fold, keyOfLabel, StaffCategory } from "./enums";

type Category = keyof typeof StaffCategory;

/** Folded labels (see `fold`) and the words they start with, by category. */
const SYNONYMS: readonly (readonly [Category, readonly string[]])[] = [
  [
    "leadership",
    [
      "bgh",
      "ban giam hieu",
      "cbql",
      "can bo quan ly",
      "quan ly",
      "hieu truong",
      "pho hieu truong",
      "pht",
      "ht",
      "hieu truong/pho hieu truong",
      "hieu truong/pho ht",
      "ht/pht",
    ],
  ],
  [
    "teacher",
    [
      "gv",
      "giao vien",
      "giao vien mam non",
      "giao vien tieu hoc",
      "giao vien thcs",
      "giao vien thpt",
      "gvmn",
      "gvth",
    ],
  ],
  ["accountant", ["ke toan", "nv ke toan"]],
  ["clerk", ["van thu", "van thu/thu quy"]],
  ["medical", ["y te", "nhan vien y te", "y te hoc duong"]],
  ["treasurer", ["thu quy"]],
  ["security", ["bao ve"]],
  [
    "cook",
    [
      "nau an",
      "nuoi duong",
      "nau an/nuoi duong",
      "cap duong",
      "co nuoi",
      "cap duong/nuoi duong",
      "nhan vien nuoi duong",
    ],
  ],
  ["janitor", ["tap vu", "phuc vu", "lao cong", "ve sinh"]],
  ["librarian", ["thu vien"]],
  ["equipment", ["thiet bi", "thiet bi/thi nghiem", "thi nghiem"]],
  ["it", ["cntt", "cong nghe thong tin", "tin hoc"]],
  [
    "other",
    ["nv", "nhan vien", "nhan vien khac", "khac", "hop dong", "nv hop dong"],
  ],
];

const BY_LABEL = new Map<string, Category>();
for (const [category, labels] of SYNONYMS)
  for (const l of labels) BY_LABEL.set(l, category);

/** Words that only decorate a label: "Nhân viên kế toán" is "Kế toán", "Số GV" is "GV". */
const PREFIX = /^(?:so |tong so |nhan vien |nv |nv\.|to )/;

/**
 * The category of a label, or null when it names none.
 * @example staffCategory("BGH") // "leadership"
 * @example staffCategory("Nhân viên kế toán") // "accountant"
 * @example staffCategory("Lớp ghép") // null
 */
export function staffCategory(label: string | null): Category | null {
  if (!label) return null;
  const exact = keyOfLabel(StaffCategory, label) as Category | null;
  if (exact) return exact;
  const f = fold(label)
    .replace(/\([^)]*\)/g, "")
    .replace(/[.:;]+$/g, "")
    .replace(/^\d+[.)]\s*/, "")
    .trim();
  const direct = BY_LABEL.get(f);
  if (direct) return direct;
  const stripped = f.replace(PREFIX, "").trim();
  return (
    BY_LABEL.get(stripped) ??
    (keyOfLabel(StaffCategory, stripped) as Category | null) ??
    null
  );
}
