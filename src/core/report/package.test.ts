import { MemoryWorkbook } from "../workbook/memory-workbook";
import { insertTemplates } from "../sheets/insert";
import { readTables } from "../sheets/read";
import { TABLE_NAMES } from "../sheets/registry";
import { fieldValues } from "./fields";
import { REPORT_KINDS } from "./kinds";
import {
  makePackage,
  PACKAGE_KEY,
  parsePackage,
  removeStalePackage,
  takePackage,
  type PackageStorage,
} from "./package";

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

/** OfficeRuntime.storage as the panes use it, in memory, counting removals. */
class FakeStorage implements PackageStorage {
  readonly items = new Map<string, string>();
  removed = 0;
  async get(key: string) {
    return this.items.get(key) ?? null;
  }
  async set(key: string, value: string) {
    this.items.set(key, value);
  }
  async remove(key: string) {
    this.removed++;
    this.items.delete(key);
  }
}

describe("the package in storage: taken once, never left for long", () => {
  const saved = new Date("2026-11-22T09:00:00Z");
  const later = (hours: number) => new Date(saved.getTime() + hours * 3600_000);
  let json: string;
  beforeAll(async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    json = JSON.stringify(
      makePackage(await wb.readTables(TABLE_NAMES), "Sổ DVK.xlsx", saved),
    );
  });

  test("the Word pane's read removes it: a second read finds nothing", async () => {
    const storage = new FakeStorage();
    await storage.set(PACKAGE_KEY, json);
    const first = await takePackage(storage, later(2));
    expect(first.ok && first.value.source).toBe("Sổ DVK.xlsx");
    expect(storage.items.has(PACKAGE_KEY)).toBe(false);
    expect(storage.removed).toBe(1);
    const second = await takePackage(storage, later(2));
    expect(second).toEqual({
      ok: false,
      message: expect.stringContaining("Chưa có dữ liệu gửi từ Excel"),
    });
  });

  test("an item older than a day is removed and refused, with what to do", async () => {
    const storage = new FakeStorage();
    await storage.set(PACKAGE_KEY, json);
    const r = await takePackage(storage, later(25));
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining("quá một ngày"),
    });
    expect(!r.ok && r.message).toContain("Gửi sang Word");
    expect(storage.items.has(PACKAGE_KEY)).toBe(false);
  });

  test("a broken item is removed too", async () => {
    const storage = new FakeStorage();
    await storage.set(PACKAGE_KEY, "{");
    expect((await takePackage(storage, later(1))).ok).toBe(false);
    expect(storage.items.has(PACKAGE_KEY)).toBe(false);
  });

  test("as a pane opens, a stale or unreadable item is removed unread; a fresh one stays", async () => {
    const storage = new FakeStorage();
    await storage.set(PACKAGE_KEY, json);
    expect(await removeStalePackage(storage, later(23))).toBe(false);
    expect(storage.items.has(PACKAGE_KEY)).toBe(true);
    expect(await removeStalePackage(storage, later(24.5))).toBe(true);
    expect(storage.items.has(PACKAGE_KEY)).toBe(false);
    await storage.set(PACKAGE_KEY, "not json");
    expect(await removeStalePackage(storage, later(1))).toBe(true);
    expect(storage.items.has(PACKAGE_KEY)).toBe(false);
    expect(await removeStalePackage(storage, later(1))).toBe(false);
  });
});
