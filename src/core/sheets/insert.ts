/**
 * "Mẫu biểu": inserting the template sheets into any workbook host, safely and idempotently.
 * Seam calls: inspect, then (only when our tables already exist) readTables and readRanges,
 * then one apply — whatever the number of sheets.
 */
import { fold, SchoolLevel } from "../model/enums";
import { columnLetters, parseRange } from "../workbook/a1";
import type {
  RangeData,
  SheetInfo,
  TableData,
  WorkbookHost,
  WorkbookOp,
} from "../workbook/types";
import {
  DONATION_SUMMARY_SHEET,
  renderDonationSummary,
  type LedgerColumns,
} from "./donation-summary-sheet";
import type { TemplateValue } from "./cells";
import {
  missingColumnsOps,
  renderKeyValueSheet,
  renderTableSheet,
  sheetDecision,
  type SheetOutcome,
  type TemplateRows,
} from "./plan";
import { SAMPLE_LEVEL, sampleData } from "./sample";
import {
  SHEETS,
  TEMPLATE_IDS,
  TEMPLATE_NAMES,
  type TableId,
  type TemplateId,
} from "./registry";
import type { KeyValueSheetSpec, TableSheetSpec } from "./spec";
import { holdsOnly } from "./template-only";
import { LISTS_SHEET, renderListsSheet } from "./lists-sheet";
import { donationsSpec } from "./specs";

export { TEMPLATE_IDS, TEMPLATE_NAMES, type TemplateId } from "./registry";

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
  const level = options.sample ? SAMPLE_LEVEL : options.level;
  const infoOf = (name: string) =>
    existing.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const specOf = (id: TableId): TableSheetSpec | KeyValueSheetSpec =>
    SHEETS[id];

  // Our sheets worth reading before deciding: with the sample school, those holding one of our
  // tables (an empty template is filled); the summary whenever it exists (it is rebuilt when
  // nobody edited it and the ledger has changed). One read of their used ranges.
  const probed = chosen.filter((id) => {
    const info = infoOf(TEMPLATE_NAMES[id]);
    if (!info || info.protected || info.usedRange === null) return false;
    if (id === "donationSummary") return true;
    return (
      sample !== null &&
      info.tables.some(
        (t) => t.toLowerCase() === specOf(id).tableName.toLowerCase(),
      )
    );
  });
  const contents = probed.length
    ? await host.readRanges(
        probed.map((id) => {
          const info = infoOf(TEMPLATE_NAMES[id]) as SheetInfo;
          return { sheet: info.name, range: info.usedRange as string };
        }),
      )
    : [];
  const contentOf = (id: TemplateId) => {
    const i = probed.indexOf(id);
    return i === -1 ? null : contents[i];
  };
  const emptyTemplate = new Set<TemplateId>();
  for (const id of probed) {
    if (id === "donationSummary") continue;
    if (await isEmptyTemplate(specOf(id), contentOf(id) as RangeData))
      emptyTemplate.add(id);
  }

  // Existing tables of ours: read them (headers, for missing columns; the ledger, for the summary).
  const toRead = chosen
    .map((id): TableSheetSpec | null => {
      if (id === "donationSummary") return donationsSpec;
      const spec = specOf(id);
      return spec.kind === "table" && !emptyTemplate.has(id) ? spec : null;
    })
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
        ...(await summaryOps(
          existing,
          chosen,
          emptyTemplate.has("donations")
            ? null
            : existingTable(donationsSpec.tableName),
          sample?.donations ?? null,
          contentOf(id),
          options,
          outcomes,
        )),
      );
      continue;
    }
    const spec = specOf(id);
    const render = (create: boolean) =>
      spec.kind === "keyValue"
        ? renderKeyValueSheet(
            spec,
            (sample?.[id] as
              Readonly<Record<string, TemplateValue>> | undefined) ??
              (id === "general" ? { schoolLevel: SchoolLevel[level] } : null),
            create,
          )
        : renderTableSheet(
            spec,
            level,
            (sample?.[id] as TemplateRows | undefined) ?? null,
            create,
          );
    if (emptyTemplate.has(id)) {
      ops.push(...rebuild(existing, sheetName, render(true)));
      outcomes.push({
        sheet: sheetName,
        status: "filled",
        message: `Đã điền dữ liệu mẫu vào sheet “${sheetName}” (trước đó chỉ có mẫu trống).`,
      });
      continue;
    }
    const elsewhere = tableSheet.get(spec.tableName.toLowerCase());
    const decision = sheetDecision(
      sheetName,
      spec.tableName,
      existing,
      elsewhere !== undefined &&
        elsewhere.toLowerCase() !== sheetName.toLowerCase(),
    );
    if (decision.write) {
      ops.push(...render(decision.create));
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

  // The hidden lists sheet the drop-down lists read from: added with the first template that
  // needs it, refilled whenever the lists have changed.
  const lists = infoOf(LISTS_SHEET);
  if (lists || ops.some((op) => op.kind === "validationList" && op.source)) {
    const content =
      lists?.usedRange && !lists.protected
        ? (
            await host.readRanges([
              { sheet: lists.name, range: lists.usedRange },
            ])
          )[0]
        : { sheet: LISTS_SHEET, range: "A1", values: [[null]] };
    if (!lists?.protected) {
      // The lists sheet goes last in the workbook, before the validations that read it.
      const validations = ops.filter((op) => op.kind === "validationList");
      const rest = ops.filter((op) => op.kind !== "validationList");
      ops.splice(
        0,
        ops.length,
        ...rest,
        ...renderListsSheet(lists ? content : "missing"),
        ...validations,
      );
    }
  }

  const firstNew = outcomes.find(
    (o) => o.status === "created" || o.status === "filled",
  );
  if (firstNew) ops.push({ kind: "activate", sheet: firstNew.sheet });
  if (ops.length) {
    // An older Excel skips what it cannot do (drop-down lists, frozen rows): say so.
    const report = await host.apply(ops);
    for (const s of report?.skipped ?? [])
      outcomes.push({ sheet: s.sheet, status: "kept", message: s.message });
  }
  return outcomes;
}

