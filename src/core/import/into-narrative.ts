/**
 * Last period's report brought into the narrative sheet ("Nội dung báo cáo"): each imported
 * section goes to the row of the kind with the same number and heading (or a new row in its
 * place), its figures turned into `{{key}}` fields. Nothing is overwritten: a cell that already
 * holds text keeps it, and the imported text goes to a new column "Nội dung nhập lần N" (the
 * drafts keep printing "Nội dung"); the same text imported again is left as it is.
 */
import { reportFigures } from "../figures/figures";
import { fold } from "../model/enums";
import type { NarrativeRow } from "../model/records";
import {
  NarrativePart,
  OUTLINES,
  REPORT_KIND_NAMES,
  type ReportKindId,
} from "../model/report-outlines";
import { narrativePart } from "../report/narrative";
import type { TableRead, WorkbookData } from "../sheets/read";
import { NARRATIVE_CLOSING, narrativeBase } from "../sheets/specs/narrative";
import { columnIndex, columnLetters, parseRange } from "../workbook/a1";
import type { CellInput, TableData, WorkbookOp } from "../workbook/types";
import { linkFigures } from "./link-figures";
import type { FigureReview, FigureValue, ImportedReport } from "./types";

/** A number of the imported text the user should look at, with where it went. */
export interface ImportReview extends FigureReview {
  /** "Mục I.1", "Mở đầu". */
  readonly section: string;
  /** The cell it was written to ("E12"). */
  readonly cell: string;
}

export interface NarrativeImport {
  readonly kind: ReportKindId;
  readonly ops: readonly WorkbookOp[];
  /** Rows of the kind whose empty text now holds the imported text. */
  readonly filled: number;
  /** Sections of the old report the sheet did not have: new rows. */
  readonly added: number;
  /** Rows whose text was already the imported one. */
  readonly unchanged: number;
  /** The new column holding texts that met a non-empty cell, when there were any. */
  readonly column: string | null;
  /** Rows whose text went to that column. */
  readonly aside: number;
  /** Numbers turned into fields. */
  readonly linked: number;
  readonly review: readonly ImportReview[];
  /** The old trích yếu, not imported: the drafts write it from the data (this period). */
  readonly oldSummary: string | null;
}

/** The workbook's figures as the linker takes them (missing ones left out). */
export function figureValues(data: WorkbookData): FigureValue[] {
  return [...reportFigures(data).values()]
    .filter((f) => f.value !== null)
    .map((f) => ({
      key: f.key,
      value: f.value as number,
      kind: f.key === "donations.total" ? "money" : "count",
    }));
}

/** Which kind an imported report is, from its document type and trích yếu; null when unsure. */
export function guessKind(report: ImportedReport): ReportKindId | null {
  const type = fold(report.documentType ?? "");
  const summary = fold(report.summary);
  if (/dang ky/.test(type) || /^xay dung mo hinh/.test(summary))
    return "dang-ky-mo-hinh";
  if (/giam sat/.test(summary)) return "giam-sat";
  if (/so ket/.test(summary)) return "so-ket";
  if (/tong ket/.test(summary)) return "tong-ket";
  if (/cong tac dan van/.test(summary)) return "cong-tac-dan-van";
  if (/mo hinh/.test(summary)) return "ket-qua-mo-hinh";
  return null;
}

const words = (s: string) =>
  new Set(
    fold(s)
      .split(/[^a-z0-9đ]+/)
      .filter((w) => w.length > 1),
  );

