/** Where a finding about a table row points. */
import type { TableRead } from "../sheets/read";

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
