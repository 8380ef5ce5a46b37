/**
 * The one builder of the narrative reports (kết quả mô hình, sơ kết, tổng kết, công tác dân vận,
 * giám sát): header, "BÁO CÁO" and the trích yếu, legal bases, opening, then every section of
 * the kind's narrative (from "Nội dung báo cáo", or the default outline) — its heading, the
 * workbook data it carries and its text with the figures filled in — the closing, the signature
 * and any appendix. A kind only says what is its own: its trích yếu, opening and closing
 * sentences when the sheet has none.
 */
import { reportFigures } from "../figures/figures";
import { fold } from "../model/enums";
import { toRoman } from "../vn/roman";
import type { GeneralInfo, ModelRow } from "../model/records";
import { sectionLevel, type ReportKindId } from "../model/report-outlines";
import type { WorkbookData } from "../sheets/read";
import { DATA_BLOCKS, type DataBlockContext } from "./data-blocks";
import {
  fieldKeys,
  fieldResolver,
  lineInlines,
  narrativeOf,
  textBlocks,
  type NarrativeSection,
} from "./narrative";
import {
  DEFAULT_MARGINS,
  generalOf,
  headerBlock,
  legalBases,
  periodLabel,
  reportYear,
  signature,
  title,
} from "./parts";
import {
  para,
  prompt,
  text,
  type Block,
  type Inline,
  type ReportTree,
} from "./tree";

/** What a kind's own sentences are written from. */
export interface KindContext {
  readonly data: WorkbookData;
  readonly general: GeneralInfo;
  readonly year: number;
  /** "9 tháng đầu năm 2021", "năm 2023". */
  readonly period: string;
  /** The model the report is about: the one asked for, else the first collective one. */
  readonly model: ModelRow | null;
}

export interface OutlinedKind {
  readonly id: ReportKindId;
  /** "BÁO CÁO" (default) or "BẢNG ĐĂNG KÝ". */
  readonly documentType?: string;
  /** The form has no "Số:" line (default: numbered). */
  readonly numbered?: boolean;
  /** Whether the legal bases sheet's list is printed when the narrative has no "Căn cứ" text
   *  (default: yes; the form cites its plan in its opening instead). */
  readonly legalBases?: boolean;
  /** The trích yếu from the data, when the sheet's "Trích yếu" row is empty. */
  readonly subject: (c: KindContext) => string;
  /** Lines under the trích yếu (the model's name). */
  readonly subtitle?: (c: KindContext) => Block[];
  /** The opening sentence, when the sheet's "Mở đầu" row is empty. */
  readonly intro: (c: KindContext) => string;
  /** The closing sentence, when the sheet's "Kết thúc" row is empty. */
  readonly closing: (c: KindContext) => string;
}

/** "I.", "1.", "3.1.", "a)" — a section number as written, printed. */
export function printedNumber(number: string): string {
  if (!number) return "";
  if (/^[a-zđ]$/.test(number)) return `${number})`;
  return `${number}.`;
}

/** Lettered items in Vietnamese order. */
const LETTERS = "abcdđeghiklmnopqrstuvxy";

/**
 * The numbers the draft prints, counted again by level as a word processor does — "I.", "II."; "1.",
 * "2." under each; "1.1.", "1.2."; "a)", "b)" — so a section added, removed or imported with its
 * old number never leaves a gap or a repeat (seed 004 goes from "II-" to "IV-", and has two "2.").
 * Numbers of no known pattern are printed as written.
 * @example numberSections(["I", "1", "1.1", "1.1", "I", "a", "a"]) // ["I.", "1.", "1.1.", "1.2.", "II.", "a)", "b)"]
 */
export function numberSections(numbers: readonly string[]): string[] {
  let top = 0;
  let second = 0;
  let third = 0;
  let fourth = 0;
  let letter = 0;
  return numbers.map((written) => {
    const n = written.trim();
    if (!n) return "";
    if (/^[a-zđ]$/.test(n)) return `${LETTERS[letter++ % LETTERS.length]})`;
    letter = 0;
    if (/^[IVXLC]+$/.test(n)) {
      top++;
      second = third = fourth = 0;
      return `${toRoman(top)}.`;
    }
    const parts = n.split(".");
    if (!parts.every((p) => /^\d+$/.test(p))) return printedNumber(n);
    if (parts.length === 1) {
      second++;
      third = fourth = 0;
      return `${second}.`;
    }
    // "1.1" with no "1." before it keeps its written parent.
    const parent = second || Number(parts[0]);
    if (parts.length === 2) {
      third++;
      fourth = 0;
      return `${parent}.${third}.`;
    }
    fourth++;
    return `${parent}.${third || Number(parts[1])}.${fourth}.`;
  });
}

/** A section text short enough to stand on its heading's line ("VII. KIẾN NGHỊ, ĐỀ XUẤT:
 *  Không", "I. Thời gian thực hiện mô hình: Năm 2020"): one line, no field. */
