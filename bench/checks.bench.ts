/* Checks: every rule over a workbook with a 100,000-row ledger (Node), and the syncs of a whole
 * check through the Excel adapter. */
import { describeCounts } from "../src/core/model/finding";
import { runChecks } from "../src/core/checks/run";
import { insertTemplates } from "../src/core/sheets/insert";
import { readTables } from "../src/core/sheets/read";
import { TABLE_NAMES } from "../src/core/sheets/registry";
import { MemoryWorkbook } from "../src/core/workbook/memory-workbook";
import { checkWorkbook } from "../src/core/checks/check-workbook";
import { createExcelWorkbook } from "../src/taskpane/excel/excel-workbook";
import { counter, createExcelMock } from "../test/support/excel-mock";
import { report, section, time } from "./harness";
import { bigLedger } from "./workbook.bench";

export async function benchChecks(): Promise<void> {
  section("Checks: every rule over a workbook with a 100,000-row ledger");
  const memory = new MemoryWorkbook();
  await insertTemplates(memory, { level: "th-thcs", sample: true });
  const others = (
    await memory.readTables(TABLE_NAMES)
  ).filter((t) => t && t.name !== "tblDonations");
  const tables = [...others.map((t) => t!), bigLedger(100_000)];
  const read = readTables(tables);
  const rules = await time("rules", () => runChecks(read), 7, 2);
  const all = await time(
    "read+rules",
    () => runChecks(readTables(tables)),
    5,
    1,
  );
  const r = runChecks(read);
  report("all rules (median)", `${rules.medianMs.toFixed(1)} ms`, "< 1 s");
  report(
    "read + validate + all rules (median)",
    `${all.medianMs.toFixed(1)} ms`,
  );
  report(
    "  findings",
    `${r.findings.length} (${describeCounts(r.counts)})`,
  );

  const sample = await memory.readTables(
    TABLE_NAMES,
  );
  const mock = createExcelMock(
    {
      sheets: [...new Set(sample.map((t) => t!.sheet))].map((name) => ({
        name,
        usedRange: "A1:Z100",
        protected: false,
      })),
      tables: sample.map((t) => ({
        name: t!.name,
        sheet: t!.sheet,
        range: t!.range,
        values: [t!.header as unknown[], ...(t!.rows as unknown[][])],
        below: t!.below as unknown[],
      })),
    },
    counter,
  );
  await checkWorkbook(createExcelWorkbook(mock.run));
  report(
    "Excel adapter: syncs for a whole check (sample workbook)",
    `${(mock.sync as unknown as { count: number }).count} syncs`,
    "≤ 3",
  );
}
