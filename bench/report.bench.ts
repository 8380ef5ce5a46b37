/* Reports: a draft from a workbook with 10,000 ledger lines (tree + .docx), its size, and the
 * context.sync() count of refreshing 200 tagged figures in Word. */
import { fieldValues } from "../src/core/report/fields";
import { REPORT_KINDS } from "../src/core/report/kinds";
import { insertTemplates } from "../src/core/sheets/insert";
import { readTables } from "../src/core/sheets/read";
import { TABLE_NAMES } from "../src/core/sheets/registry";
import { MemoryWorkbook } from "../src/core/workbook/memory-workbook";
import { renderDocx } from "../src/report-docx/render-docx";
import { createWordDocument } from "../src/taskpane/word/word-document";
import { counter } from "../test/support/excel-mock";
import { wordMock } from "../test/support/word-mock";
import { report, section, time } from "./harness";
import { bigLedger } from "./workbook.bench";

export async function benchReport(): Promise<void> {
  section("Report draft from a workbook with 10,000 ledger lines");
  const memory = new MemoryWorkbook();
  await insertTemplates(memory, { level: "th-thcs", sample: true });
  const others = (await memory.readTables(TABLE_NAMES)).filter((t) => t && t.name !== "tblDonations").map((t) => t!);
  const tables = [...others, bigLedger(10_000)];
  let bytes: Uint8Array = new Uint8Array();
  for (const id of ["ket-qua-mo-hinh", "so-ket"]) {
    const kind = REPORT_KINDS.find((k) => k.id === id)!;
    const t = await time(id, async () => {
      bytes = await renderDocx(kind.build(readTables(tables).data));
    }, 5, 1);
    report(`${id}: read + build + .docx (median)`, `${t.medianMs.toFixed(0)} ms`, "< 2 s");
    report(`${id}: .docx size (10,000 lines: summary by donor + appendix)`, `${(bytes.length / 1024).toFixed(0)} KB`);
  }
  const sample = await renderDocx(REPORT_KINDS[0].build(readTables(await memory.readTables(TABLE_NAMES).then((x) => x.filter((t) => t !== null).map((t) => t!))).data));
  report("ket-qua-mo-hinh of the sample school: .docx size", `${(sample.length / 1024).toFixed(1)} KB`);

  section("Word: refreshing 200 tagged figures");
  const controls = Array.from({ length: 200 }, (_, i) => ({ tag: `dvk:f${i}`, text: String(i) }));
  const m = wordMock(controls, counter);
  const values = new Map(Array.from({ length: 200 }, (_, i) => [`f${i}`, `${i}*`]));
  const r = await createWordDocument(m.run, () => true).refreshFields(values);
  report("context.sync() for the refresh", `${(m.sync as unknown as { count: number }).count} syncs`, "≤ 2");
  report("  figures changed", String(r.changed.length));
  report("  fields in the sample report (keys)", String(fieldValues(REPORT_KINDS[1].build(readTables(tables).data)).size));
}
