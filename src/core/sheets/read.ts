/**
 * Reading the workbook back: every known table in one call, columns found by header text,
 * blank rows skipped, each cell typed by its spec and each record checked by its zod schema.
 * Every unreadable cell becomes a finding with its sheet and cell address.
 */
import {
  finding,
  Severity,
  type Finding,
  type RuleRef,
} from "../model/finding";
import { fold } from "../model/enums";
import { columnLetters, parseRange } from "../workbook/a1";
import type { CellValue, TableData, WorkbookHost } from "../workbook/types";
import { totalLabelKind, type TotalKind } from "../model/total-label";
import { parseCell, readCell, unlegacy, Unread } from "./parse-cell";
import { tableFromRange } from "./table-from-range";
import { SHEETS, TABLE_IDS, TABLE_NAMES, type TableId } from "./registry";
import type { ColumnSpec, KeyValueSheetSpec, TableSheetSpec } from "./spec";
import { quote } from "../vn/quote";

/** A record with the sheet row it came from (1-based). */
export interface Located<T> {
  readonly value: T;
  readonly row: number;
}

/** One table read back. */
export interface TableRead<T> {
  readonly sheet: string;
  readonly table: string;
  readonly headerRow: number;
  /** Column letters of the spec columns found, by key. */
  readonly columns: Readonly<Partial<Record<keyof T & string, string>>>;
  /** Letter of the table's first column (where a finding about a whole row points). */
  readonly firstColumn: string;
  readonly rows: readonly Located<T>[];
  /** The grand total the user typed: a total row inside the table ("Tổng cộng" pasted with the
   *  figures), else the template's "Tổng cộng" row right under it; null when neither holds a
   *  number. Never counted as data. */
  readonly totals: TypedTotal | null;
  /** Every total row, inside the table and under it, in sheet order (each compared with the
   *  rows it totals). */
  readonly typedTotals: readonly TypedTotal[];
  /** Cells of data rows whose value could not be read (each has its finding): a sum over such a
   *  column is not a figure anyone can vouch for. */
  readonly unreadable: readonly {
    readonly key: string;
    readonly row: number;
  }[];
}

/** A total row typed by the user. */
export interface TypedTotal {
  /** Sheet row (1-based). */
  readonly row: number;
  readonly label: string;
  /** "grand": everything above; "sub": the block since the previous total row. */
  readonly kind: TotalKind;
  /** Under the table (the template's own row) or inside it. */
  readonly place: "below" | "inside";
  /** The numbers of its numeric columns by key (null: blank or unreadable). */
  readonly values: Readonly<Record<string, number | null>>;
  /** Keys whose value is a formula's result (the template's SUM), not a figure anyone typed. */
  readonly computed: readonly string[];
  /** Sheet rows of the data rows it totals. */
  readonly covers: readonly number[];
}

/** A key–value sheet read back. */
export interface KeyValueRead<T> {
  readonly sheet: string;
  readonly values: T;
  /** Cell address of each field's value. */
  readonly cells: Readonly<Partial<Record<keyof T, string>>>;
}

/** What a sheet spec reads back as. */
type ReadOf<S> =
  S extends TableSheetSpec<infer Row>
    ? TableRead<Row>
    : S extends KeyValueSheetSpec<infer Values>
      ? KeyValueRead<Values>
      : never;

/** Everything the workbook holds, typed, one entry per table sheet of the registry. A missing
 *  sheet is null. */
export type WorkbookData = {
  readonly [K in TableId]: ReadOf<(typeof SHEETS)[K]> | null;
};

export type GeneralRead = NonNullable<WorkbookData["general"]>;

export interface WorkbookRead {
  readonly data: WorkbookData;
  readonly findings: readonly Finding[];
  /** The tables found, as read. */
  readonly tables: readonly TableData[];
}

