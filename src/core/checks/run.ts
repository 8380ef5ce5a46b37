/** Running every rule over what was read; findings ordered by sheet, then row, then column. */
import { parseCell } from "../workbook/a1";
import type { WorkbookRead } from "../sheets/read";
import { countBySeverity, Severity, type Finding } from "../model/finding";
import { DEFAULT_SETTINGS, type CheckSettings } from "./rule";
import { RULES } from "./rules";

export interface CheckReport {
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Reader findings (unreadable cells) plus every rule's. */
export function runChecks(
  read: WorkbookRead,
  settings: CheckSettings = DEFAULT_SETTINGS,
): CheckReport {
  const findings: Finding[] = [...read.findings];
  // A loop, not push(...): a rule may find more than the call stack holds as arguments
  // (a 200,000-row ledger).
  for (const rule of RULES)
    for (const f of rule.run(read.data, { settings, tables: read.tables }))
      findings.push(f);
  return finish(read, findings);
}

function finish(read: WorkbookRead, findings: Finding[]): CheckReport {
  const order = sheetOrder(read);
  // Keys computed once per finding, not once per comparison.
  const keys = new Map<Finding, number>();
  for (const f of findings) keys.set(f, cellKey(f.cell));
  const sheets = new Map<string, number>();
  const sheetKey = (s: string) => {
    let k = sheets.get(s);
    if (k === undefined) sheets.set(s, (k = order(s)));
    return k;
  };
  findings.sort(
    (a, b) =>
      sheetKey(a.sheet) - sheetKey(b.sheet) ||
      (keys.get(a) as number) - (keys.get(b) as number),
  );
  return { findings, counts: countBySeverity(findings) };
}

function sheetOrder(read: WorkbookRead): (sheet: string) => number {
  const names = read.tables.map((t) => t.sheet);
  return (sheet) => {
    const i = names.indexOf(sheet);
    return i < 0 ? names.length : i;
  };
}

function cellKey(cell: string): number {
  if (!cell) return -1;
  try {
    const p = parseCell(cell);
    return p.row * 16384 + p.col;
  } catch {
    return 0;
  }
}

/** The same, yielding to the host between rules so a progress bar can repaint. */
export async function runChecksStepwise(
  read: WorkbookRead,
  settings: CheckSettings,
  onProgress: (done: number, total: number) => void,
): Promise<CheckReport> {
  const partial: Finding[][] = [];
  for (let i = 0; i < RULES.length; i++) {
    partial.push(RULES[i].run(read.data, { settings, tables: read.tables }));
    onProgress(i + 1, RULES.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return finish(read, [...read.findings].concat(...partial));
}

/** True when any finding is an error (the CLI exits 1). */
export function hasErrors(report: CheckReport): boolean {
  return report.counts[Severity.error] > 0;
}
