/**
 * The figures policy, in one place: for every figure a report prints, the value of record and
 * where it comes from.
 * - A total typed by the user (a "Tổng cộng" row) stands, also when the parts are blank (a school
 *   that knows only its totals, seed 004).
 * - When the typed total and the sum of the parts both exist and disagree, the typed figure is
 *   printed and marked as a conflict (seed 001: 65 typed, 61 by the groups): the draft highlights
 *   it with a comment, the pane and `dvk bao-cao` list it.
 * - With no typed total, the sum of the parts that are filled in; with neither, the figure is
 *   missing and the draft shows a prompt — never 0.
 */
import { lineAmount } from "../donations/summary";
import type { TableRead } from "../sheets/read";
import type { WorkbookData } from "../sheets/read";
import type { CellRef } from "../workbook/types";
import { formatVnNumber } from "../vn/format-vn-number";

export type FigureSource = "typed" | "sum" | "missing";

export interface Figure {
  /** The field key the drafts print it under ("staff.total"). */
  readonly key: string;
  /** Vietnamese, for lists and prompts ("số CB-GV-NV"). */
  readonly label: string;
  /** The value of record; null when missing. */
  readonly value: number | null;
  readonly source: FigureSource;
  /** The total the user typed, when there is one. */
  readonly typed: number | null;
  /** The sum of the parts, when any part is filled in. */
  readonly sum: number | null;
  /** Typed total and sum both present and different. */
  readonly conflict: boolean;
  /** Where the value of record is (the typed total's cell), for tracing. */
  readonly cell: CellRef | null;
  /** Cells of parts that could not be read: their sum is unknown. */
  readonly unreadable: readonly string[];
}

const n = formatVnNumber;

/** The note a conflicting figure carries in the draft (a Word comment) and in the lists. */
export function conflictNote(f: Figure, parts = "các nhóm"): string {
  return `${n(f.typed ?? 0)} theo dòng tổng, ${n(f.sum ?? 0)} theo ${parts} — kiểm tra lại`;
}

/** A figure from a typed total (or its absence) and the sum of its parts (or their absence). */
function figure(
  key: string,
  label: string,
  typed: number | null,
  sum: number | null,
  cell: CellRef | null,
  unreadable: readonly string[] = [],
): Figure {
  const value = typed ?? sum;
  return {
    key,
    label,
    value,
    source: typed !== null ? "typed" : sum !== null ? "sum" : "missing",
    typed,
    sum,
    conflict: typed !== null && sum !== null && Math.abs(typed - sum) > 1e-9,
    cell: typed !== null ? cell : null,
    unreadable,
  };
}

/** A count column of a statistics table: its typed grand total against the rows filled in. */
function columnFigure<T>(
  key: string,
  label: string,
  table: TableRead<T> | null,
  column: keyof T & string,
): Figure {
  if (!table) return figure(key, label, null, null, null);
  const filled = table.rows
    .map((r) => r.value[column] as number | null)
    .filter((v): v is number => v !== null);
  // A formula's result (the template's SUM, cached by the program that saved the file) is not a
  // figure anyone typed: only typed totals stand against the parts.
  const typed =
    table.totals && !table.totals.computed.includes(column)
      ? (table.totals.values[column] ?? null)
      : null;
  const letter = table.columns[column];
  const cell =
    table.totals && letter
      ? { sheet: table.sheet, cell: `${letter}${table.totals.row}` }
      : null;
  // A part nobody can read makes the sum unknown, not smaller.
  const unreadable = table.unreadable
    .filter((u) => u.key === column)
    .map((u) => `${letter ?? table.firstColumn}${u.row}`);
  const sum =
    filled.length && !unreadable.length
      ? filled.reduce((a, b) => a + b, 0)
      : null;
  return figure(key, label, typed, sum, cell, unreadable);
}

