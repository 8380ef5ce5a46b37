/* Expected against found, for one corpus workbook: findings missed, false alarms and wrong
 * severities; figures of record that differ; draft figures that differ from the workbook's
 * without a visible mark (or are marked when nothing conflicts). Pure functions, plain text out,
 * so a failure reads as a list a person can check against the workbook. */
import type { Finding } from "../../src/core/model/finding";
import { formatAmountScaled } from "../../src/core/vn/format-amount-scaled";
import { formatVnNumber } from "../../src/core/vn/format-vn-number";
import {
  FIGURE_KEYS,
  type ExpectedFinding,
  type ExpectedWorkbook,
  type FigureKey,
} from "../fixtures/corpus/expected";
import type { CorpusRun } from "./corpus-run";

export interface FindingsDiff {
  readonly missed: readonly ExpectedFinding[];
  readonly falseAlarms: readonly Finding[];
  readonly wrongSeverity: readonly {
    readonly expected: ExpectedFinding;
    readonly found: Finding;
  }[];
}

const keyOf = (x: { rule: string; sheet: string; cell: string }) =>
  `${x.rule}|${x.sheet}|${x.cell}`;

/** Matches expected and found findings on rule + sheet + cell (each used once). */
export function compareFindings(
  expected: readonly ExpectedFinding[],
  found: readonly Finding[],
): FindingsDiff {
  const left = [...found];
  const missed: ExpectedFinding[] = [];
  const wrongSeverity: { expected: ExpectedFinding; found: Finding }[] = [];
  const take = (i: number) => left.splice(i, 1)[0];
  // Same severity first, so a duplicate with another severity is what is left over.
  const unmatched = expected.filter((e) => {
    const i = left.findIndex(
      (g) => keyOf(g) === keyOf(e) && g.severity === e.severity,
    );
    if (i < 0) return true;
    take(i);
    return false;
  });
  for (const e of unmatched) {
    const i = left.findIndex((g) => keyOf(g) === keyOf(e));
    if (i < 0) missed.push(e);
    else wrongSeverity.push({ expected: e, found: take(i) });
  }
  return { missed, falseAlarms: left, wrongSeverity };
}

/** What a draft prints for a count: "1.668". */
const countText = (v: number) => formatVnNumber(v);

/** The texts a draft may print for an amount in đồng: "70,5 triệu đồng", "70,48 triệu đồng",
 *  "70.480.000"… — any rendering of the same value. */
function amountTexts(v: number): string[] {
  return [
    formatVnNumber(v),
    ...[1, 2, 3].map((decimals) => formatAmountScaled(v, { decimals })),
  ];
}

/** One problem with a figure, in words. `unmarked`: the reader of the draft cannot see it. */
export interface FigureProblem {
  readonly where: string;
  readonly key: FigureKey;
  readonly problem: string;
  readonly unmarked: boolean;
}

/** The figures of record (reportFigures) against the expected ones. */
export function compareFigures(
  expected: ExpectedWorkbook,
  run: CorpusRun,
): FigureProblem[] {
  if (run.loadError) return [notOpened("reportFigures")];
  if (run.figuresError)
    return [
      {
        where: "reportFigures",
        key: "staff.total",
        problem: `failed: ${run.figuresError}`,
        unmarked: false,
      },
    ];
  const out: FigureProblem[] = [];
  for (const key of FIGURE_KEYS) {
    const want = expected.figures[key];
    const got = run.figures.get(key);
    const value = got?.value ?? null;
    const same =
      want.value === null
        ? value === null
        : value !== null && Math.abs(value - want.value) < 0.5;
    if (!got || !same || got.conflict !== (want.conflict ?? false))
      out.push({
        where: "reportFigures",
        key,
        problem: `expected ${show(want.value, want.conflict)}, got ${got ? show(value, got.conflict) : "no figure"}${got ? ` (typed ${got.typed}, sum ${got.sum})` : ""}`,
        unmarked: false,
      });
  }
  return out;
}

const notOpened = (where: string): FigureProblem => ({
  where,
  key: "staff.total",
  problem: "not computed: the file does not open",
  unmarked: false,
});

const show = (v: number | null, conflict?: boolean) =>
  `${v === null ? "missing" : String(v)}${conflict ? " (conflict)" : ""}`;