const INLINE_TEXT = 60;

/** A section heading: level 1 and 2 bold, deeper ones bold italic, lettered ones italic; a
 *  text run on from it follows on the same line after ":". */
function heading(
  s: NarrativeSection,
  number: string,
  inlineText: Inline[] | null,
): Block {
  const label = [number, s.heading.replace(/\s*:\s*$/, "")]
    .filter(Boolean)
    .join(" ");
  const letter = /^[a-zđ]$/.test(s.number);
  const level = s.number ? sectionLevel(s.number) : 2;
  const style = { bold: !letter, italic: letter || level === 3 };
  return para(
    inlineText
      ? [text(`${label}: `, style), ...inlineText]
      : [text(label, style)],
    { indent: level > 1, heading: letter ? 4 : level },
  );
}

/** The model a report speaks of: `modelIndex` (1-based) when given, else the first collective
 *  model, else the first. */
function modelOf(data: WorkbookData, modelIndex?: number): ModelRow | null {
  const rows = data.models?.rows.map((r) => r.value) ?? [];
  if (modelIndex) return rows[modelIndex - 1] ?? null;
  return rows.find((m) => m.kind === "collective") ?? rows[0] ?? null;
}

export function buildOutlined(
  kind: OutlinedKind,
  data: WorkbookData,
  options: { readonly modelIndex?: number } = {},
): ReportTree {
  const g = generalOf(data);
  const year = reportYear(g);
  const model = modelOf(data, options.modelIndex);
  const c: KindContext = {
    data,
    general: g,
    year,
    period: periodLabel(g),
    model,
  };
  const narrative = narrativeOf(data, kind.id);
  const figures = reportFigures(data);
  const resolve = fieldResolver(figures, g, model);
  const paragraphs = (t: string) => textBlocks(t, resolve);
  const subject = narrative.summary?.trim() || kind.subject(c);
  const appendix: Block[] = [];
  const blocks: Block[] = [
    headerBlock(g, { numbered: kind.numbered }),
    ...title(kind.documentType ?? "BÁO CÁO", subject),
  ];
  if (kind.subtitle) blocks.push(...kind.subtitle(c));
  if (narrative.bases?.trim())
    blocks.push(
      ...paragraphs(narrative.bases).map((b) => ({ ...b, italic: true })),
    );
  else if (kind.legalBases !== false)
    blocks.push(...legalBases(data.legalRefs?.rows.map((r) => r.value) ?? []));
  blocks.push(...paragraphs(narrative.intro?.trim() || kind.intro(c)));
  const sections = narrative.sections;
  // Everything the report's own text says, folded: a model it names is not listed again.
  const said = fold(
    [
      narrative.intro,
      ...sections.flatMap((x) => [x.heading, x.text]),
      narrative.closing,
    ]
      .filter(Boolean)
      .join(" ")
      .replace(/[“”"]/g, " "),
  ).replace(/\s+/g, " ");
  const mentions = (name: string) => {
    const n = fold(name.replace(/[“”"]/g, " ")).replace(/\s+/g, " ").trim();
    return n.length > 8 && said.includes(n);
  };
  const level = (n: string) =>
    !n ? 2 : /^[a-zđ]$/.test(n) ? 4 : sectionLevel(n);
  const printed = numberSections(sections.map((x) => x.number));
  sections.forEach((s, i) => {
    const own = s.text?.trim() ?? "";
    // Runs on from the heading: a short single line, or the first line under a heading that
    // ends with ":" ("Đ/c Hồ Thị Tuyến: Khéo …").
    const runIn =
      /:\s*$/.test(s.heading) ||
      (own.length <= INLINE_TEXT && !/\n/.test(own) && !fieldKeys(own).size);
    const [first = "", ...rest] = own.split(/\r?\n/);
    blocks.push(
      heading(
        s,
        printed[i]!,
        own && runIn ? lineInlines(first.trim(), resolve) : null,
      ),
    );
    const ctx: DataBlockContext = {
      data,
      figures,
      year,
      quoted: fieldKeys(s.text),
      appendix,
      model,
      hasText: Boolean(own),
      mentions,
    };
    if (own) blocks.push(...paragraphs(runIn ? rest.join("\n") : own));
    for (const d of s.data) blocks.push(...DATA_BLOCKS[d](ctx));
    // An empty section gets a prompt, unless its subsections follow and hold the content.
    const next = sections[i + 1];
    if (
      !own &&
      !s.data.length &&
      !(next && level(next.number) > level(s.number))
    )
      blocks.push(
        para([prompt("nội dung mục này (viết ở sheet “Nội dung báo cáo”)")], {
          indent: true,
        }),
      );
  });
  blocks.push(...paragraphs(narrative.closing?.trim() || kind.closing(c)));
  blocks.push(signature(g), ...appendix);
  return {
    title: subject.replace(/[“”"]/g, ""),
    margins: DEFAULT_MARGINS,
    bodySize: 14,
    blocks,
  };
}
