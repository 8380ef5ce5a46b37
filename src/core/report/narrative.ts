/**
 * The narrative of one report kind as the workbook holds it: the rows of "Nội dung báo cáo" for
 * that kind in their order, or the kind's default outline when the workbook has no such rows;
 * and the text of a row as the draft prints it, `{{key}}` fields replaced by the workbook's
 * figures.
 */
import type { Figure } from "../figures/figures";
import { fold, ModelField } from "../model/enums";
import type { GeneralInfo, ModelRow } from "../model/records";
import {
  DataBlock,
  NarrativePart,
  OUTLINES,
  type ReportKindId,
} from "../model/report-outlines";
import type { WorkbookData } from "../sheets/read";
import { generalSpec } from "../sheets/specs/general";
import { formatAmountScaled } from "../vn/format-amount-scaled";
import { formatVnNumber } from "../vn/format-vn-number";
import { figureInline } from "./figure-inline";
import { quoted } from "./sections";
import { field, para, prompt, text, type Block, type Inline } from "./tree";

export interface NarrativeSection {
  /** "I", "1", "3.1", "a" — as the sheet's "Mục" holds it. */
  readonly number: string;
  readonly heading: string;
  /** The text to print under the heading; null when none was written. */
  readonly text: string | null;
  readonly data: readonly DataBlock[];
  /** The sheet row, when the section comes from the sheet. */
  readonly row: number | null;
}

export interface Narrative {
  readonly summary: string | null;
  /** "Căn cứ …" lines as written (imported); when set they stand instead of the legal bases
   *  sheet's list. */
  readonly bases: string | null;
  readonly intro: string | null;
  readonly sections: readonly NarrativeSection[];
  readonly closing: string | null;
  /** Whether the sections come from the sheet (else from the default outline). */
  readonly fromSheet: boolean;
}

const PARTS = Object.fromEntries(
  Object.entries(NarrativePart).map(([k, v]) => [fold(v), k]),
) as Record<string, keyof typeof NarrativePart>;

/** Which special row a "Mục" names ("Trích yếu", "Mở đầu", "Căn cứ", "Kết thúc"), if any. */
export function narrativePart(
  number: string | null,
): keyof typeof NarrativePart | null {
  return number ? (PARTS[fold(number)] ?? null) : null;
}

const BLOCKS = new Map<string, DataBlock>(
  (Object.entries(DataBlock) as [DataBlock, string][]).flatMap(([k, v]) => [
    [fold(v), k],
    [fold(k), k],
  ]),
);

/** The data blocks a "Số liệu chèn" cell names, and the names it does not know. */
export function parseDataBlocks(cell: string | null): {
  blocks: DataBlock[];
  unknown: string[];
} {
  const blocks: DataBlock[] = [];
  const unknown: string[] = [];
  for (const name of (cell ?? "")
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const b = BLOCKS.get(fold(name));
    if (b) blocks.push(b);
    else unknown.push(name);
  }
  return { blocks, unknown };
}

/** The narrative of `kind`: the sheet's rows for it, ordered by "Thứ tự" (then by row), or the
 *  default outline when the sheet has none. */
export function narrativeOf(data: WorkbookData, kind: ReportKindId): Narrative {
  const rows = (data.narrative?.rows ?? [])
    .filter((r) => r.value.kind === kind)
    .sort(
      (a, b) =>
        (a.value.order ?? Number.MAX_SAFE_INTEGER) -
          (b.value.order ?? Number.MAX_SAFE_INTEGER) || a.row - b.row,
    );
  if (!rows.length) {
    const outline = OUTLINES[kind];
    return {
      summary: null,
      bases: null,
      intro: null,
      closing: null,
      fromSheet: false,
      sections: (outline?.sections ?? []).map((s) => ({
        number: s.number,
        heading: s.heading,
        text: null,
        data: s.data ?? [],
        row: null,
      })),
    };
  }
  const parts: Partial<Record<keyof typeof NarrativePart, string | null>> = {};
  const sections: NarrativeSection[] = [];
  for (const { value: v, row } of rows) {
    const part = narrativePart(v.number);
    if (part) {
      parts[part] = v.text ?? parts[part] ?? null;
      continue;
    }
    if (!v.number && !v.heading && !v.text && !v.data) continue;
    sections.push({
      number: v.number ?? "",
      heading: v.heading ?? "",
      text: v.text,
      data: parseDataBlocks(v.data).blocks,
      row,
    });
  }
  return {
    summary: parts.summary ?? null,
    bases: parts.bases ?? null,
    intro: parts.intro ?? null,
    closing: parts.closing ?? null,
    fromSheet: true,
    sections,
  };
}

