/**
 * Sheet specs: each workbook sheet described once, as data. The planner renders a spec to
 * workbook operations (Excel, in-memory, .xlsx alike); the reader uses the same spec to find
 * columns by header text and to type each cell.
 */
import type { z } from "zod";
import type { SchoolLevel } from "../model/enums";
import type { CellValue } from "../workbook/types";

/** How a column's cells are typed, formatted and read. */
export const ColumnType = {
  /** Free text; cells formatted "@" so "=…", "+…" and leading zeros stay text. */
  text: "text",
  /** Text from a validation list. */
  list: "list",
  /** Whole counts (people, classes): "#,##0". */
  integer: "integer",
  /** Quantities, possibly with decimals. */
  number: "number",
  /** Amounts in VND: "#,##0". */
  money: "money",
  /** Dates: "dd/mm/yyyy", stored as Excel serial numbers. */
  date: "date",
  /** Phone numbers and ID numbers: text, never numbers (leading zeros!). */
  code: "code",
  /** Computed by a formula; read back as the number or text it shows, never judged. */
  formula: "formula",
} as const;
export type ColumnType = (typeof ColumnType)[keyof typeof ColumnType];

/** Excel number format for each column type (locale-independent codes). */
export const NUMBER_FORMAT: Readonly<Record<ColumnType, string>> = {
  text: "@",
  list: "@",
  code: "@",
  integer: "#,##0",
  number: "#,##0.##",
  money: "#,##0",
  date: "dd/mm/yyyy",
  formula: "#,##0",
};

/** Column letter of a key in the same row, for formulas. */
export type ColumnOf = (key: string) => string;

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** Header text written and looked for (Vietnamese, NFC). */
  readonly header: string;
  /** Other header texts accepted when reading (abbreviations, older templates). */
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  /** Width in characters. */
  readonly width: number;
  /** Validation list (display values). */
  readonly list?: readonly string[];
  /** For list columns of an enumeration: model key → display value (the reader maps back). */
  readonly options?: Readonly<Record<string, string>>;
  /** Reading fails with a finding when the column is missing. */
  readonly required?: boolean;
  /** Formula for the cell of sheet row `row` (1-based); a value given by the data wins. */
  readonly formula?: (row: number, col: ColumnOf) => string;
  /** Number format overriding the type's. */
  readonly numberFormat?: string;
  /** Long text: the column's cells wrap, aligned to the top. */
  readonly wrap?: boolean;
}

/** A sheet holding one Excel table: title, note, header row, body rows, optional totals row.
 *  `Row` is the record each body row becomes (its zod `schema`); `K` the column keys, which are
 *  the record's keys plus computed columns (an average, a citation). */
export interface TableSheetSpec<Row = unknown, K extends string = string> {
  readonly kind: "table";
  readonly sheetName: string;
  /** Stable ASCII table name. */
  readonly tableName: string;
  readonly title: string;
  readonly note: string;
  readonly columns: readonly ColumnSpec<K>[];
  /** What every body row must be, checked when the table is read. */
  readonly schema: z.ZodType<Row>;
  /** Fields derived from the others before the schema is checked (the staff category of a
   *  statistics row's label). */
  readonly complete?: (
    record: Record<string, unknown>,
  ) => Record<string, unknown>;
  /** Rows the template always has (statistics by category), for a school level. */
  readonly fixedRows?: (
    level: SchoolLevel,
  ) => readonly Partial<Record<K, CellValue>>[];
  /** Columns where a total row typed inside the table says so ("Tổng cộng", "Cộng", "TC"…):
   *  such rows are totals, compared with the rows they total, never added as data. */
  readonly totalLabelKeys?: readonly K[];
  /** Totals row written right under the table: a label and SUM formulas. */
  readonly totals?: {
    readonly labelKey: K;
    readonly label: string;
    readonly sumKeys: readonly K[];
  };
  /** Empty rows of an open list (ledger, models…) in a template without data. */
  readonly blankRows: number;
}

/** One field of a key–value sheet (Thông tin chung). */
export interface FieldSpec<K extends string = string> {
  readonly key: K;
  readonly label: string;
  readonly aliases?: readonly string[];
  readonly type: "text" | "list" | "date" | "integer";
  readonly list?: readonly string[];
  /** Model key → display value, for list fields of an enumeration. */
  readonly options?: Readonly<Record<string, string>>;
  /** Guidance shown beside the field. */
  readonly hint: string;
  /** A report needs it: the checks flag it when empty, the drafts show a prompt. */
  readonly required?: boolean;
}

/** A sheet holding a two-column table "Mục" | "Nội dung" (plus guidance). */
export interface KeyValueSheetSpec<
  Values = unknown,
  K extends string = string,
> {
  readonly kind: "keyValue";
  readonly sheetName: string;
  readonly tableName: string;
  readonly title: string;
  readonly note: string;
  readonly fields: readonly FieldSpec<K>[];
  /** What the values must be, checked when the sheet is read. */
  readonly schema: z.ZodType<Values>;
}

/** A sheet computed from other sheets by formulas (Tổng hợp tài trợ): no table of its own. */
export interface DerivedSheetSpec {
  readonly kind: "derived";
  readonly sheetName: string;
}

export type SheetSpec = TableSheetSpec | KeyValueSheetSpec | DerivedSheetSpec;

/** Header row of every table sheet (title on row 1, note on row 2). */
export const HEADER_ROW = 3;
