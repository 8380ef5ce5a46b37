/**
 * What of the workbook a report needs, found by building it: the report kinds are built over a
 * recording view of the workbook's data, and every table sheet and record field they read is
 * noted — the tables, the columns of their records, the numbers of their total rows. The
 * hand-off package keeps those and nothing else: a sheet no report reads (the staff roster with
 * its phone and ID numbers, dates of birth) is left out whole, and an unread column (a donor's
 * address or phone) is emptied. No list of "personal" columns to keep up to date: a column a
 * report starts to print is kept because the report reads it.
 *
 * Kept besides what is read, so the rows read back are the same rows: the required columns (a
 * row without them is refused), the columns that mark a total row, and every column of a table
 * whose records are completed from several cells (`complete`: staff, evaluations).
 */
import { describeConflicts, reportFigures } from "../figures/figures";
import type { ReportKindId } from "../model/report-outlines";
import { fold } from "../model/enums";
import { readTables, type WorkbookData } from "../sheets/read";
import { SHEETS, TABLE_IDS, type TableId } from "../sheets/registry";
import type { KeyValueSheetSpec, TableSheetSpec } from "../sheets/spec";
import type { CellValue, TableData } from "../workbook/types";
import { missingGeneral, REPORT_KINDS } from "./kinds";

/** Per table sheet read: the record fields read (for a key–value sheet, the sheet as a whole). */
export type Reads = ReadonlyMap<TableId, ReadonlySet<string>>;

/** A view of an object that notes every property read (spreading it reads them all). */
function recording<T extends object>(target: T, into: Set<string>): T {
  return new Proxy(target, {
    get(t, k, r) {
      if (typeof k === "string") into.add(k);
      return Reflect.get(t, k, r);
    },
    has(t, k) {
      if (typeof k === "string") into.add(k);
      return Reflect.has(t, k);
    },
  });
}

/** The data as the reports see it, noting what they read into `reads`. */
function recordingData(
  data: WorkbookData,
  reads: Map<TableId, Set<string>>,
): WorkbookData {
  const views = new Map<TableId, unknown>();
  const view = {} as Record<TableId, unknown>;
  for (const id of TABLE_IDS)
    Object.defineProperty(view, id, {
      enumerable: true,
      get() {
        const table = data[id];
        if (!table) return table;
        const keys = reads.get(id) ?? new Set<string>();
        reads.set(id, keys);
        if (!views.has(id))
          views.set(
            id,
            "rows" in table
              ? {
                  ...table,
                  rows: table.rows.map((r) => ({
                    ...r,
                    value: recording(r.value as object, keys),
                  })),
                  totals: table.totals && {
                    ...table.totals,
                    values: recording(table.totals.values, keys),
                  },
                  typedTotals: table.typedTotals.map((t) => ({
                    ...t,
                    values: recording(t.values, keys),
                  })),
                }
              : table,
          );
        return views.get(id);
      },
    });
  return view as WorkbookData;
}

/** What building `kinds` (every model of the registration form, the pane's notes too) reads. */
export function reportReads(
  data: WorkbookData,
  kinds: readonly ReportKindId[],
): Reads {
  const reads = new Map<TableId, Set<string>>();
  const seen = recordingData(data, reads);
  const models = Math.max(1, data.models?.rows.length ?? 0);
  for (const kind of REPORT_KINDS.filter((k) => kinds.includes(k.id)))
    for (
      let modelIndex = 1;
      modelIndex <= (kind.id === "dang-ky-mo-hinh" ? models : 1);
      modelIndex++
    )
      kind.build(seen, { modelIndex });
  describeConflicts(reportFigures(seen));
  missingGeneral(seen);
  return reads;
}

/** The tables with only what `reads` names: unread tables left out, unread columns emptied. */
export function keepRead(
  tables: readonly TableData[],
  reads: Reads,
): TableData[] {
  const out: TableData[] = [];
  for (const t of tables) {
    const id = TABLE_IDS.find(
      (i) => SHEETS[i].tableName.toLowerCase() === t.name.toLowerCase(),
    );
    if (!id || !reads.has(id)) continue;
    const spec = SHEETS[id] as TableSheetSpec | KeyValueSheetSpec;
    if (spec.kind !== "table" || spec.complete) {
      out.push(t);
      continue;
    }
    const read = reads.get(id) as ReadonlySet<string>;
    const keep = t.header.map((h) => {
      const col = spec.columns.find((c) =>
        [c.header, ...(c.aliases ?? [])].some((name) => fold(name) === fold(h)),
      );
      return (
        !!col &&
        (read.has(col.key) ||
          !!col.required ||
          (spec.totalLabelKeys ?? []).includes(col.key))
      );
    });
    const only = (cells: readonly CellValue[]) =>
      cells.map((v, i) => (keep[i] ? v : null));
    out.push({ ...t, rows: t.rows.map(only), below: only(t.below) });
  }
  return out;
}

/** The tables a report of `kinds` needs, from the tables as read. */
export function tablesNeeded(
  tables: readonly TableData[],
  kinds: readonly ReportKindId[],
): TableData[] {
  return keepRead(tables, reportReads(readTables(tables).data, kinds));
}