/** Every figure the drafts print, by key. */
export function reportFigures(data: WorkbookData): ReadonlyMap<string, Figure> {
  const full = columnFigure(
    "staff.partyFull",
    "số đảng viên chính thức",
    data.staff,
    "partyFull",
  );
  const probationary = columnFigure(
    "staff.partyProbationary",
    "số đảng viên dự bị",
    data.staff,
    "partyProbationary",
  );
  const party = figure(
    "staff.party",
    "số đảng viên",
    full.value !== null && probationary.value !== null
      ? full.value + probationary.value
      : null,
    null,
    null,
  );
  const partyConflict = full.conflict || probationary.conflict;
  const lines = data.donations?.rows ?? [];
  // One pass over the lines (a ledger may hold 200,000), adding in line order.
  let amountCount = 0;
  let amountSum = 0;
  for (const r of lines) {
    const a = lineAmount(r.value);
    if (a === null) continue;
    amountCount++;
    amountSum += a;
  }
  // A line whose amount (or, with no amount, quantity or price) cannot be read leaves the total unknown.
  const ledger = data.donations;
  let lineByRow: Map<number, (typeof lines)[number]> | null = null;
  const lineAt = (row: number) => {
    if (!lineByRow) {
      lineByRow = new Map();
      for (const r of lines) if (!lineByRow.has(r.row)) lineByRow.set(r.row, r);
    }
    return lineByRow.get(row);
  };
  const unreadableAmounts = (ledger?.unreadable ?? [])
    .filter(
      (u) =>
        u.key === "amount" ||
        ((u.key === "quantity" || u.key === "unitPrice") &&
          lineAt(u.row)?.value.amount === null),
    )
    .map(
      (u) =>
        `${ledger?.columns[u.key as "amount"] ?? ledger?.firstColumn}${u.row}`,
    );
  const ledgerTotal = data.donations?.typedTotals
    .filter((t) => t.kind === "grand")
    .at(-1);
  const donationsCell =
    ledgerTotal && data.donations?.columns.amount
      ? {
          sheet: data.donations.sheet,
          cell: `${data.donations.columns.amount}${ledgerTotal.row}`,
        }
      : null;
  const list: Figure[] = [
    columnFigure("staff.total", "số CB-GV-NV", data.staff, "total"),
    columnFigure("staff.female", "số nữ", data.staff, "female"),
    full,
    probationary,
    {
      ...party,
      conflict: partyConflict,
      typed: partyConflict
        ? (full.typed ?? full.value ?? 0) +
          (probationary.typed ?? probationary.value ?? 0)
        : null,
      sum: partyConflict ? (full.sum ?? 0) + (probationary.sum ?? 0) : null,
    },
    columnFigure("students.classes", "số lớp", data.students, "classes"),
    columnFigure("students.total", "số học sinh", data.students, "students"),
    figure(
      "donations.total",
      "tổng giá trị tài trợ",
      ledgerTotal?.values.amount ?? null,
      amountCount && !unreadableAmounts.length ? amountSum : null,
      donationsCell,
      unreadableAmounts,
    ),
    figure(
      "donations.count",
      "số lượt tài trợ",
      null,
      lines.length ? lines.length : null,
      null,
    ),
  ];
  list.push(...partyFigures(data), ...evaluationFigures(data));
  return new Map(list.map((f) => [f.key, f]));
}

/** A figure read from one cell (no parts to add up). */
const cellFigure = (
  key: string,
  label: string,
  value: number | null,
  sheet: string,
  cell: string | undefined,
): Figure =>
  figure(
    key,
    label,
    value,
    null,
    value !== null && cell ? { sheet, cell } : null,
  );

/** The Party organisation's counts, from "Tổ chức Đảng". */
function partyFigures(data: WorkbookData): Figure[] {
  const p = data.party;
  if (!p) return [];
  const v = p.values;
  const one = (key: keyof typeof v & string, label: string) =>
    cellFigure(
      `party.${key}`,
      label,
      v[key] as number | null,
      p.sheet,
      p.cells[key],
    );
  return [
    one("partyGroups", "số tổ đảng"),
    one("committeeMembers", "số chi ủy viên"),
    one("fullMembers", "số đảng viên chính thức (Tổ chức Đảng)"),
    one("probationaryMembers", "số đảng viên dự bị (Tổ chức Đảng)"),
    figure(
      "party.members",
      "số đảng viên (Tổ chức Đảng)",
      null,
      v.fullMembers !== null && v.probationaryMembers !== null
        ? v.fullMembers + v.probationaryMembers
        : null,
      null,
    ),
    one("admitted", "số đảng viên kết nạp mới"),
    one("officialised", "số đảng viên chuyển chính thức"),
  ];
}

/** Ratings per subject: `evaluations.staff.excellent`, …, and how many were rated. */
function evaluationFigures(data: WorkbookData): Figure[] {
  const e = data.evaluations;
  if (!e) return [];
  const out: Figure[] = [];
  const seen = new Set<string>();
  for (const { value: r, row } of e.rows) {
    if (!r.subject || seen.has(r.subject)) continue;
    seen.add(r.subject);
    const who = r.subject === "staff" ? "viên chức" : "đảng viên";
    const counts = (
      ["excellent", "good", "fulfilled", "notFulfilled"] as const
    ).map((k) => {
      const letter = e.columns[k];
      return cellFigure(
        `evaluations.${r.subject}.${k}`,
        `số ${who} xếp loại ${RATING_SHORT[k]}`,
        r[k],
        e.sheet,
        letter ? `${letter}${row}` : undefined,
      );
    });
    const filled = counts.filter((c) => c.value !== null);
    out.push(
      ...counts,
      figure(
        `evaluations.${r.subject}.total`,
        `số ${who} được xếp loại`,
        null,
        filled.length ? filled.reduce((a, c) => a + (c.value ?? 0), 0) : null,
        null,
      ),
    );
  }
  return out;
}

const RATING_SHORT = {
  excellent: "HTXS",
  good: "HTT",
  fulfilled: "HT",
  notFulfilled: "KHT",
} as const;

/** The figures a draft must not print silently: conflicts, with their notes. */
export function conflictingFigures(
  figures: ReadonlyMap<string, Figure>,
): Figure[] {
  return [...figures.values()].filter((f) => f.conflict);
}

/**
 * One Vietnamese line per conflicting figure, for the pane and `dvk bao-cao`.
 * @example describeConflicts(reportFigures(data)) // ["Số CB-GV-NV (ô CB-GV-NV!B17): 65 theo dòng tổng, 61 theo các nhóm — kiểm tra lại."]
 */
export function describeConflicts(
  figures: ReadonlyMap<string, Figure>,
): string[] {
  return conflictingFigures(figures).map((f) => {
    const label = f.label.charAt(0).toUpperCase() + f.label.slice(1);
    const where = f.cell ? ` (ô ${f.cell.sheet}!${f.cell.cell})` : "";
    return `${label}${where}: ${conflictNote(f, f.key.startsWith("donations") ? "các dòng" : "các nhóm")}.`;
  });
}
