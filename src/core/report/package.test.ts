import { MemoryWorkbook } from "../workbook/memory-workbook";
import { insertTemplates } from "../sheets/insert";
import { readTables } from "../sheets/read";
import { TABLE_NAMES } from "../sheets/registry";
import { fieldValues } from "./fields";
import { REPORT_KINDS } from "./kinds";
import { makePackage, parsePackage } from "./package";

describe("the Excel → Word report package", () => {
  test("round-trips through JSON and builds the same report", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    const tables = await wb.readTables(TABLE_NAMES);
    const pkg = makePackage(
      tables,
      "Sổ DVK.xlsx",
      new Date("2026-11-22T09:00:00Z"),
    );
    const back = parsePackage(JSON.stringify(pkg));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const a = fieldValues(REPORT_KINDS[0].build(readTables(tables).data));
    const b = fieldValues(
      REPORT_KINDS[0].build(readTables(back.value.tables).data),
    );
    expect([...b]).toEqual([...a]);
    expect(a.get("donations.total")).toBe("332,4 triệu đồng");
  });

  test("missing or broken packages give a Vietnamese message", () => {
    expect(parsePackage(null)).toEqual({
      ok: false,
      message: expect.stringContaining("Gửi sang Word"),
    });
    expect(parsePackage("{")).toEqual({
      ok: false,
      message: "Dữ liệu gửi từ Excel bị hỏng; hãy gửi lại từ Excel.",
    });
    expect(parsePackage('{"version":2}').ok).toBe(false);
  });
});