const MISSING_COLUMN: RuleRef = {
  id: "read.missing-column",
  severity: Severity.error,
};
const INVALID: RuleRef = { id: "read.invalid", severity: Severity.error };
const UNREADABLE: RuleRef = { id: "read.unreadable", severity: Severity.error };
const CODE_AS_NUMBER: RuleRef = {
  id: "read.code-as-number",
  severity: Severity.warning,
};

/** Reads every known table of the workbook in one `readTables` call. */
export async function readWorkbook(host: WorkbookHost): Promise<WorkbookRead> {
  const tables = await host.readTables(TABLE_NAMES);
  // Tables whose object was lost (Google Sheets, other tools): found by header text on their sheet.
  const lost = TABLE_IDS.filter((_, i) => tables[i] === null);
  if (!lost.length) return readTables(tables);
  const sheets = await host.inspect(lost.map((id) => SHEETS[id].sheetName));
  const found = sheets.filter(
    (s) => s.usedRange !== null && s.tables.length === 0,
  );
  if (!found.length) return readTables(tables);
  const ranges = await host.readRanges(
    found.map((s) => ({ sheet: s.name, range: s.usedRange as string })),
    { formulas: true },
  );
  const recovered = tables.map((t, i) => {
    if (t) return t;
    const spec = SHEETS[TABLE_IDS[i]] as TableSheetSpec | KeyValueSheetSpec;
    const range = ranges.find(
      (r) => r.sheet.toLowerCase() === spec.sheetName.toLowerCase(),
    );
    return range ? tableFromRange(spec, range) : null;
  });
  return readTables(recovered);
}

/** The same, from tables already read (tests, CLI). */
export function readTables(
  tables: readonly (TableData | null)[],
): WorkbookRead {
  const byName = new Map<string, TableData>();
  for (const t of tables) if (t) byName.set(t.name.toLowerCase(), t);
  const findings: Finding[] = [];
  const data = Object.fromEntries(
    TABLE_IDS.map((id) => {
      const spec = SHEETS[id] as TableSheetSpec | KeyValueSheetSpec;
      const table = byName.get(spec.tableName.toLowerCase()) ?? null;
      return [
        id,
        spec.kind === "keyValue"
          ? readKeyValue(table, spec, findings)
          : readTable(table, spec, findings),
      ];
    }),
  ) as WorkbookData;
  return { data, findings, tables: [...byName.values()] };
}

function headerIndex(
  header: readonly string[],
  col: ColumnSpec | { header: string; aliases?: readonly string[] },
): number {
  const wanted = [col.header, ...(col.aliases ?? [])].map(fold);
  return header.findIndex((h) => wanted.includes(fold(h)));
}

