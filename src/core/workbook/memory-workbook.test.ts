import { MemoryWorkbook } from "./memory-workbook";
import { WorkbookError } from "./types";

async function sample(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.apply([
    { kind: "addSheet", sheet: "Sổ tài trợ" },
    {
      kind: "write",
      sheet: "Sổ tài trợ",
      at: "A1",
      cells: [
        [{ value: "STT" }, { value: "Nhà tài trợ" }, { value: "Số tiền" }],
        [
          { value: 1 },
          { value: "=Hội cha mẹ", numberFormat: "@" },
          { value: 36000000, numberFormat: "#,##0" },
        ],
        [
          { value: 2 },
          { value: "0123", numberFormat: "@" },
          { formula: "=C2*2" },
        ],
      ],
    },
    {
      kind: "addTable",
      sheet: "Sổ tài trợ",
      range: "A1:C3",
      name: "tblDonations",
    },
  ]);
  return wb;
}

describe("MemoryWorkbook", () => {
  test("reads a table back by name with its header, body and address", async () => {
    const wb = await sample();
    const [t, missing] = await wb.readTables(["TBLDONATIONS", "tblNone"]);
    expect(missing).toBeNull();
    expect(t).toMatchObject({
      name: "tblDonations",
      sheet: "Sổ tài trợ",
      range: "A1:C3",
      header: ["STT", "Nhà tài trợ", "Số tiền"],
    });
    expect(t?.rows[0]).toEqual([1, "=Hội cha mẹ", 36000000]);
    // Text that looks like a formula or has a leading zero stays text.
    expect(t?.rows[1][1]).toBe("0123");
    // No evaluator: a formula's value is unknown.
    expect(t?.rows[1][2]).toBeNull();
    expect(t?.below).toEqual([null, null, null]);
  });

  test("evaluates formulas through the plugged evaluator", async () => {
    const wb = new MemoryWorkbook((_w, _s, f) => (f === "=1+1" ? 2 : null));
    await wb.apply([
      { kind: "addSheet", sheet: "S" },
      { kind: "write", sheet: "S", at: "B2", cells: [[{ formula: "=1+1" }]] },
    ]);
    expect(
      (await wb.readRanges([{ sheet: "S", range: "B2" }]))[0].values,
    ).toEqual([[2]]);
  });

  test("inspect reports used range, tables and protection", async () => {
    const wb = await sample();
    await wb.apply([{ kind: "addSheet", sheet: "Trống" }]);
    wb.protect("Trống");
    expect(await wb.inspect()).toEqual([
      {
        name: "Sổ tài trợ",
        usedRange: "A1:C3",
        protected: false,
        tables: ["tblDonations"],
      },
      { name: "Trống", usedRange: null, protected: true, tables: [] },
    ]);
    expect(await wb.inspect(["trống"])).toHaveLength(1);
  });

  test("refuses what Excel refuses, with Vietnamese messages", async () => {
    const wb = await sample();
    await expect(
      wb.apply([{ kind: "addSheet", sheet: "Sổ tài trợ" }]),
    ).rejects.toThrow("đã có");
    await expect(
      wb.apply([{ kind: "addSheet", sheet: "a/b" }]),
    ).rejects.toThrow(WorkbookError);
    await expect(
      wb.apply([
        {
          kind: "addTable",
          sheet: "Sổ tài trợ",
          range: "B2:C5",
          name: "tblOther",
        },
      ]),
    ).rejects.toThrow("chồng lên");
    await expect(
      wb.apply([{ kind: "merge", sheet: "Sổ tài trợ", range: "A2:B2" }]),
    ).rejects.toThrow("không cho gộp ô trong bảng");
    await wb.apply([
      { kind: "addSheet", sheet: "Gộp" },
      { kind: "merge", sheet: "Gộp", range: "A2:C2" },
    ]);
    await expect(
      wb.apply([
        { kind: "addTable", sheet: "Gộp", range: "A1:C5", name: "tblX" },
      ]),
    ).rejects.toThrow("vùng có ô gộp");
    wb.protect("Sổ tài trợ");
    await expect(
      wb.apply([
        {
          kind: "write",
          sheet: "Sổ tài trợ",
          at: "A9",
          cells: [[{ value: 1 }]],
        },
      ]),
    ).rejects.toThrow("bảo vệ");
    await expect(wb.select({ sheet: "Không có", cell: "A1" })).rejects.toThrow(
      'Không tìm thấy sheet "Không có"',
    );
  });

  test("select activates the sheet and records the cell", async () => {
    const wb = await sample();
    await wb.select({ sheet: "sổ tài trợ", cell: "C3" });
    expect(wb.active).toBe("Sổ tài trợ");
    expect(wb.selection).toEqual({ sheet: "Sổ tài trợ", cell: "C3" });
  });

  test("with an evaluator, formulas show their values, recomputed after every write; a circular reference shows 0", async () => {
    let evaluations = 0;
    const wb = new MemoryWorkbook((book, sheet, formula) => {
      evaluations++;
      const s = book.sheet(sheet)!;
      if (formula === "=A1*2") return Number(book.displayValue(s, 0, 0)) * 2;
      if (formula === "=C1") return book.displayValue(s, 0, 2);
      return null;
    });
    await wb.apply([
      { kind: "addSheet", sheet: "S" },
      {
        kind: "write",
        sheet: "S",
        at: "A1",
        cells: [[{ value: 21 }, { formula: "=A1*2" }, { formula: "=C1" }]],
      },
    ]);
    const s = wb.sheet("S")!;
    expect(wb.displayValue(s, 0, 1)).toBe(42);
    expect(wb.displayValue(s, 0, 1)).toBe(42);
    expect(evaluations).toBe(1);
    await wb.apply([
      { kind: "write", sheet: "S", at: "A1", cells: [[{ value: 5 }]] },
    ]);
    expect(wb.displayValue(s, 0, 1)).toBe(10);
    expect(wb.displayValue(s, 0, 2)).toBe(0);
  });

  test("a sheet added at a position goes there", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([
      { kind: "addSheet", sheet: "A" },
      { kind: "addSheet", sheet: "C" },
      { kind: "addSheet", sheet: "B", position: 1 },
    ]);
    expect(wb.sheetList.map((x) => x.name)).toEqual(["A", "B", "C"]);
  });

  test("a table grows by rows; the cells it takes in must be empty", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([
      { kind: "addSheet", sheet: "S" },
      {
        kind: "write",
        sheet: "S",
        at: "A1",
        cells: [[{ value: "Mục" }], [{ value: "I" }]],
      },
      { kind: "addTable", sheet: "S", range: "A1:A2", name: "tblN" },
      { kind: "appendTableRows", sheet: "S", table: "tblN", count: 2 },
      { kind: "write", sheet: "S", at: "A4", cells: [[{ value: "II" }]] },
    ]);
    const [t] = await wb.readTables(["tblN"]);
    expect(t!.range).toBe("A1:A4");
    expect(t!.rows).toEqual([["I"], [null], ["II"]]);
    await wb.apply([
      { kind: "write", sheet: "S", at: "A5", cells: [[{ value: "ghi chú" }]] },
    ]);
    await expect(
      wb.apply([
        { kind: "appendTableRows", sheet: "S", table: "tblN", count: 1 },
      ]),
    ).rejects.toThrow(
      'Không thêm được dòng vào bảng "tblN": ô A5 ngay dưới bảng đã có dữ liệu.',
    );
  });
});