/** Every draft's linked figures against the expected ones. */
export function compareDrafts(
  expected: ExpectedWorkbook,
  run: CorpusRun,
): FigureProblem[] {
  if (run.loadError) return [notOpened("drafts")];
  const out: FigureProblem[] = [];
  for (const draft of run.drafts) {
    if (draft.error) {
      out.push({
        where: draft.kind,
        key: "staff.total",
        problem: `draft failed: ${draft.error}`,
        unmarked: false,
      });
      continue;
    }
    for (const key of FIGURE_KEYS) {
      const want = expected.figures[key];
      const printed = draft.fields.filter((x) => x.key === key);
      for (const field of printed) {
        const problem = (text: string, unmarked: boolean) =>
          out.push({ where: draft.kind, key, problem: text, unmarked });
        if (want.value === null) {
          problem(
            `prints “${field.text}” where the workbook has no figure (a prompt is expected)`,
            !field.flag,
          );
          continue;
        }
        const texts =
          key === "donations.total"
            ? amountTexts(want.value)
            : [countText(want.value)];
        if (!texts.includes(field.text))
          problem(
            `prints “${field.text}”, the workbook's figure is “${texts[0]}”${field.flag ? ` (marked: ${field.flag})` : ""}`,
            !field.flag,
          );
        if (want.conflict && !field.flag)
          problem(
            `prints “${field.text}” with no mark, though the typed total and its parts disagree`,
            true,
          );
        if (!want.conflict && field.flag)
          problem(`marked “${field.flag}” though nothing conflicts`, false);
      }
    }
  }
  // A figure the workbook has must reach the drafts (else the checks above check nothing).
  for (const key of FIGURE_KEYS)
    if (
      expected.figures[key].value !== null &&
      !run.drafts.some((dr) => dr.fields.some((x) => x.key === key))
    )
      out.push({
        where: "drafts",
        key,
        problem: "no draft prints it",
        unmarked: false,
      });
  return out;
}

/** One workbook's result, as the corpus table prints it. */
export interface CorpusResult {
  readonly file: string;
  readonly expected: number;
  readonly found: number;
  readonly findings: FindingsDiff;
  readonly figures: readonly FigureProblem[];
  readonly drafts: readonly FigureProblem[];
  readonly loadError: string | null;
}

export function compareRun(
  expected: ExpectedWorkbook,
  run: CorpusRun,
): CorpusResult {
  return {
    file: expected.file,
    expected: expected.findings.length,
    found: run.findings.length,
    findings: compareFindings(expected.findings, run.findings),
    figures: compareFigures(expected, run),
    drafts: compareDrafts(expected, run),
    loadError: run.loadError,
  };
}

/** Draft figures that differ from the workbook's with no visible mark, counted once per key
 *  and report kind. */
export const unmarkedCount = (r: CorpusResult) =>
  new Set(r.drafts.filter((p) => p.unmarked).map((p) => `${p.where}|${p.key}`))
    .size;

/** The table, one line per workbook, to quote in a closing note. */
export function corpusTable(results: readonly CorpusResult[]): string {
  const head = [
    "workbook",
    "expected",
    "found",
    "missed",
    "false alarms",
    "severity",
    "figures ≠",
    "unmarked draft ≠",
  ];
  const rows = results.map((r) => [
    r.file + (r.loadError ? " (does not open)" : ""),
    String(r.expected),
    String(r.found),
    String(r.findings.missed.length),
    String(r.findings.falseAlarms.length),
    String(r.findings.wrongSeverity.length),
    String(r.figures.length),
    String(unmarkedCount(r)),
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join(" | ");
  return [
    line(head),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...rows.map(line),
  ].join("\n");
}

/** Everything wrong with one workbook, one line each. */
export function describeResult(r: CorpusResult): string[] {
  const out: string[] = [];
  if (r.loadError) out.push(`does not open: ${r.loadError}`);
  for (const e of r.findings.missed)
    out.push(
      `missed ${e.rule} ${e.sheet}!${e.cell || "—"} [${e.severity}]: ${e.why}`,
    );
  for (const g of r.findings.falseAlarms)
    out.push(
      `false alarm ${g.rule} ${g.sheet}!${g.cell || "—"} [${g.severity}]: ${g.message}`,
    );
  for (const { expected, found } of r.findings.wrongSeverity)
    out.push(
      `severity ${expected.rule} ${expected.sheet}!${expected.cell || "—"}: expected ${expected.severity}, got ${found.severity}`,
    );
  for (const p of [...r.figures, ...r.drafts])
    out.push(
      `${p.where} ${p.key}: ${p.problem}${p.unmarked ? " [UNMARKED]" : ""}`,
    );
  return [...new Set(out)];
}
