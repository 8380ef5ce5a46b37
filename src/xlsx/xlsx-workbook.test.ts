import ExcelJS from "exceljs";
import JSZip from "jszip";
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

  test("text escapes _xHHHH_ are decoded: shared strings (any case), inline strings, _x005F_ keeps a literal one", async () => {
    const raw = new ExcelJS.Workbook();
    const ws = raw.addWorksheet("S");
    ws.getCell("A1").value = "Dòng 1_x000d_\nDòng 2"; // lower-case hex, as some tools write
    ws.getCell("A2").value = "Mã _x005F_x000D_ giữ nguyên";
    ws.getCell("A3").value = "placeholder";
    const zip = await JSZip.loadAsync(await raw.xlsx.writeBuffer());
    // A3 as an inline string, the way openpyxl and other writers store text.
    const sheet = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(sheet)!.async("string");
    const inline = xml.replace(
      /<c r="A3"([^>]*?) t="s"><v>\d+<\/v><\/c>/,
      '<c r="A3"$1 t="inlineStr"><is><t>Ngôi nhà_x0020_xanh_x0001_ _x005F_x0009_</t></is></c>',
    );
    expect(inline).not.toBe(xml);
    zip.file(sheet, inline);
    const wb = await XlsxWorkbook.load(
      ExcelJS,
      await zip.generateAsync({ type: "uint8array" }),
    );
    const [range] = await wb.readRanges([{ sheet: "S", range: "A1:A3" }]);
    expect(range!.values.map((r) => r[0])).toEqual([
      "Dòng 1\r\nDòng 2",
      "Mã _x000D_ giữ nguyên",
      "Ngôi nhà xanh _x0009_",
    ]);
  });

  test("a table grows by rows and by a column (dropped and made again), kept through save and reload", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await wb.apply([
      { kind: "addSheet", sheet: "S" },
      {
        kind: "write",
        sheet: "S",
        at: "A1",
        cells: [
          [{ value: "Mục" }, { value: "Nội dung" }],
          [{ value: "007", numberFormat: "@" }, { value: "Có sẵn" }],
        ],
      },
      {
        kind: "addTable",
        sheet: "S",
        range: "A1:B2",
        name: "tblN",
        style: "TableStyleLight9",
      },
      { kind: "appendTableRows", sheet: "S", table: "tblN", count: 2 },
      {
        kind: "write",
        sheet: "S",
        at: "A3",
        cells: [
          [
            { value: "1" },
            { value: "=không phải công thức", numberFormat: "@" },
          ],
        ],
      },
      {
        kind: "addTableColumn",
        sheet: "S",
        table: "tblN",
        header: "Nội dung (nhập lần 2)",
      },
    ]);
    const back = await XlsxWorkbook.load(ExcelJS, await wb.toBuffer());
    const [t] = await back.readTables(["tblN"]);
    expect(t!.range).toBe("A1:C4");
    expect(t!.header).toEqual(["Mục", "Nội dung", "Nội dung (nhập lần 2)"]);
    expect(t!.rows).toEqual([
      ["007", "Có sẵn", null],
      ["1", "=không phải công thức", null],
      [null, null, null],
    ]);
    // The cells a table would take in must be empty: nothing under it is swallowed.
    await back.apply([
      { kind: "write", sheet: "S", at: "A5", cells: [[{ value: "ghi chú" }]] },
    ]);
    await expect(
      back.apply([
        { kind: "appendTableRows", sheet: "S", table: "tblN", count: 1 },
      ]),
    ).rejects.toThrow(
      'Không mở rộng được bảng "tblN": ô A5 cạnh bảng đã có dữ liệu.',
    );
  });
});