function readTable<T>(
  table: TableData | null,
  spec: TableSheetSpec<T>,
  findings: Finding[],
): TableRead<T> | null {
  if (!table) return null;
  const block = parseRange(table.range);
  const headerRow = block.top + 1;
  const schema = spec.schema;
  const complete = spec.complete ?? ((r) => r);
  const shape = (schema as unknown as { shape: Record<string, unknown> }).shape;
  const present: { col: ColumnSpec; index: number; letter: string }[] = [];
  for (const col of spec.columns) {
    const index = headerIndex(table.header, col);
    if (index < 0) {
      if (col.required)
        findings.push(
          finding(
            MISSING_COLUMN,
            table.sheet,
            `${columnLetters(block.left)}${headerRow}`,
            `Bảng ${quote(spec.tableName)} (sheet ${quote(table.sheet)}) thiếu cột ${quote(col.header)}; không đọc được dữ liệu của cột này.`,
          ),
        );
      continue;
    }
    present.push({ col, index, letter: columnLetters(block.left + index) });
  }
  const columns = Object.fromEntries(
    present.map((p) => [p.col.key, p.letter]),
  ) as TableRead<T>["columns"];
  const keys = Object.keys(shape);
  const rows: Located<T>[] = [];
  const typedTotals: TypedTotal[] = [];
  const unreadable: { key: string; row: number }[] = [];
  const labelCells = present.filter((p) =>
    spec.totalLabelKeys?.includes(p.col.key),
  );
  const numeric = present.filter((p) => NUMERIC.has(p.col.type));
  /** The numbers of a total row; unreadable ones are findings, as in any row. */
  const totalValues = (cells: readonly CellValue[], row: number) => {
    const values: Record<string, number | null> = {};
    for (const p of numeric) {
      const parsed = parseCell("number", cells[p.index] ?? null);
      values[p.col.key] =
        parsed.ok && typeof parsed.value === "number" ? parsed.value : null;
      if (!parsed.ok)
        findings.push(
          cellFinding(
            table.sheet,
            `${p.letter}${row}`,
            p.col.header,
            parsed.message,
            false,
            cells[p.index],
          ),
        );
    }
    return values;
  };
  const labelIndexes = labelCells.map((p) => p.index);
  // Per row only the columns the schema has are typed (the others are read for blankness).
  const typed = present.filter((p) => p.col.key in shape);
  // Each record starts as a copy of this one: every schema key, null, in the schema's order.
  const blankRecord: Record<string, unknown> = {};
  for (const k of keys) blankRecord[k] = null;
  let blockStart = 0;
  const dataRows = table.rows;
  for (let i = 0; i < dataRows.length; i++) {
    const cells = dataRows[i];
    if (cells === undefined) continue; // a hole, as forEach skips it
    const row = headerRow + 1 + i;
    let blank = true;
    for (let j = 0; j < present.length && blank; j++)
      blank = isBlank(cells[present[j].index]);
    if (blank) continue;
    const label = totalLabel(cells, labelIndexes);
    if (label) {
      const covered = label.kind === "grand" ? rows : rows.slice(blockStart);
      typedTotals.push({
        row,
        label: label.text,
        kind: label.kind,
        place: "inside",
        values: totalValues(cells, row),
        computed: [],
        covers: covered.map((r) => r.row),
      });
      blockStart = rows.length;
      continue;
    }
    const record: Record<string, unknown> = { ...blankRecord };
    for (const p of typed) {
      const parsed = readCell(
        p.col.type,
        cells[p.index] ?? null,
        p.col.options,
      );
      if (!(parsed instanceof Unread)) {
        record[p.col.key] = parsed;
        continue;
      }
      if (!parsed.warning) unreadable.push({ key: p.col.key, row });
      findings.push(
        cellFinding(
          table.sheet,
          `${p.letter}${row}`,
          p.col.header,
          parsed.message,
          parsed.warning,
          cells[p.index],
        ),
      );
    }
    let result = schema.safeParse(complete(record));
    if (!result.success) {
      // A value the schema refuses is a finding, and the row stays with that value unknown:
      // dropping the row would take its other figures out of every total, silently.
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? "");
        const p = present.find((x) => x.col.key === key);
        findings.push(
          finding(
            INVALID,
            table.sheet,
            `${p?.letter ?? columnLetters(block.left)}${row}`,
            `${p?.col.header ?? key}: ${issue.message}.`,
          ),
        );
        if (key in record) {
          record[key] = null;
          unreadable.push({ key, row });
        }
      }
      result = schema.safeParse(complete(record));
    }
    if (result.success) rows.push({ value: result.data, row });
  }
  // The template's own "Tổng cộng" row right under the table.
  const belowRow = block.bottom + 2;
  const belowLabel = totalLabel(table.below, labelIndexes);
  if (spec.totals && belowLabel?.kind === "grand") {
    const values = totalValues(table.below, belowRow);
    if (Object.values(values).some((v) => v !== null))
      typedTotals.push({
        row: belowRow,
        label: belowLabel.text,
        kind: "grand",
        place: "below",
        values,
        computed: numeric
          .filter((p) => table.belowFormulas?.[p.index])
          .map((p) => p.col.key),
        covers: rows.map((r) => r.row),
      });
  }
  const inside = typedTotals.filter(
    (t) => t.kind === "grand" && t.place === "inside",
  );
  return {
    sheet: table.sheet,
    table: table.name,
    headerRow,
    columns,
    firstColumn: columnLetters(block.left),
    rows,
    // What the user typed wins over the template's row, whose SUM may even count it twice.
    totals:
      inside.at(-1) ?? typedTotals.find((t) => t.place === "below") ?? null,
    typedTotals,
    unreadable,
  };
}