async function summaryOps(
  existing: readonly SheetInfo[],
  chosen: readonly TemplateId[],
  ledgerTable: TableData | null,
  sampleRows: readonly Readonly<Record<string, unknown>>[] | null,
  content: RangeData | null,
  options: InsertOptions,
  outcomes: SheetOutcome[],
): Promise<WorkbookOp[]> {
  const sheet = DONATION_SUMMARY_SHEET;
  const decision = sheetDecision(sheet, "", existing, false);
  const info = existing.find(
    (s) => s.name.toLowerCase() === sheet.toLowerCase(),
  );
  // A summary nobody edited may be rebuilt; one edited by hand, or protected, is kept.
  const untouched = content ? await untouchedSummary(content) : null;
  if (!decision.write && !untouched) {
    const kept = info && info.usedRange !== null && !info.protected;
    outcomes.push({
      sheet,
      status: kept ? "kept" : "skipped",
      message: kept
        ? `Sheet “${sheet}” đã được sửa tay; giữ nguyên. Muốn DVK lập lại: đổi tên sheet đó rồi chèn lại.`
        : (decision.outcome?.message ?? ""),
    });
    return [];
  }
  let columns: LedgerColumns;
  let donors: string[];
  let dates: { year: number; month: number }[];
  if (ledgerTable) {
    const b = parseRange(ledgerTable.range);
    const indexOf = (key: string) => {
      const col = donationsSpec.columns.find((c) => c.key === key);
      return ledgerTable.header.findIndex(
        (h) =>
          col &&
          [col.header, ...(col.aliases ?? [])].some((x) => fold(x) === fold(h)),
      );
    };
    const letter = (key: string) =>
      columnLetters(b.left + Math.max(0, indexOf(key)));
    columns = {
      sheet: ledgerTable.sheet,
      date: letter("date"),
      donor: letter("donor"),
      form: letter("form"),
      amount: letter("amount"),
    };
    const donorIndex = indexOf("donor");
    donors = unique(
      ledgerTable.rows.map((r) =>
        donorIndex >= 0 ? String(r[donorIndex] ?? "").trim() : "",
      ),
    );
    const dateIndex = indexOf("date");
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
        sheet,
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
  const year =
    options.year ?? untouched?.months[0]?.year ?? new Date().getFullYear();
  const months = monthSpan(dates, year);
  const counts = `${donors.length} nhà tài trợ, ${months.length} tháng`;
  if (untouched) {
    const same =
      untouched.donors.join("\n") === donors.join("\n") &&
      untouched.months.map((m) => m.year * 12 + m.month).join() ===
        months.map((m) => m.year * 12 + m.month).join();
    if (same) {
      outcomes.push({
        sheet,
        status: "kept",
        message: `Sheet “${sheet}” đã khớp sổ tài trợ (${counts}); giữ nguyên.`,
      });
      return [];
    }
    outcomes.push({
      sheet,
      status: "filled",
      message: `Đã lập lại sheet “${sheet}” theo sổ tài trợ (${counts}).`,
    });
    return rebuild(
      existing,
      sheet,
      renderDonationSummary(columns, donors, months, true),
    );
  }
  outcomes.push({
    sheet,
    status: decision.create ? "created" : "filled",
    message: `Đã thêm sheet “${sheet}” (${counts}).`,
  });
  return renderDonationSummary(columns, donors, months, decision.create);
}

/** Operations replacing a sheet that holds only what DVK wrote: delete it, then write the new
 *  one at the same position in the workbook. */
function rebuild(
  existing: readonly SheetInfo[],
  sheet: string,
  create: readonly WorkbookOp[],
): WorkbookOp[] {
  const position = existing.findIndex(
    (s) => s.name.toLowerCase() === sheet.toLowerCase(),
  );
  return [
    { kind: "deleteSheet", sheet: existing[position].name },
    ...create.map((op): WorkbookOp =>
      op.kind === "addSheet" ? { ...op, position } : op,
    ),
  ];
}

/** Whether a sheet holding one of our tables holds only the empty template (of any level). */
async function isEmptyTemplate(
  spec: TableSheetSpec | KeyValueSheetSpec,
  content: RangeData,
): Promise<boolean> {
  for (const level of Object.keys(SchoolLevel) as SchoolLevel[]) {
    const ops =
      spec.kind === "keyValue"
        ? renderKeyValueSheet(
            spec,
            spec === SHEETS.general
              ? { schoolLevel: SchoolLevel[level] }
              : null,
            true,
          )
        : renderTableSheet(spec, level, null, true);
    if (await holdsOnly(content, ops)) return true;
    // Specs without level-dependent rows render the same for every level.
    if (spec.kind === "table" && !spec.fixedRows) return false;
  }
  return false;
}

/** The donors and months a summary sheet lists, when the sheet is exactly what DVK wrote for
 *  them (nobody edited it); null otherwise. */
async function untouchedSummary(content: RangeData): Promise<{
  donors: string[];
  months: { year: number; month: number }[];
} | null> {
  const origin = parseRange(content.range);
  const columnA = (r: number) =>
    origin.left === 0 ? content.values[r]?.[0] : null;
  const labels = (title: string) => {
    const rows = content.values.map((_, r) => columnA(r));
    const at = rows.findIndex((v) => v === title);
    if (at === -1) return null;
    const out: string[] = [];
    for (let r = at + 2; r < rows.length && rows[r] !== "Cộng"; r++)
      out.push(String(rows[r] ?? ""));
    return out;
  };
  const donors = labels("1. Theo nhà tài trợ");
  const monthLabels = labels("3. Theo tháng");
  if (!donors || !monthLabels) return null;
  const months = monthLabels
    .map((l) => /^(\d{2})\/(\d{4})$/.exec(l))
    .map((m) => (m ? { year: Number(m[2]), month: Number(m[1]) } : null));
  if (months.some((m) => m === null)) return null;
  const parsed = months as { year: number; month: number }[];
  const ledger = {
    sheet: donationsSpec.sheetName,
    date: "B",
    donor: "C",
    form: "G",
    amount: "K",
  };
  return (await holdsOnly(
    content,
    renderDonationSummary(ledger, donors, parsed, true),
  ))
    ? { donors, months: parsed }
    : null;
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
