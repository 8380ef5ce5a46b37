/**
 * "Mẫu biểu": inserting the template sheets into any workbook host, safely and idempotently.
 * Seam calls: inspect, then (only when our tables already exist) readTables and readRanges,
 * then one apply — whatever the number of sheets.
 */
import { fold, SchoolLevel } from "../model/enums";
import { columnLetters, parseRange } from "../workbook/a1";
import type { TableData, WorkbookHost, WorkbookOp } from "../workbook/types";
import {
  DONATION_SUMMARY_SHEET,
  renderDonationSummary,
  type LedgerColumns,
} from "./donation-summary-sheet";
import {
  missingColumnsOps,
  renderKeyValueSheet,
  renderTableSheet,
  sheetDecision,
  type SheetOutcome,
} from "./plan";
import { sampleData, sampleGeneral } from "./sample";
import type { TableSheetSpec } from "./spec";
import { donationsSpec, generalSpec, tableSpecs } from "./specs";

/** Sheets the user can pick, in insertion order. */
export const TEMPLATE_IDS = [
  "general",
  "staff",
  "roster",
  "students",
  "donations",
  "donationSummary",
  "models",
  "legalRefs",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TEMPLATE_NAMES: Readonly<Record<TemplateId, string>> = {
  general: generalSpec.sheetName,
  staff: tableSpecs.staff.sheetName,
  roster: tableSpecs.roster.sheetName,
  students: tableSpecs.students.sheetName,
  donations: tableSpecs.donations.sheetName,
  donationSummary: DONATION_SUMMARY_SHEET,
  models: tableSpecs.models.sheetName,
  legalRefs: tableSpecs.legalRefs.sheetName,
};

export interface InsertOptions {
  readonly level: SchoolLevel;
  /** Which sheets; all when omitted. */
  readonly sheets?: readonly TemplateId[];
  /** Fill with the sample school. */
  readonly sample?: boolean;
  /** Months of the summary when there is no data to take them from (default: this year). */
  readonly year?: number;
}

/** Inserts the chosen templates; returns what happened to each sheet. */
export async function insertTemplates(
  host: WorkbookHost,
  options: InsertOptions,
): Promise<SheetOutcome[]> {
  const chosen = TEMPLATE_IDS.filter(
    (id) => !options.sheets || options.sheets.includes(id),
  );
  const existing = await host.inspect();
  const tableSheet = new Map<string, string>();
  for (const s of existing)
    for (const t of s.tables) tableSheet.set(t.toLowerCase(), s.name);
  const sample = options.sample ? sampleData() : null;
  const level = options.sample ? "th-thcs" : options.level;

  // Existing tables of ours: read them (headers, for missing columns; the ledger, for the summary).
  const specsOf = (id: TemplateId): TableSheetSpec | null =>
    id === "donationSummary"
      ? donationsSpec
      : id === "general"
        ? null
        : tableSpecs[id];
  const toRead = chosen
    .map(specsOf)
    .filter(
      (s): s is TableSheetSpec =>
        s !== null && tableSheet.has(s.tableName.toLowerCase()),
    );
  const read = toRead.length
    ? await host.readTables(toRead.map((s) => s.tableName))
    : [];
  const existingTable = (name: string) =>
    read.find((t) => t?.name.toLowerCase() === name.toLowerCase()) ?? null;

  const outcomes: SheetOutcome[] = [];
  const ops: WorkbookOp[] = [];
  const pendingColumns: {
    spec: TableSheetSpec;
    table: TableData;
    headers: string[];
    ops: WorkbookOp[];
  }[] = [];
  for (const id of chosen) {
    const sheetName = TEMPLATE_NAMES[id];
    if (id === "donationSummary") {
      ops.push(
        ...summaryOps(
          existing,
          chosen,
          existingTable(donationsSpec.tableName),
          sample?.donations ?? null,
          options,
          outcomes,
        ),
      );
      continue;
    }
    const spec = id === "general" ? generalSpec : tableSpecs[id];
    const elsewhere = tableSheet.get(spec.tableName.toLowerCase());
    const decision = sheetDecision(
      sheetName,
      spec.tableName,
      existing,
      elsewhere !== undefined &&
        elsewhere.toLowerCase() !== sheetName.toLowerCase(),
    );
    if (decision.write) {
      ops.push(
        ...(spec.kind === "keyValue"
          ? renderKeyValueSheet(
              spec,
              sample ? sampleGeneral : { schoolLevel: SchoolLevel[level] },
              decision.create,
            )
          : renderTableSheet(
              spec,
              level,
              sample?.[id] ?? null,
              decision.create,
            )),
      );
      outcomes.push({
        sheet: sheetName,
        status: decision.create ? "created" : "filled",
        message: decision.create
          ? `Đã thêm sheet “${sheetName}”.`
          : `Đã chèn mẫu vào sheet trống “${sheetName}”.`,
      });
      continue;
    }
    const table = spec.kind === "table" ? existingTable(spec.tableName) : null;
    if (spec.kind === "table" && table && decision.outcome?.status === "kept") {
      const missing = missingColumnsOps(spec, table, fold);
      if (missing.headers.length) {
        pendingColumns.push({ spec, table, ...missing });
        continue;
      }
    }
    if (decision.outcome) outcomes.push(decision.outcome);
  }

  // Missing columns are added only where the column right of the table is empty.
  if (pendingColumns.length) {
    const rights = await host.readRanges(
      pendingColumns.map(({ table, headers }) => {
        const b = parseRange(table.range);
        return {
          sheet: table.sheet,
          range: `${columnLetters(b.right + 1)}${b.top + 1}:${columnLetters(b.right + headers.length)}${b.bottom + 2}`,
        };
      }),
    );
    pendingColumns.forEach((p, i) => {
      const free = rights[i].values.every((row) =>
        row.every((v) => v === null || v === ""),
      );
      if (free) {
        ops.push(...p.ops);
        outcomes.push({
          sheet: p.table.sheet,
          status: "columnsAdded",
          message: `Sheet “${p.table.sheet}” đã có dữ liệu; chỉ thêm cột còn thiếu: ${p.headers.map((h) => `“${h}”`).join(", ")}.`,
        });
      } else {
        outcomes.push({
          sheet: p.table.sheet,
          status: "kept",
          message: `Sheet “${p.table.sheet}” thiếu cột ${p.headers.map((h) => `“${h}”`).join(", ")} nhưng bên phải bảng đã có dữ liệu; giữ nguyên, hãy tự thêm cột.`,
        });
      }
    });
  }

  const firstNew = outcomes.find(
    (o) => o.status === "created" || o.status === "filled",
  );
  if (firstNew) ops.push({ kind: "activate", sheet: firstNew.sheet });
  if (ops.length) await host.apply(ops);
  return outcomes;
}

function summaryOps(
  existing: Awaited<ReturnType<WorkbookHost["inspect"]>>,
  chosen: readonly TemplateId[],
  ledgerTable: TableData | null,
  sampleRows: readonly Readonly<Record<string, unknown>>[] | null,
  options: InsertOptions,
  outcomes: SheetOutcome[],
): WorkbookOp[] {
  const decision = sheetDecision(DONATION_SUMMARY_SHEET, "", existing, false);
  const info = existing.find(
    (s) => s.name.toLowerCase() === DONATION_SUMMARY_SHEET.toLowerCase(),
  );
  if (!decision.write) {
    const kept = info && info.usedRange !== null && !info.protected;
    outcomes.push({
      sheet: DONATION_SUMMARY_SHEET,
      status: kept ? "kept" : "skipped",
      message: kept
        ? `Sheet “${DONATION_SUMMARY_SHEET}” đã có; giữ nguyên (dùng “Cập nhật tổng hợp” để làm lại).`
        : (decision.outcome?.message ?? ""),
    });
    return [];
  }
  let columns: LedgerColumns;
  let donors: string[];
  let dates: { year: number; month: number }[];
  if (ledgerTable) {
    const b = parseRange(ledgerTable.range);
    const letter = (key: string) => {
      const col = donationsSpec.columns.find((c) => c.key === key);
      const i = ledgerTable.header.findIndex(
        (h) =>
          col &&
          [col.header, ...(col.aliases ?? [])].some((x) => fold(x) === fold(h)),
      );
      return columnLetters(b.left + Math.max(0, i));
    };
    columns = {
      sheet: ledgerTable.sheet,
      date: letter("date"),
      donor: letter("donor"),
      form: letter("form"),
      amount: letter("amount"),
    };
    const donorIndex = ledgerTable.header.findIndex(
      (h) => fold(h) === fold("Nhà tài trợ"),
    );
    donors = unique(
      ledgerTable.rows.map((r) =>
        donorIndex >= 0 ? String(r[donorIndex] ?? "").trim() : "",
      ),
    );
    const dateIndex = ledgerTable.header.findIndex(
      (h) => fold(h) === fold("Ngày"),
    );
    dates = ledgerTable.rows
      .map((r) => r[dateIndex])
      .filter((v): v is number => typeof v === "number")
      .map(serialMonth);
  } else {
    if (
      !chosen.includes("donations") &&
      !existing.some((s) => s.name === donationsSpec.sheetName)
    ) {
      outcomes.push({
        sheet: DONATION_SUMMARY_SHEET,
        status: "skipped",
        message: `Chưa có sheet “${donationsSpec.sheetName}”; chèn sổ tài trợ trước.`,
      });
      return [];
    }
    const letter = (key: string) =>
      columnLetters(donationsSpec.columns.findIndex((c) => c.key === key));
    columns = {
      sheet: donationsSpec.sheetName,
      date: letter("date"),
      donor: letter("donor"),
      form: letter("form"),
      amount: letter("amount"),
    };
    donors = unique((sampleRows ?? []).map((r) => String(r.donor ?? "")));
    dates = (sampleRows ?? [])
      .map((r) => r.date as { year: number; month: number } | undefined)
      .filter((x): x is { year: number; month: number } => !!x);
  }
  const year = options.year ?? new Date().getFullYear();
  const months = monthSpan(dates, year);
  outcomes.push({
    sheet: DONATION_SUMMARY_SHEET,
    status: decision.create ? "created" : "filled",
    message: `Đã thêm sheet “${DONATION_SUMMARY_SHEET}” (${donors.length} nhà tài trợ, ${months.length} tháng).`,
  });
  return renderDonationSummary(columns, donors, months, decision.create);
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => v && !seen.has(v) && seen.add(v));
}

function serialMonth(serial: number): { year: number; month: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** Every month from the first to the last date given, or the 12 months of `year`. */
export function monthSpan(
  dates: readonly { year: number; month: number }[],
  year: number,
): { year: number; month: number }[] {
  if (!dates.length)
    return Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
  const keys = dates.map((d) => d.year * 12 + d.month - 1);
  const out: { year: number; month: number }[] = [];
  for (let k = Math.min(...keys); k <= Math.max(...keys); k++)
    out.push({ year: Math.floor(k / 12), month: (k % 12) + 1 });
  return out;
}
