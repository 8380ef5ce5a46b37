import { createExcelMock } from "../../../test/support/excel-mock";
import { WorkbookError } from "../../core/workbook/types";
import {
  chunkRows,
  createExcelWorkbook,
  FIRST_CHUNK_ROWS,
} from "./excel-workbook";

const ledgerHeader = ["STT", "Ngày", "Nhà tài trợ", "Số tiền"];
function ledger(rows: number): unknown[][] {
  return [
    ledgerHeader,
    ...Array.from({ length: rows }, (_, i) => [
      i + 1,
      45000 + (i % 300),
      `Nhà tài trợ ${i + 1}`,
      (i + 1) * 1000,
    ]),
  ];
}

describe("Excel workbook adapter", () => {
  test("apply queues every operation and syncs once", async () => {
    const mock = createExcelMock({
      sheets: [{ name: "Sổ tài trợ", usedRange: null, protected: false }],
      tables: [],
    });
    const wb = createExcelWorkbook(mock.run, () => true);
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
            { formula: "=B2*2", numberFormat: "#,##0" },
          ],
        ],
      },
      {
        kind: "addTable",
        sheet: "Sổ tài trợ",
        range: "A1:C2",
        name: "tblDonations",
      },
      {
        kind: "validationList",
        sheet: "Sổ tài trợ",
        range: "B2:B2",
        values: ["tiền mặt", "chuyển khoản", "hiện vật"],
      },
      {
        kind: "columnWidths",
        sheet: "Sổ tài trợ",
        firstColumn: 0,
        widths: [6],
      },
      {
        kind: "style",
        sheet: "Sổ tài trợ",
        range: "A1:C1",
        style: { bold: true, fill: "#C8102E", borders: true },
      },
      { kind: "freezeRows", sheet: "Sổ tài trợ", rows: 1 },
      {
        kind: "hyperlink",
        sheet: "Sổ tài trợ",
        cell: "D1",
        text: "Đi tới",
        target: { sheet: "Sổ tài trợ", cell: "C2" },
      },
    ]);
    expect(mock.sync).toHaveBeenCalledTimes(1);
    const at = (target: string, action: string) =>
      mock.calls
        .filter((c) => c.target === target && c.action === action)
        .map((c) => c.arg);
    // Formats first, then literal values (null = leave as is), then formulas.
    const order = mock.calls
      .filter((c) => c.target === "Sổ tài trợ!A1:C2")
      .map((c) => c.action);
    expect(order).toEqual(["numberFormat", "values", "formulas"]);
    expect(at("Sổ tài trợ!A1:C2", "numberFormat")).toEqual([
      [
        [null, null, null],
        [null, "@", "#,##0"],
      ],
    ]);
    expect(at("Sổ tài trợ!A1:C2", "values")).toEqual([
      [
        ["STT", "Nhà tài trợ", "Số tiền"],
        [1, "=Hội cha mẹ", null],
      ],
    ]);
    expect(at("Sổ tài trợ!A1:C2", "formulas")).toEqual([
      [
        [null, null, null],
        [null, null, "=B2*2"],
      ],
    ]);
    expect(at("Sổ tài trợ", "tables.add")).toEqual([["A1:C2", true]]);
    expect(at("table@Sổ tài trợ!A1:C2", "name")).toEqual(["tblDonations"]);
    expect(at("Sổ tài trợ!B2:B2", "rule")).toEqual([
      {
        list: {
          inCellDropDown: true,
          source: "tiền mặt,chuyển khoản,hiện vật",
        },
      },
    ]);
    expect(at("Sổ tài trợ!A:A", "columnWidth")).toEqual([35.25]);
    expect(at("Sổ tài trợ!A1:C1.fill", "color")).toEqual(["#C8102E"]);
    expect(at("Sổ tài trợ!A1:C1.border.InsideVertical", "style")).toEqual([
      "Continuous",
    ]);
    expect(at("Sổ tài trợ!A1:C1.border.InsideHorizontal", "style")).toEqual([]);
    expect(at("Sổ tài trợ!D1", "hyperlink")).toEqual([
      { documentReference: "'Sổ tài trợ'!C2", textToDisplay: "Đi tới" },
    ]);
    expect(at("application", "suspendApiCalculation")).toHaveLength(1);
  });

  test("an older Excel (ExcelApi 1.6): validations and frozen rows skipped, each kind named once in the report; links become HYPERLINK formulas", async () => {
    const sheets = ["Sổ tài trợ", "Mô hình DVK"];
    const mock = createExcelMock({
      sheets: sheets.map((name) => ({
        name,
        usedRange: null,
        protected: false,
      })),
      tables: [],
    });
    const upTo16 = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"];
    const wb = createExcelWorkbook(
      mock.run,
      (set, v) => set === "ExcelApi" && upTo16.includes(v),
    );
    const report = await wb.apply([
      ...sheets.flatMap((sheet) => [
        {
          kind: "validationList" as const,
          sheet,
          range: "B2:B9",
          values: ["Xã, phường", "Khác"],
        },
        { kind: "freezeRows" as const, sheet, rows: 2 },
      ]),
      {
        kind: "hyperlink",
        sheet: "Sổ tài trợ",
        cell: "D1",
        text: 'Đi tới "B"',
        target: { sheet: "Mô hình DVK", cell: "C2" },
      },
    ]);
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(
      mock.calls.filter((c) =>
        ["rule", "dataValidation.clear", "freezeRows", "hyperlink"].includes(
          c.action,
        ),
      ),
    ).toEqual([]);
    expect(
      mock.calls
        .filter((c) => c.target === "Sổ tài trợ!D1" && c.action === "formulas")
        .map((c) => c.arg),
    ).toEqual([[[`=HYPERLINK("#'Mô hình DVK'!C2","Đi tới ""B""")`]]]);
    expect(report).toEqual({
      skipped: [
        {
          sheet: "Sổ tài trợ",
          message: expect.stringMatching(
            /^Excel này chưa hỗ trợ danh sách chọn.*sheet “Sổ tài trợ”, “Mô hình DVK” không có/,
          ),
        },
        {
          sheet: "Sổ tài trợ",
          message: expect.stringMatching(
            /^Excel này chưa hỗ trợ cố định dòng tiêu đề.*sheet “Sổ tài trợ”, “Mô hình DVK” chưa/,
          ),
        },
      ],
    });
    // With every set, nothing is skipped and nothing reported.
    const full = createExcelMock({
      sheets: [{ name: "Sổ tài trợ", usedRange: null, protected: false }],
      tables: [],
    });
    await expect(
      createExcelWorkbook(full.run, () => true).apply([
        { kind: "freezeRows", sheet: "Sổ tài trợ", rows: 2 },
      ]),
    ).resolves.toBeUndefined();
    expect(full.calls.filter((c) => c.action === "freezeRows")).toHaveLength(1);
  });

  test("a table grows by rows and by a column in the same single sync", async () => {
    const mock = createExcelMock({
      sheets: [
        { name: "Nội dung báo cáo", usedRange: "A1:G9", protected: false },
      ],
      tables: [
        {
          name: "tblNarrative",
          sheet: "Nội dung báo cáo",
          range: "A3:G9",
          values: [
            [
              "Thứ tự",
              "Loại báo cáo",
              "Mục",
              "Tiêu đề",
              "Nội dung",
              "Số liệu chèn",
              "Nguồn",
            ],
          ],
        },
      ],
    });
    const wb = createExcelWorkbook(mock.run, () => true);
    await wb.apply([
      {
        kind: "appendTableRows",
        sheet: "Nội dung báo cáo",
        table: "tblNarrative",
        count: 3,
      },
      {
        kind: "addTableColumn",
        sheet: "Nội dung báo cáo",
        table: "tblNarrative",
        header: "Nội dung (nhập lần 2)",
      },
    ]);
    expect(mock.sync).toHaveBeenCalledTimes(1);
    const of = (action: string) =>
      mock.calls.filter(
        (c) => c.target === "table tblNarrative" && c.action === action,
      );
    expect(of("rows.add")).toHaveLength(3);
    expect(of("columns.add").map((c) => c.arg)).toEqual([
      [undefined, undefined, "Nội dung (nhập lần 2)"],
    ]);
  });

  test("a sheet rebuilt in place: deleted, added again at its position, in one sync", async () => {
    const mock = createExcelMock({
      sheets: [
        { name: "Ghi chú", usedRange: null, protected: false },
        { name: "CB-GV-NV", usedRange: "A1:H17", protected: false },
      ],
      tables: [],
    });
    const wb = createExcelWorkbook(mock.run, () => true);
    await wb.apply([
      { kind: "deleteSheet", sheet: "CB-GV-NV" },
      { kind: "addSheet", sheet: "CB-GV-NV", position: 1 },
      { kind: "addSheet", sheet: "Khác" },
    ]);
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(
      mock.calls.filter((c) =>
        ["delete", "worksheets.add", "position"].includes(c.action),
      ),
    ).toEqual([
      { target: "CB-GV-NV", action: "delete" },
      { target: "CB-GV-NV", action: "worksheets.add" },
      { target: "CB-GV-NV", action: "position", arg: 1 },
      { target: "Khác", action: "worksheets.add" },
    ]);
  });

  test("inspect costs two syncs and reports used range, protection, tables, names and visibility", async () => {
    const mock = createExcelMock({
      sheets: [
        { name: "Thông tin chung", usedRange: "A1:B12", protected: true },
        {
          name: "Sổ tài trợ",
          usedRange: null,
          protected: false,
          names: ["_DVK_KetQuaKiemTra"],
        },
        {
          name: "DVK_DanhMuc",
          usedRange: "A1:B3",
          protected: false,
          visibility: "Hidden",
        },
      ],
      tables: [
        {
          name: "tblGeneral",
          sheet: "Thông tin chung",
          range: "A2:B12",
          values: [],
        },
      ],
      // A workbook name pointing into a sheet (as exceljs writes them) counts for that sheet.
      names: [{ name: "_DVK_Khac", value: "='Thông tin chung'!$A$1" }],
    });
    const wb = createExcelWorkbook(mock.run, () => true);
    const info = await wb.inspect([
      "thông tin chung",
      "Sổ tài trợ",
      "dvk_danhmuc",
      "Không có",
    ]);
    expect(mock.sync).toHaveBeenCalledTimes(2);
    expect(info).toEqual([
      {
        name: "Thông tin chung",
        usedRange: "A1:B12",
        protected: true,
        tables: ["tblGeneral"],
        names: ["_DVK_Khac"],
        hidden: false,
      },
      {
        name: "Sổ tài trợ",
        usedRange: null,
        protected: false,
        tables: [],
        names: ["_DVK_KetQuaKiemTra"],
        hidden: false,
      },
      {
        name: "DVK_DanhMuc",
        usedRange: "A1:B3",
        protected: false,
        tables: [],
        names: [],
        hidden: true,
      },
    ]);
    // Without ExcelApi 1.4 no names are asked for (and none reported).
    const old = createExcelMock({
      sheets: [{ name: "A", usedRange: null, protected: false }],
      tables: [],
    });
    expect(await createExcelWorkbook(old.run).inspect()).toEqual([
      {
        name: "A",
        usedRange: null,
        protected: false,
        tables: [],
        hidden: false,
      },
    ]);
  });

  test("readTables reads a small table in two syncs; a missing table is null", async () => {
    const mock = createExcelMock({
      sheets: [{ name: "Sổ tài trợ", usedRange: "A3:D6", protected: false }],
      tables: [
        {
          name: "tblDonations",
          sheet: "Sổ tài trợ",
          range: "A3:D6",
          values: [
            ledgerHeader,
            [1, "", "Bác sĩ Tổng", 18400000],
            [2, 45000, "Nhóm Ươm mầm", "3.28"],
            [3, 45001, "A", 1],
          ],
          below: ["Tổng cộng", "", "", 18400001],
          belowFormulas: ["Tổng cộng", "", "", "=SUM(D4:D6)"],
        },
      ],
    });
    const wb = createExcelWorkbook(mock.run);
    const [t, missing] = await wb.readTables(["tbldonations", "tblModels"]);
    expect(mock.sync).toHaveBeenCalledTimes(2);
    expect(missing).toBeNull();
    expect(t).toEqual({
      name: "tblDonations",
      sheet: "Sổ tài trợ",
      range: "A3:D6",
      header: ledgerHeader,
      rows: [
        [1, null, "Bác sĩ Tổng", 18400000],
        [2, 45000, "Nhóm Ươm mầm", "3.28"],
        [3, 45001, "A", 1],
      ],
      below: ["Tổng cộng", null, null, 18400001],
      // The total is a formula's result: the reader never takes it for a typed figure.
      belowFormulas: [false, false, false, true],
    });
  });

  test("readTables reads a 50,000-row ledger in chunks below the 5 MB budget", async () => {
    const values = ledger(50_000);
    const mock = createExcelMock({
      sheets: [
        { name: "Sổ tài trợ", usedRange: "A1:D50001", protected: false },
      ],
      tables: [
        {
          name: "tblDonations",
          sheet: "Sổ tài trợ",
          range: "A1:D50001",
          values,
        },
      ],
    });
    const wb = createExcelWorkbook(mock.run);
    const [t] = await wb.readTables(["tblDonations"]);
    // Later chunks are sized from the bytes per row of the first rows read; each stays < 5 MB.
    const head = values.slice(0, FIRST_CHUNK_ROWS);
    const bytesPerRow = JSON.stringify(head).length / head.length;
    const step = chunkRows(4, bytesPerRow);
    expect(step).toBeGreaterThan(chunkRows(4));
    expect(step * bytesPerRow).toBeLessThan(5_000_000);
    expect(mock.sync).toHaveBeenCalledTimes(
      2 + Math.ceil((50_001 - FIRST_CHUNK_ROWS) / step),
    );
    expect(t?.rows).toHaveLength(50_000);
    expect(t?.rows[49_999]).toEqual([
      50_000,
      45000 + (49_999 % 300),
      "Nhà tài trợ 50000",
      50_000_000,
    ]);
    expect(t?.rows.map((r) => r[0])).toEqual(
      Array.from({ length: 50_000 }, (_, i) => i + 1),
    );
  });

  test("readTables: loads queued before one sync stay under 5 MB for all tables together", async () => {
    // Three wide ledgers of 12,000 rows with long texts: together far over 5 MB.
    const wide = (k: number) => [
      Array.from({ length: 12 }, (_, c) => `Cột ${c + 1}`),
      ...Array.from({ length: 12_000 }, (_, i) =>
        Array.from({ length: 12 }, (_, c) =>
          c === 0 ? i + 1 : `Bảng ${k}, dòng ${i + 1}, ô ${c + 1}: ghi chú dài`,
        ),
      ),
    ];
    const tables = [1, 2, 3].map((k) => ({
      name: `tbl${k}`,
      sheet: `S${k}`,
      range: `A1:L12001`,
      values: wide(k),
    }));
    const mock = createExcelMock({
      sheets: tables.map((t) => ({
        name: t.sheet,
        usedRange: t.range,
        protected: false,
      })),
      tables,
    });
    const read = await createExcelWorkbook(mock.run).readTables(
      tables.map((t) => t.name),
    );
    const total = tables.reduce(
      (n, t) => n + JSON.stringify(t.values).length,
      0,
    );
    expect(total).toBeGreaterThan(3 * 5_000_000);
    // Every sync's loads, all tables together, under Excel on the web's 5 MB.
    expect(mock.bytesPerSync.length).toBe(
      (mock.sync as jest.Mock).mock.calls.length,
    );
    expect(Math.max(...mock.bytesPerSync)).toBeLessThan(5_000_000);
    // …and the syncs are well filled, not one per table chunk.
    expect((mock.sync as jest.Mock).mock.calls.length).toBeLessThanOrEqual(
      2 + Math.ceil(total / 4_000_000),
    );
    read.forEach((t, k) => {
      expect(t?.rows).toHaveLength(12_000);
      expect(t?.rows[11_999][1]).toBe(
        `Bảng ${k + 1}, dòng 12000, ô 2: ghi chú dài`,
      );
      expect(t?.rows.map((r) => r[0])).toEqual(
        Array.from({ length: 12_000 }, (_, i) => i + 1),
      );
    });
  });

  test("readTables: twelve small tables still cost two syncs", async () => {
    const tables = Array.from({ length: 12 }, (_, k) => ({
      name: `tbl${k}`,
      sheet: `S${k}`,
      range: "A3:H103",
      values: [
        Array.from({ length: 8 }, (_, c) => `H${c}`),
        ...Array.from({ length: 100 }, (_, i) =>
          Array.from({ length: 8 }, (_, c) => i * 8 + c),
        ),
      ],
    }));
    const mock = createExcelMock({
      sheets: tables.map((t) => ({
        name: t.sheet,
        usedRange: t.range,
        protected: false,
      })),
      tables,
    });
    const read = await createExcelWorkbook(mock.run).readTables(
      tables.map((t) => t.name),
    );
    expect(mock.sync).toHaveBeenCalledTimes(2);
    expect(read.map((t) => t?.rows.length)).toEqual(tables.map(() => 100));
    expect(read[11]?.rows[99]).toEqual(
      Array.from({ length: 8 }, (_, c) => 99 * 8 + c),
    );
  });

  test("select activates the sheet and selects the cell in one sync", async () => {
    const mock = createExcelMock({
      sheets: [{ name: "Kiểm tra", usedRange: null, protected: false }],
      tables: [],
    });
    await createExcelWorkbook(mock.run).select({
      sheet: "Kiểm tra",
      cell: "C7",
    });
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(
      mock.calls.filter((c) => ["activate", "select"].includes(c.action)),
    ).toEqual([
      { target: "Kiểm tra", action: "activate" },
      { target: "Kiểm tra!C7", action: "select" },
    ]);
  });

  test("Office errors become Vietnamese WorkbookErrors", async () => {
    const mock = createExcelMock({ sheets: [], tables: [] });
    const wb = createExcelWorkbook(mock.run);
    const err = await wb
      .select({ sheet: "Không có", cell: "A1" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err.message).toMatch(/^Không tìm thấy sheet, bảng hoặc ô/);
    // Office's English text is kept apart, as technical detail, never in the message.
    expect(err.message).not.toMatch(/[A-Z][a-z]+ [a-z]+ (not|cannot)/);
    expect(err.technical).toMatch(/^ItemNotFound: /);
  });
});
