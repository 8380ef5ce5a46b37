/** Where a finding about a table row points, and the findings of fields a row must have. */
import {
  finding,
  type Finding,
  type RuleRef,
  type Severity,
} from "../model/finding";
import type { TableRead } from "../sheets/read";
import { columnIndex, parseRange } from "../workbook/a1";
import type { CellValue, TableData } from "../workbook/types";

/**
 * The address of the cell of column `key` on sheet row `row`, found by header text when the
 * table was read — never assumed from a template's layout. A column the table lacks points at
 * the row's first cell.
 * @example cellOf(donations, "amount", 7) // "K7" (or "M7" when the user inserted two columns)
 */
export function cellOf<T>(
  table: TableRead<T>,
  key: keyof T & string,
  row: number,
): string {
  return `${table.columns[key] ?? table.firstColumn}${row}`;
}

/** A field every row must have: when it is `missing`, a finding at its cell. */
export interface RequiredField<T> {
  readonly key: keyof T & string;
  /** Whether the row lacks it (default: the field is empty). */
  readonly missing?: (row: T) => boolean;
  readonly message: (row: T) => string;
  /** Overrides the rule's severity for this field. */
  readonly severity?: Severity;
}

/** The findings of every required field missing from every row of the table. */
export function missingFields<T>(
  rule: RuleRef,
  table: TableRead<T>,
  fields: readonly RequiredField<T>[],
): Finding[] {
  const out: Finding[] = [];
  for (const { value, row } of table.rows)
    for (const f of fields) {
      const missing = f.missing
        ? f.missing(value)
        : value[f.key] === null || value[f.key] === "";
      if (missing)
        out.push(
          finding(
            rule,
            table.sheet,
            cellOf(table, f.key, row),
            f.message(value),
            { severity: f.severity },
          ),
        );
    }
  return out;
}

/** The cells of column `key` as they stand in the workbook (before typing), by sheet row: for
 *  checks on how a value was written (a number typed as text). Undefined outside the table. */
export function rawColumn<T>(
  tables: readonly TableData[],
  table: TableRead<T>,
  key: keyof T & string,
): (row: number) => CellValue | undefined {
  const letter = table.columns[key];
  const data = tables.find((t) => t.name === table.table);
  if (!letter || !data) return () => undefined;
  const block = parseRange(data.range);
  const col = columnIndex(letter) - block.left;
  return (row) => data.rows[row - block.top - 2]?.[col];
}
