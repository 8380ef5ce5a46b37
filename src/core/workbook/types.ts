/**
 * The workbook seam: what every feature asks of a workbook, whatever hosts it — Excel through
 * Office.js, the in-memory preview workbook, or an .xlsx file through exceljs. Writes are
 * declarative operations applied as one batch; reads return plain 2-D arrays.
 */

/** A cell's value as Office.js and exceljs exchange it. `null` is an empty cell. */
export type CellValue = string | number | boolean | null;

/** One cell to write: a literal value or a formula (beginning with "="), and its number format.
 *  A literal string is always stored as text, never interpreted as a formula. */
export interface CellInput {
  readonly value?: CellValue;
  readonly formula?: string;
  /** Excel number format code (locale-independent): "#,##0", "dd/mm/yyyy", "@" for text. */
  readonly numberFormat?: string;
}

/** Visual style of a range; every field optional. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  /** "#RRGGBB" background fill. */
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly verticalAlignment?: "Top" | "Center" | "Bottom";
  readonly wrapText?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  readonly borders?: boolean;
}

/** A declarative write to the workbook. Ranges are A1 addresses on the named sheet. */
export type WorkbookOp =
  /** A new sheet, at the end, or at `position` (0-based, in workbook order) when given. */
  | {
      readonly kind: "addSheet";
      readonly sheet: string;
      readonly position?: number;
    }
  | { readonly kind: "deleteSheet"; readonly sheet: string }
  /** The sheet renamed to `to` (references to it follow, as in Excel). */
  | {
      readonly kind: "renameSheet";
      readonly sheet: string;
      readonly to: string;
    }
  /** The sheet hidden (Excel: visibility "Hidden"; the user can unhide it). */
  | { readonly kind: "hideSheet"; readonly sheet: string }
  /** A defined name scoped to the sheet, referring to `range` on it: a marker no one types
   *  into a cell by accident (it travels with the sheet when renamed and goes when deleted). */
  | {
      readonly kind: "defineName";
      readonly sheet: string;
      readonly name: string;
      readonly range: string;
    }
  | {
      readonly kind: "write";
      readonly sheet: string;
      readonly at: string;
      readonly cells: readonly (readonly CellInput[])[];
    }
  | {
      readonly kind: "style";
      readonly sheet: string;
      readonly range: string;
      readonly style: CellStyle;
    }
  | { readonly kind: "merge"; readonly sheet: string; readonly range: string }
  /** Column widths in characters of the default font, starting at a 0-based column index. */
  | {
      readonly kind: "columnWidths";
      readonly sheet: string;
      readonly firstColumn: number;
      readonly widths: readonly number[];
    }
  /** An Excel table over `range` (header row included), named with an ASCII name. */
  | {
      readonly kind: "addTable";
      readonly sheet: string;
      readonly range: string;
      readonly name: string;
      readonly style?: string;
    }
  /** A new column at the right end of an existing table (the cells right of it must be empty). */
  | {
      readonly kind: "addTableColumn";
      readonly sheet: string;
      readonly table: string;
      readonly header: string;
    }
  /** `count` blank rows at the bottom of an existing table's body (the cells under it must be
   *  empty where the host cannot shift them); fill them with a `write`. */
  | {
      readonly kind: "appendTableRows";
      readonly sheet: string;
      readonly table: string;
      readonly count: number;
    }
  /** A drop-down list on `range`. With `source`, the list is the cells of that range (Excel
   *  splits an inline list at commas, so lists whose items hold commas must come from cells);
   *  `values` are then the same items, for messages and hosts that cannot show a range. */
  | {
      readonly kind: "validationList";
      readonly sheet: string;
      readonly range: string;
      readonly values: readonly string[];
      readonly source?: { readonly sheet: string; readonly range: string };
    }
  | {
      readonly kind: "freezeRows";
      readonly sheet: string;
      readonly rows: number;
    }
  /** Printing: landscape A4, all columns on one page width. */
  | {
      readonly kind: "pageSetup";
      readonly sheet: string;
      readonly landscape: boolean;
    }
  | {
      readonly kind: "hyperlink";
      readonly sheet: string;
      readonly cell: string;
      readonly text: string;
      readonly target: CellRef;
    }
  | { readonly kind: "activate"; readonly sheet: string };

/** A cell on a sheet. */
export interface CellRef {
  readonly sheet: string;
  /** A1 address, e.g. "C7". */
  readonly cell: string;
}

/** What a feature needs to know of a sheet before writing to it. */
export interface SheetInfo {
  readonly name: string;
  /** Address of the used range ("A1:F20"), or null when the sheet holds nothing. */
  readonly usedRange: string | null;
  readonly protected: boolean;
  /** Names of the Excel tables on the sheet. */
  readonly tables: readonly string[];
  /** Defined names that refer to the sheet (scoped to it, or workbook names pointing into it);
   *  absent when the host cannot tell. */
  readonly names?: readonly string[];
  /** Whether the sheet is hidden; absent when the host cannot tell. */
  readonly hidden?: boolean;
}

/** A table read back: its header row and body values, with the address of the whole table. */
export interface TableData {
  readonly name: string;
  readonly sheet: string;
  /** Address of the whole table, header included, e.g. "A3:P120". */
  readonly range: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** The row right under the table, as wide as the table (a template's totals row). */
  readonly below: readonly CellValue[];
  /** Which cells of `below` hold a formula (their value is a result, not typed); absent when
   *  the host cannot tell (then every value counts as typed). */
  readonly belowFormulas?: readonly boolean[];
}

/** A plain range read back. */
export interface RangeData {
  readonly sheet: string;
  readonly range: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Which cells hold a formula, when asked for (`readRanges(refs, { formulas: true })`). */
  readonly formulas?: readonly (readonly boolean[])[];
}

/** What `apply` could not do on this host (an older Excel), in Vietnamese for the user. */
export interface ApplyReport {
  readonly skipped: readonly {
    readonly sheet: string;
    readonly message: string;
  }[];
}

/** The seam every workbook feature uses. Implementations batch: each call is one round of
 *  host traffic (Office.js: a small fixed number of `context.sync()`, counted in tests). */
export interface WorkbookHost {
  readonly kind: "excel" | "preview" | "file";
  /** Sheets by name, in workbook order; `names` restricts to those (missing ones are omitted). */
  inspect(names?: readonly string[]): Promise<readonly SheetInfo[]>;
  /** Tables by name; a missing table gives `null` at its position. */
  readTables(names: readonly string[]): Promise<readonly (TableData | null)[]>;
  /** Values of ranges, in one batch; with `formulas`, also which cells hold a formula. */
  readRanges(
    refs: readonly { readonly sheet: string; readonly range: string }[],
    options?: { readonly formulas?: boolean },
  ): Promise<readonly RangeData[]>;
  /** Applies the operations in order as one batch. A host too old for some operation skips it
   *  and says so in the report (nothing is reported when everything was applied). */
  apply(ops: readonly WorkbookOp[]): Promise<ApplyReport | void>;
  /** Activates the sheet and selects the cell (the "go to" of a finding). */
  select(ref: CellRef): Promise<void>;
}

/** A failure of the host, with a Vietnamese message for the user. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
