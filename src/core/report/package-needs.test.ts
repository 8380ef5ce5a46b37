import { insertTemplates } from "../sheets/insert";
import { readTables } from "../sheets/read";
import { SHEETS, TABLE_NAMES } from "../sheets/registry";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import type { TableData } from "../workbook/types";
import { REPORT_KINDS } from "./kinds";
import { makePackage, parsePackage } from "./package";
import { reportReads } from "./package-needs";

/** The sample school's tables, as the Excel pane reads them. */
async function sampleTables(): Promise<TableData[]> {
  const wb = new MemoryWorkbook();
  await insertTemplates(wb, { level: "th-thcs", sample: true });
  return (await wb.readTables(TABLE_NAMES)).filter(
    (t): t is TableData => t !== null,
  );
}

/** Every cell value of a package, as text. */
const cells = (tables: readonly TableData[]) =>
  tables.flatMap((t) => [...t.rows.flat(), ...t.below]).map(String);

describe("the hand-off package holds what the reports read, and nothing personal", () => {
  let tables: TableData[];
  let roster: { phones: string[]; ids: string[] };
  beforeAll(async () => {
    tables = await sampleTables();
    const data = readTables(tables).data;
    roster = {
      phones: data.roster!.rows.map((r) => r.value.phone!),
      ids: data.roster!.rows.map((r) => r.value.personalId!),
    };
    // The sample has people with phone and ID numbers, and donors with a phone.
    expect(roster.phones.length).toBeGreaterThan(10);
    expect(cells(tables)).toEqual(
      expect.arrayContaining([...roster.phones, ...roster.ids, "0909 123 456"]),
    );
  });

  test.each(REPORT_KINDS.map((k) => [k.id]))(
    "%s: no roster, no phone or ID number, no donor contact",
    (id) => {
      const pkg = makePackage(tables, "Sổ DVK.xlsx", new Date(), [id]);
      expect(pkg.tables.map((t) => t.name)).not.toContain(
        SHEETS.roster.tableName,
      );
      const values = cells(pkg.tables as TableData[]);
      for (const v of [
        ...roster.phones,
        ...roster.ids,
        "0909 123 456",
        "0292 3821 888",
      ])
        expect(values).not.toContain(v);
      // The roster's columns are read by no kind: derived by building, not listed by hand.
      expect(reportReads(readTables(tables).data, [id]).has("roster")).toBe(
        false,
      );
    },
  );

  test("the default package (every kind, the Word pane chooses later) leaves them out too", () => {
    const pkg = makePackage(tables, "Sổ DVK.xlsx");
    expect(pkg.tables.map((t) => t.name)).not.toContain(
      SHEETS.roster.tableName,
    );
    const donations = pkg.tables.find(
      (t) => t.name === SHEETS.donations.tableName,
    )!;
    const contact = donations.header.indexOf("Địa chỉ / liên hệ");
    expect(contact).toBeGreaterThan(-1);
    expect(donations.rows.every((r) => r[contact] === null)).toBe(true);
    expect(JSON.stringify(pkg).length).toBeLessThan(
      JSON.stringify(tables).length * 0.8,
    );
  });

  test.each(REPORT_KINDS.map((k) => [k.id]))(
    "%s: built from its package (through JSON), the report is the one built from the workbook",
    (id) => {
      const kind = REPORT_KINDS.find((k) => k.id === id)!;
      const full = readTables(tables).data;
      for (const kinds of [[id], undefined]) {
        const back = parsePackage(
          JSON.stringify(makePackage(tables, "Sổ DVK.xlsx", new Date(), kinds)),
        );
        if (!back.ok) throw new Error(back.message);
        const data = readTables(back.value.tables).data;
        const models =
          id === "dang-ky-mo-hinh" ? (full.models?.rows.length ?? 1) : 1;
        for (let modelIndex = 1; modelIndex <= models; modelIndex++)
          expect(JSON.stringify(kind.build(data, { modelIndex }))).toBe(
            JSON.stringify(kind.build(full, { modelIndex })),
          );
      }
    },
  );
});
