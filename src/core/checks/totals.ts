/** Total rows the user typed (under the table or inside it) against the rows they total: the
 *  shared comparison of the staff and student statistics. */
import { finding, type Finding, type RuleRef } from "../model/finding";
import type { Located, TableRead, TypedTotal } from "../sheets/read";
import { n } from "./format";

/**
 * For each typed total and each count column: a finding at the total's cell when it differs from
 * the sum of the rows it totals. A total whose parts are all blank is a figure without a
 * breakdown, not a mismatch. `describe` writes the message's start ("Tổng CB-GV-NV 65 ≠ BGH 3 +
 * GV 40 + NV 18 = 61").
 */
export function totalMismatches<T, K extends keyof T & string>(
  rule: RuleRef,
  table: TableRead<T>,
  keys: readonly K[],
  describe: (
    key: K,
    typed: number,
    rows: readonly Located<T>[],
    sum: number,
  ) => string,
): Finding[] {
  const out: Finding[] = [];
  for (const total of table.typedTotals) {
    const rows = table.rows.filter((r) => total.covers.includes(r.row));
    for (const key of keys) {
      const typed = total.values[key];
      const col = table.columns[key];
      if (typed === null || typed === undefined || !col) continue;
      if (rows.every((r) => r.value[key] === null)) continue;
      const sum = rows.reduce(
        (s, r) => s + ((r.value[key] as number | null) ?? 0),
        0,
      );
      if (typed === sum) continue;
      out.push(
        finding(
          rule,
          table.sheet,
          `${col}${total.row}`,
          `${describe(key, typed, rows, sum)}, lệch ${n(Math.abs(typed - sum))}${countedTwice(table, total, key, sum)}.`,
          { expected: sum, actual: typed },
        ),
      );
    }
  }
  return out;
}

/** The template's row under the table also adding a total row typed inside it. */
function countedTwice<T>(
  table: TableRead<T>,
  total: TypedTotal,
  key: string,
  sum: number,
): string {
  if (total.place !== "below") return "";
  const inside = table.typedTotals.filter(
    (t) => t.place === "inside" && t.values[key] !== null,
  );
  const extra = inside.reduce((s, t) => s + (t.values[key] ?? 0), 0);
  return inside.length && total.values[key] === sum + extra
    ? ` (dòng này cộng cả dòng tổng gõ trong bảng ở hàng ${inside.map((t) => t.row).join(", ")})`
    : "";
}
