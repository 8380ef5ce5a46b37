import ExcelJS from "exceljs";
import { WorkbookError } from "../core/workbook/types";
import { XlsxWorkbook } from "./xlsx-workbook";

describe("XlsxWorkbook (exceljs)", () => {
  test("writes and reads back: text stays text, formulas stay formulas, tables, validation, frozen rows", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await wb.apply([
      { kind: "addSheet", sheet: "S" },
      {
        kind: "write",
        sheet: "S",
        at: "A1",
        cells: [
          [
            { value: "Tên", numberFormat: "@" },
            { value: "Mã", numberFormat: "@" },
            { value: "Số" },
          ],
          [
            { value: "=SUM(1)", numberFormat: "@" },
            { value: "007", numberFormat: "@" },
            { formula: "=1+1", numberFormat: "#,##0" },
          ],
        ],
      },
      { kind: "addTable", sheet: "S", range: "A1:C2", name: "tblS" },
      {
        kind: "validationList",
        sheet: "S",
        range: "B2",
        values: ["007", "008"],
      },
      { kind: "freezeRows", sheet: "S", rows: 1 },
      {
        kind: "hyperlink",
        sheet: "S",
        cell: "E1",
        text: "Đi tới",
        target: { sheet: "S", cell: "C2" },
      },
    ]);
    const back = await XlsxWorkbook.load(ExcelJS, await wb.toBuffer());
    const ws = back.workbook.getWorksheet("S")!;
    expect(ws.getCell("A2").value).toBe("=SUM(1)");
    expect(ws.getCell("B2").value).toBe("007");
    expect(ws.getCell("B2").numFmt).toBe("@");
    expect(ws.getCell("C2").formula).toBe("1+1");
    expect(ws.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"007,008"'],
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("E1").value).toMatchObject({
      text: "Đi tới",
      hyperlink: "#'S'!C2",
    });
    const [t] = await back.readTables(["TBLS"]);
    expect(t).toMatchObject({
      name: "tblS",
      sheet: "S",
      range: "A1:C2",
      header: ["Tên", "Mã", "Số"],
      rows: [["=SUM(1)", "007", null]],
    });
    expect(await back.inspect()).toEqual([
      { name: "S", usedRange: "A1:E2", protected: false, tables: ["tblS"] },
    ]);
  });

  test("refuses what Excel refuses, in Vietnamese", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await wb.apply([{ kind: "addSheet", sheet: "S" }]);
    await expect(wb.apply([{ kind: "addSheet", sheet: "s" }])).rejects.toThrow(
      'Sheet "s" đã có.',
    );
    await expect(
      wb.readRanges([{ sheet: "Không có", range: "A1" }]),
    ).rejects.toThrow('Không tìm thấy sheet "Không có".');
    await expect(
      XlsxWorkbook.load(ExcelJS, new TextEncoder().encode("không phải xlsx")),
    ).rejects.toBeInstanceOf(WorkbookError);
  });

  test("a sheet added at a position keeps that place in the saved file", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await wb.apply([
      { kind: "addSheet", sheet: "A" },
      { kind: "addSheet", sheet: "C" },
      { kind: "deleteSheet", sheet: "A" },
      { kind: "addSheet", sheet: "A", position: 0 },
      { kind: "addSheet", sheet: "B", position: 1 },
    ]);
    const back = await XlsxWorkbook.load(ExcelJS, await wb.toBuffer());
    expect((await back.inspect()).map((s) => s.name)).toEqual(["A", "B", "C"]);
  });
});
