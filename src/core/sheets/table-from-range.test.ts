import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { reportFigures } from "../figures/figures";
import { insertTemplates } from "./insert";
import { readWorkbook } from "./read";

/** The sample workbook with every Excel table object dropped, as Google Sheets and some exports
 *  leave it: the cells stay, the tables are gone. */
async function withoutTables(
  edit?: (wb: XlsxWorkbook) => Promise<void>,
): Promise<{ before: XlsxWorkbook; after: XlsxWorkbook }> {
  const before = XlsxWorkbook.create(ExcelJS);
  await insertTemplates(before, { level: "th-thcs", sample: true });
  if (edit) await edit(before);
  const copy = await XlsxWorkbook.load(
    ExcelJS,
    await before.toBuffer(),
    "mau.xlsx",
  );
  for (const ws of copy.workbook.worksheets)
    for (const t of Object.keys(
      (ws as unknown as { tables: Record<string, unknown> }).tables,
    ))
      ws.removeTable(t);
  const after = await XlsxWorkbook.load(
    ExcelJS,
    await copy.toBuffer(),
    "khong-bang.xlsx",
  );
  expect((await after.inspect()).every((s) => s.tables.length === 0)).toBe(
    true,
  );
  return { before, after };
}

describe("tables whose Excel table object was lost are found by their headers", () => {
  test("the sample school without any table object reads the same records, findings and figures", async () => {
    const { before, after } = await withoutTables();
    const a = await readWorkbook(before);
    const b = await readWorkbook(after);
    for (const key of [
      "general",
      "staff",
      "roster",
      "students",
      "donations",
      "models",
      "legalRefs",
    ] as const) {
      const x = a.data[key] as { rows?: unknown[]; values?: unknown } | null;
      const y = b.data[key] as { rows?: unknown[]; values?: unknown } | null;
      expect([key, y?.rows?.length ?? (y?.values ? 1 : 0)]).toEqual([
        key,
        x?.rows?.length ?? (x?.values ? 1 : 0),
      ]);
    }
    expect(b.data.donations?.rows.map((r) => r.value.amount)).toEqual(
      a.data.donations?.rows.map((r) => r.value.amount),
    );
    expect(b.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual(
      a.findings.map((f) => [f.rule, f.sheet, f.cell]),
    );
    expect(
      [...reportFigures(b.data).values()].map((f) => [f.key, f.value]),
    ).toEqual([...reportFigures(a.data).values()].map((f) => [f.key, f.value]));
  });

  test("a “Tổng cộng” typed over the template's formula still stands; the formula's result does not", async () => {
    const { after } = await withoutTables(async (wb) => {
      await wb.apply([
        {
          kind: "write",
          sheet: "CB-GV-NV",
          at: "B17",
          cells: [[{ value: 65 }]],
        },
      ]);
    });
    const { data } = await readWorkbook(after);
    expect(data.staff?.totals?.row).toBe(17);
    expect(data.staff?.totals?.values.total).toBe(65);
    expect(data.staff?.totals?.computed).toContain("female");
    const f = reportFigures(data);
    expect([
      f.get("staff.total")?.value,
      f.get("staff.total")?.conflict,
    ]).toEqual([65, true]);
    expect(f.get("staff.female")?.source).toBe("sum");
  });
});
