/* The product over one corpus workbook, as a user meets it: the file opened, read and checked,
 * the figures of record, and every report draft's linked figures (with their flags) and
 * prompts. Failures to open or to draft are kept as text, so one broken case does not hide the
 * others. */
import ExcelJS from "exceljs";
import { runChecks } from "../../src/core/checks/run";
import type { Finding } from "../../src/core/model/finding";
import { reportFigures, type Figure } from "../../src/core/figures/figures";
import { REPORT_KINDS } from "../../src/core/report/kinds";
import { readWorkbook } from "../../src/core/sheets/read";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

/** A linked figure as a draft prints it. */
export interface DraftField {
  readonly key: string;
  readonly text: string;
  /** The visible mark (a Word comment) of a figure the workbook contradicts. */
  readonly flag?: string;
}

export interface DraftRun {
  readonly kind: string;
  readonly fields: readonly DraftField[];
  readonly prompts: readonly string[];
  /** The kind failed to build (message). */
  readonly error?: string;
}

export interface CorpusRun {
  readonly file: string;
  /** Opening or reading the file failed (message); nothing else was run. */
  readonly loadError: string | null;
  readonly findings: readonly Finding[];
  readonly figures: ReadonlyMap<string, Figure>;
  readonly figuresError: string | null;
  readonly drafts: readonly DraftRun[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Every field and prompt anywhere in a report tree, in document order (whatever the block). */
function inlinesIn(
  node: unknown,
  fields: DraftField[],
  prompts: string[],
): void {
  if (Array.isArray(node)) {
    for (const x of node) inlinesIn(x, fields, prompts);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const o = node as Record<string, unknown>;
  if (o.kind === "field" && typeof o.key === "string") {
    fields.push({
      key: o.key,
      text: String(o.text ?? ""),
      ...(typeof o.flag === "string" && o.flag ? { flag: o.flag } : {}),
    });
    return;
  }
  if (o.kind === "prompt" && typeof o.text === "string") {
    prompts.push(o.text);
    return;
  }
  for (const v of Object.values(o)) inlinesIn(v, fields, prompts);
}

/** Opens, reads, checks and drafts one workbook. */
export async function runCorpusFile(
  file: string,
  bytes: Uint8Array,
): Promise<CorpusRun> {
  let read;
  try {
    const wb = await XlsxWorkbook.load(ExcelJS, bytes, file);
    read = await readWorkbook(wb);
  } catch (e) {
    return {
      file,
      loadError: message(e),
      findings: [],
      figures: new Map(),
      figuresError: null,
      drafts: [],
    };
  }
  const { findings } = runChecks(read);
  let figures: ReadonlyMap<string, Figure> = new Map();
  let figuresError: string | null = null;
  try {
    figures = reportFigures(read.data);
  } catch (e) {
    figuresError = message(e);
  }
  const drafts = REPORT_KINDS.map((kind): DraftRun => {
    try {
      const fields: DraftField[] = [];
      const prompts: string[] = [];
      inlinesIn(kind.build(read.data).blocks, fields, prompts);
      return { kind: kind.id, fields, prompts };
    } catch (e) {
      return { kind: kind.id, fields: [], prompts: [], error: message(e) };
    }
  });
  return { file, loadError: null, findings, figures, figuresError, drafts };
}