const NUMERIC = new Set<ColumnSpec["type"]>(["integer", "number", "money"]);

/** The first of a row's label cells (by index) that says "Tổng cộng", "Cộng"… (TCVN3 repaired
 *  first). */
function totalLabel(
  cells: readonly (CellValue | undefined)[],
  indexes: readonly number[],
): { text: string; kind: TotalKind } | null {
  for (const i of indexes) {
    const v = cells[i];
    if (typeof v !== "string") continue;
    const text = unlegacy(v);
    const kind = totalLabelKind(text);
    if (kind) return { text, kind };
  }
  return null;
}

function readKeyValue<T>(
  table: TableData | null,
  spec: KeyValueSheetSpec<T>,
  findings: Finding[],
): KeyValueRead<T> | null {
  if (!table) return null;
  const block = parseRange(table.range);
  const labelIndex = Math.max(0, headerIndex(table.header, { header: "Mục" }));
  const valueIndex = headerIndex(table.header, {
    header: "Nội dung",
    aliases: ["Giá trị"],
  });
  const values: Record<string, unknown> = Object.fromEntries(
    spec.fields.map((f) => [f.key, null]),
  );
  const cells: Record<string, string> = {};
  if (valueIndex < 0) {
    findings.push(
      finding(
        MISSING_COLUMN,
        table.sheet,
        `${columnLetters(block.left)}${block.top + 1}`,
        `Bảng ${quote(spec.tableName)} (sheet ${quote(table.sheet)}) thiếu cột “Nội dung”.`,
      ),
    );
  } else {
    const letter = columnLetters(block.left + valueIndex);
    table.rows.forEach((cells_, i) => {
      const label = String(cells_[labelIndex] ?? "");
      const field = spec.fields.find((f) =>
        [f.label, ...(f.aliases ?? [])].some((l) => fold(l) === fold(label)),
      );
      if (!field) return;
      const row = block.top + 2 + i;
      cells[field.key] = `${letter}${row}`;
      const parsed = parseCell(
        field.type,
        cells_[valueIndex] ?? null,
        field.options,
      );
      if (parsed.ok) values[field.key] = parsed.value;
      else
        findings.push(
          cellFinding(
            table.sheet,
            `${letter}${row}`,
            field.label,
            parsed.message,
            parsed.warning ?? false,
            cells_[valueIndex],
          ),
        );
    });
  }
  const result = spec.schema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      const field = spec.fields.find((f) => f.key === key);
      findings.push(
        finding(
          INVALID,
          table.sheet,
          cells[key] ?? "",
          `${field?.label ?? key}: ${issue.message}.`,
        ),
      );
    }
    return {
      sheet: table.sheet,
      cells: cells as KeyValueRead<T>["cells"],
      values: spec.schema.parse(
        Object.fromEntries(Object.keys(values).map((k) => [k, null])),
      ),
    };
  }
  return {
    sheet: table.sheet,
    values: result.data,
    cells: cells as KeyValueRead<T>["cells"],
  };
}

/** Ends a message with one full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function isBlank(v: CellValue | undefined): boolean {
  return (
    v === null || v === undefined || (typeof v === "string" && v.trim() === "")
  );
}

function cellFinding(
  sheet: string,
  cell: string,
  header: string,
  message: string,
  warning: boolean,
  raw: CellValue | undefined,
): Finding {
  return finding(
    warning ? CODE_AS_NUMBER : UNREADABLE,
    sheet,
    cell,
    `Ô ${cell} (cột ${quote(header)}): ${sentence(message)}`,
    {
      actual:
        raw === null || raw === undefined
          ? undefined
          : typeof raw === "number"
            ? raw
            : String(raw),
    },
  );
}