/** Whether two headings name the same section: one holds the other, or most words are shared. */
function similar(a: string, b: string): boolean {
  const fa = fold(a)
    .replace(/[^a-z0-9đ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const fb = fold(b)
    .replace(/[^a-z0-9đ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!fa || !fb) return false;
  if (fa === fb || fa.includes(fb) || fb.includes(fa)) return true;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

interface Target {
  /** Sheet row, or null for a new row. */
  readonly row: number | null;
  readonly order: number;
  readonly number: string;
  readonly heading: string;
  /** The text as imported (before linking). */
  readonly text: string;
  readonly label: string;
}

/** "Thứ tự" for new rows: each run of new rows spread evenly between the order of the row
 *  before it and the row after it (whole numbers while there is room). */
function placeNew(targets: Target[], after: readonly number[]): Target[] {
  const out = [...targets];
  for (let i = 0; i < out.length;) {
    if (out[i]!.row !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j]!.row === null) j++;
    const from = out[i]!.order;
    const to = after[i]!;
    const step = (to - from) / (j - i + 1);
    for (let k = i; k < j; k++) {
      const n = k - i + 1;
      out[k] = {
        ...out[k]!,
        order:
          step >= 1
            ? from + Math.floor(step) * n
            : Math.round((from + step * n) * 100) / 100,
      };
    }
    i = j;
  }
  return out;
}

/** The plan writing `report` into the narrative table of the workbook (read as `data`; `table`
 *  is the raw table, for its header and range). */
export function planNarrativeImport(
  table: TableData,
  data: WorkbookData,
  report: ImportedReport,
  kind: ReportKindId,
  source: string,
): NarrativeImport {
  const narrative = data.narrative as TableRead<NarrativeRow>;
  const figures = figureValues(data);
  const mine = narrative.rows
    .filter((r) => r.value.kind === kind)
    .sort(
      (a, b) => (a.value.order ?? 0) - (b.value.order ?? 0) || a.row - b.row,
    );
  const base = narrativeBase(kind);
  const parts = new Map(
    mine
      .filter((r) => narrativePart(r.value.number))
      .map((r) => [narrativePart(r.value.number)!, r]),
  );
  const sections = mine.filter((r) => !narrativePart(r.value.number));

  const targets: Target[] = [];
  /** For each target, the order of the sheet row after it (where a new row must stay before). */
  const after: number[] = [];
  const part = (p: keyof typeof NarrativePart, text: string, order: number) => {
    if (!text.trim()) return;
    const r = parts.get(p);
    targets.push({
      row: r?.row ?? null,
      order: r?.value.order ?? order,
      number: NarrativePart[p],
      heading: "",
      text,
      label: NarrativePart[p],
    });
    after.push(order + 1);
  };
  part("bases", report.bases.join("\n"), base + 1);
  part("intro", report.intro, base + 2);
  // Sections in the order of the old report; each takes the next row with its number and
  // heading, or becomes a new row after the last one matched.
  let at = 0;
  let previous = base + 2;
  for (const s of report.sections) {
    let hit = -1;
    for (let j = at; j < sections.length && hit < 0; j++) {
      const v = sections[j]!.value;
      const heading = v.heading ?? "";
      const sameNumber = fold(v.number ?? "") === fold(s.number);
      if (
        similar(heading, s.heading) &&
        (sameNumber || fold(heading).length > 12)
      )
        hit = j;
    }
    const short =
      s.heading.length > 40 ? `${s.heading.slice(0, 40)}…` : s.heading;
    const label = `Mục ${s.number}${short ? ` “${short}”` : ""}`;
    if (hit >= 0) {
      at = hit + 1;
      previous = sections[hit]!.value.order ?? previous;
    }
    targets.push({
      row: hit >= 0 ? sections[hit]!.row : null,
      order: previous,
      number: s.number,
      // A heading its text ran on from keeps its ":" (the draft runs the text on again).
      heading: s.runIn ? `${s.heading}:` : s.heading,
      text: s.text,
      label,
    });
    after.push(sections[at]?.value.order ?? base + NARRATIVE_CLOSING);
  }
  part("closing", report.closing, base + NARRATIVE_CLOSING);
  const placed = placeNew(targets, after);

  const sheet = narrative.sheet;
  /** Headings as the template writes them for this kind. */
  const defaults = new Set(OUTLINES[kind].sections.map((x) => x.heading));
  const colOf = (key: keyof NarrativeRow) => narrative.columns[key] ?? null;
  const textCol = colOf("text")!;
  const range = parseRange(table.range);
  const textCell = (t: string): CellInput => ({ value: t, numberFormat: "@" });
  const write = (at: string, cells: CellInput[][]): WorkbookOp => ({
    kind: "write",
    sheet,
    at,
    cells,
  });
  const current = new Map(mine.map((r) => [r.row, r.value]));
  const asideLetter = columnLetters(range.right + 1);
  const bottom = range.bottom + 1; // the table's last row, 1-based

  const grow: WorkbookOp[] = [];
  const writes: WorkbookOp[] = [];
  const review: ImportReview[] = [];
  let filled = 0;
  let unchanged = 0;
  let aside = 0;
  let linkedCount = 0;
  let added = 0;
  for (const t of placed) {
    const linked = linkFigures(t.text, figures);
    linkedCount += linked.linked.length;
    const text = linked.text.trim();
    let cell: string;
    if (t.row === null) {
      // A new row under the table; its "Thứ tự" puts it in place.
      added++;
      const row: CellInput[] = Array.from(
        { length: range.right - range.left + 1 },
        () => ({}),
      );
      const put = (key: keyof NarrativeRow, v: CellInput) => {
        const l = colOf(key);
        if (l) row[columnIndex(l) - range.left] = v;
      };
      put("order", { value: t.order, numberFormat: "0" });
      put("kind", textCell(REPORT_KIND_NAMES[kind]));
      put("number", textCell(t.number));
      put("heading", textCell(t.heading));
      put("text", textCell(text));
      put("source", textCell(source));
      cell = `${textCol}${bottom + added}`;
      writes.push(
        write(`${columnLetters(range.left)}${bottom + added}`, [row]),
      );
    } else {
      const v = current.get(t.row)!;
      cell = `${textCol}${t.row}`;
      if (!text) continue; // a heading with no text of its own: nothing to bring in
      if (!v.text) {
        filled++;
        writes.push(write(cell, [[textCell(text)]]));
        // An empty heading takes the old report's; so does one still as the template wrote it
        // when the old report ran its text on after a ":" (never a heading the user wrote).
        const templateHeading =
          v.heading !== null &&
          defaults.has(v.heading) &&
          t.heading === `${v.heading}:`;
        if ((!v.heading || templateHeading) && t.heading && colOf("heading"))
          writes.push(
            write(`${colOf("heading")}${t.row}`, [[textCell(t.heading)]]),
          );
        if (!v.source && colOf("source"))
          writes.push(
            write(`${colOf("source")}${t.row}`, [[textCell(source)]]),
          );
      } else if (v.text.normalize("NFC").trim() === text) unchanged++;
      else {
        // What the user wrote stays: the imported text goes beside it.
        aside++;
        cell = `${asideLetter}${t.row}`;
        writes.push(write(cell, [[textCell(text)]]));
      }
    }
    for (const r of linked.review)
      review.push({ ...r, section: t.label, cell });
  }
  if (added)
    grow.push({
      kind: "appendTableRows",
      sheet,
      table: table.name,
      count: added,
    });
  let column: string | null = null;
  if (aside) {
    const have = new Set(table.header.map((h) => fold(String(h ?? ""))));
    let n = 2;
    while (have.has(fold(`Nội dung nhập lần ${n}`))) n++;
    column = `Nội dung nhập lần ${n}`;
    grow.push({
      kind: "addTableColumn",
      sheet,
      table: table.name,
      header: column,
    });
  }
  return {
    kind,
    ops: [...grow, ...writes],
    filled,
    added,
    unchanged,
    column,
    aside,
    linked: linkedCount,
    review,
    oldSummary: report.summary.trim() || null,
  };
}
