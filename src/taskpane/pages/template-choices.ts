/* What the first screen (Mẫu biểu) lists before any sheet code has loaded: the templates' ids and
 * sheet names and the school levels. The sheet registry carries every spec's zod schema, so the
 * pane's first chunk takes these plain copies instead and loads the registry when a button is
 * clicked; template-choices.test.ts keeps them equal to the registry and the enumerations. */
import type { SchoolLevel } from "../../core/model/enums";
import type { TemplateId } from "../../core/sheets/registry";

/** Every template in insertion order (TEMPLATE_IDS) with its sheet name (TEMPLATE_NAMES). */
export const TEMPLATE_CHOICES: readonly {
  readonly id: TemplateId;
  readonly name: string;
}[] = [
  { id: "general", name: "Thông tin chung" },
  { id: "staff", name: "CB-GV-NV" },
  { id: "roster", name: "DS CB-GV-NV" },
  { id: "students", name: "Học sinh" },
  { id: "donations", name: "Sổ tài trợ" },
  { id: "donationSummary", name: "Tổng hợp tài trợ" },
  { id: "models", name: "Mô hình DVK" },
  { id: "legalRefs", name: "Văn bản căn cứ" },
  { id: "party", name: "Tổ chức Đảng" },
  { id: "evaluations", name: "Đánh giá, xếp loại" },
  { id: "narrative", name: "Nội dung báo cáo" },
];

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATE_CHOICES.map(
  (t) => t.id,
);

/** The school levels (SchoolLevel), ids as the CLI's `--cap`. */
export const SCHOOL_LEVELS: Readonly<Record<SchoolLevel, string>> = {
  "mam-non": "Mầm non",
  "tieu-hoc": "Tiểu học",
  thcs: "THCS",
  "th-thcs": "TH&THCS",
  thpt: "THPT",
};