/** `{{staff.total}}` (printed "1.668"), `{{students.total:0}}` (plain digits, "1668"),
 *  `{{party.partyGroups:00}}` (at least two digits, "03 tổ đảng"). */
export const FIELD_PATTERN = /\{\{\s*([A-Za-z][\w.]*)(?::(0+))?\s*\}\}/g;

/** The field keys a text prints. */
export function fieldKeys(t: string | null): Set<string> {
  return new Set([...(t ?? "").matchAll(FIELD_PATTERN)].map((m) => m[1]!));
}

/** How a `{{key}}` of a text is printed (`digits`: at least that many, zero-padded). */
export type FieldResolver = (key: string, digits: number) => Inline;

/** The resolver of the drafts: a figure of the workbook (the donations total with its scale
 *  word), a general-information field (`{{general.unitName}}`), a registration detail of the
 *  report's model (`{{model.address}}`), or a prompt naming a key the workbook does not have. */
export function fieldResolver(
  figures: ReadonlyMap<string, Figure>,
  general: GeneralInfo | null,
  model: ModelRow | null,
): FieldResolver {
  return (key, digits) => {
    const f = figures.get(key);
    if (f) {
      const money = key === "donations.total";
      const format = money
        ? (v: number) => formatAmountScaled(v)
        : digits > 0
          ? // As it was written: plain digits ("1668"), zero-padded ("03").
            (v: number) =>
              Number.isInteger(v) && v >= 0
                ? String(v).padStart(digits, "0")
                : formatVnNumber(v)
          : formatVnNumber;
      // A padded figure is its own field: refreshing "03" must not write "3" elsewhere.
      return figureInline(f, {
        format,
        parts: money ? "các dòng" : undefined,
        variant: digits > 0 ? "0".repeat(digits) : undefined,
      });
    }
    const [scope, name] = key.split(".", 2) as [string, string | undefined];
    if (scope === "general" && name && name in GENERAL_LABELS) {
      const v = general?.[name as keyof GeneralInfo];
      return typeof v === "string" && v
        ? field(key, v)
        : prompt(GENERAL_LABELS[name]!.toLocaleLowerCase("vi"));
    }
    if (scope === "model" && name && name in MODEL_TEXT) {
      const v = modelText(model, name as keyof typeof MODEL_TEXT);
      return v
        ? field(key, v)
        : prompt(MODEL_TEXT[name as keyof typeof MODEL_TEXT]);
    }
    return prompt(`{{${key}}}: DVK không có số liệu này`);
  };
}

const GENERAL_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  generalSpec.fields.map((f) => [f.key, f.label]),
);

/** The model's details a text can print, with the prompt shown when the cell is blank. */
export const MODEL_TEXT = {
  name: "tên mô hình",
  owner: "người, tập thể thực hiện",
  field: "lĩnh vực",
  address: "địa chỉ cụ thể",
  place: "địa điểm thực hiện",
  timeframe: "thời gian thực hiện",
  situation: "thực trạng, lý do chọn mô hình",
  goals: "mục tiêu, chỉ tiêu",
  steps: "các bước thực hiện",
  solutions: "giải pháp thực hiện",
  results: "kết quả",
  basis: "văn bản, cơ quan phát động",
} as const;

/** A model detail as printed: the name in quotes, the field by its label. */
export function modelText(
  m: ModelRow | null,
  k: keyof typeof MODEL_TEXT,
): string | null {
  if (!m) return null;
  if (k === "name") return m.name ? quoted(m.name) : null;
  if (k === "field") return m.field ? ModelField[m.field] : null;
  return m[k] ?? null;
}

/** The inlines of one line of text, its fields resolved. */
export function lineInlines(line: string, resolve: FieldResolver): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(FIELD_PATTERN)) {
    if (m.index! > at) out.push(text(line.slice(at, m.index)));
    out.push(resolve(m[1]!, m[2]?.length ?? 0));
    at = m.index! + m[0].length;
  }
  if (at < line.length) out.push(text(line.slice(at)));
  return out;
}

/** The paragraphs of a narrative text: one per line (Alt+Enter in Excel), blank lines
 *  dropped, each justified with a first-line indent. */
export function textBlocks(t: string, resolve: FieldResolver): Block[] {
  return t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => para(lineInlines(l, resolve), { indent: true }));
}
