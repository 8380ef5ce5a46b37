import { insertTemplates } from "../sheets/insert";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { checkWorkbook } from "./check-workbook";
import * as ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { finding } from "../model/finding";
import type { WorkbookOp } from "../workbook/types";
import {
  CELL_MAX,
  FINDINGS_DRAFT,
  FINDINGS_MARK,
  FINDINGS_SHEET,
  renderFindingsSheet,
  writeFindingsSheet,
} from "./findings-sheet";
import { ledgerAmount } from "./rules/donations";

/** A memory workbook whose next apply touching `sheet` fails half way, as a failed
 *  context.sync() leaves Excel: the operations before the failing one are applied. */
class FailingWorkbook extends MemoryWorkbook {
  failOn: string | null = null;
  override async apply(ops: readonly WorkbookOp[]): Promise<void> {
    const at = ops.findIndex(
      (op) => op.kind === "write" && op.sheet === this.failOn,
    );
    if (at === -1) return super.apply(ops);
    this.failOn = null;
    await super.apply(ops.slice(0, at));
    throw new Error("GeneralException: the batch failed half way");
  }
}

describe("Ghi kết quả ra sheet", () => {
  test("writes the findings with links to their cells; running again replaces only that sheet", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    const before = JSON.stringify(
      wb.sheetList.filter((s) => s.name !== FINDINGS_SHEET),
    );
    const report = await checkWorkbook(wb);
    expect(
      await writeFindingsSheet(
        wb,
        report.findings,
        new Date(2026, 10, 22, 9, 5),
      ),
    ).toBe(
      `Đã ghi ${report.findings.length} kết quả vào sheet “Kết quả kiểm tra”.`,
    );
    const sheet = wb.sheet(FINDINGS_SHEET)!;
    expect(sheet.rows[1][0]?.value).toBe(
      "Lúc 09:05 ngày 22/11/2026: 1 lỗi, 1 cảnh báo, 1 thông tin. Bấm vào ô để tới chỗ cần sửa; chạy lại sẽ thay sheet này.",
    );
    const i = report.findings.findIndex((f) => f.cell === "I13");
    expect(sheet.rows[3 + i].slice(0, 4).map((c) => c?.value)).toEqual([
      i + 1,
      "lỗi",
      "Sổ tài trợ",
      "I13",
    ]);
    // The rule column names the rule in Vietnamese, never by its id.
    expect(sheet.rows[2][5]?.value).toBe("Quy tắc");
    expect(sheet.rows[3 + i][5]?.value).toBe("Số không đọc được");
    for (let r = 3; r < 3 + report.findings.length; r++)
      expect(String(sheet.rows[r][5]?.value)).not.toMatch(/^[a-z]+\.[a-z-]+$/);
    expect(sheet.rows[3 + i][3]?.hyperlink).toEqual({
      sheet: "Sổ tài trợ",
      cell: "I13",
    });
    expect(wb.active).toBe(FINDINGS_SHEET);
    await writeFindingsSheet(wb, report.findings.slice(0, 1));
    expect(wb.sheetList.filter((s) => s.name === FINDINGS_SHEET)).toHaveLength(
      1,
    );
    expect(wb.sheet(FINDINGS_SHEET)!.rows[4]).toBeUndefined();
    expect(
      JSON.stringify(wb.sheetList.filter((s) => s.name !== FINDINGS_SHEET)),
    ).toBe(before);
  });

  test("refuses to replace a sheet of that name the user made", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([
      { kind: "addSheet", sheet: FINDINGS_SHEET },
      {
        kind: "write",
        sheet: FINDINGS_SHEET,
        at: "A1",
        cells: [[{ value: "ghi chú của tôi" }]],
      },
    ]);
    await expect(writeFindingsSheet(wb, [])).rejects.toThrow(
      "Sổ đã có sheet “Kết quả kiểm tra” không do DVK tạo; đổi tên sheet đó rồi ghi lại.",
    );
    expect(wb.sheet(FINDINGS_SHEET)!.rows[0][0]?.value).toBe("ghi chú của tôi");
  });

  test("a user sheet whose A1 is our title is never taken for ours", async () => {
    const wb = new MemoryWorkbook();
    const title = "KẾT QUẢ KIỂM TRA SỐ LIỆU (DVK)";
    await wb.apply([
      { kind: "addSheet", sheet: FINDINGS_SHEET },
      {
        kind: "write",
        sheet: FINDINGS_SHEET,
        at: "A1",
        cells: [
          [{ value: title }],
          [{ value: "ghi chú" }],
          [{ value: "dòng thêm" }],
        ],
      },
    ]);
    await expect(writeFindingsSheet(wb, [])).rejects.toThrow(
      "không do DVK tạo",
    );
    expect(wb.sheet(FINDINGS_SHEET)!.rows[2][0]?.value).toBe("dòng thêm");
    expect(wb.sheetList.map((s) => s.name)).toEqual([FINDINGS_SHEET]);
    // Renamed by the user, it sits beside ours untouched.
    await wb.apply([
      { kind: "renameSheet", sheet: FINDINGS_SHEET, to: "Của tôi" },
    ]);
    await writeFindingsSheet(wb, []);
    await writeFindingsSheet(wb, []);
    expect(wb.sheetList.map((s) => s.name)).toEqual([
      "Của tôi",
      FINDINGS_SHEET,
    ]);
    expect(wb.sheet("Của tôi")!.rows[2][0]?.value).toBe("dòng thêm");
    expect([...wb.sheet(FINDINGS_SHEET)!.names.keys()]).toEqual([
      FINDINGS_MARK,
    ]);
  });

  test("a failure while writing the new sheet leaves the old one as it was, and no draft", async () => {
    const wb = new FailingWorkbook();
    const f = finding(ledgerAmount, "Sổ tài trợ", "I13", "Lần một.");
    await writeFindingsSheet(wb, [f]);
    const before = JSON.stringify(wb.sheet(FINDINGS_SHEET));
    wb.failOn = FINDINGS_DRAFT;
    await expect(
      writeFindingsSheet(wb, [{ ...f, message: "Lần hai." }]),
    ).rejects.toThrow("half way");
    expect(wb.sheetList.map((s) => s.name)).toEqual([FINDINGS_SHEET]);
    expect(JSON.stringify(wb.sheet(FINDINGS_SHEET))).toBe(before);
    expect(wb.sheet(FINDINGS_SHEET)!.rows[3][4]?.value).toBe("Lần một.");
    // The next run replaces it.
    await writeFindingsSheet(wb, [{ ...f, message: "Lần ba." }]);
    expect(wb.sheetList.map((s) => s.name)).toEqual([FINDINGS_SHEET]);
    expect(wb.sheet(FINDINGS_SHEET)!.rows[3][4]?.value).toBe("Lần ba.");
  });

  test("a 32,767-character cell: its finding quotes 200 characters; no sheet cell over Excel's limit", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    await wb.apply([
      {
        kind: "write",
        sheet: "Sổ tài trợ",
        at: "I13",
        cells: [[{ value: "9".repeat(10) + " đồng ".repeat(5459) }]],
      },
    ]);
    const report = await checkWorkbook(wb);
    const long = report.findings.filter((f) => f.cell === "I13");
    expect(long.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.message.length).toBeLessThan(600);
    expect(long[0].message).toMatch(/…”/);
    // The last guard: a message of any length is cut to the cell limit.
    const ops = renderFindingsSheet(
      [finding(ledgerAmount, "Sổ tài trợ", "I13", "x".repeat(40_000))],
      "09:05 ngày 22/11/2026",
    );
    const cells = ops.flatMap((op) =>
      op.kind === "write" ? op.cells.flat() : [],
    );
    const longest = Math.max(...cells.map((c) => String(c.value ?? "").length));
    expect(longest).toBeLessThanOrEqual(CELL_MAX);
    expect(longest).toBeGreaterThan(30_000);
  });

  test("in an .xlsx file: the mark is a defined name that survives saving; the old sheet is replaced, the user's kept", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await wb.apply([
      { kind: "addSheet", sheet: "Ghi chú" },
      {
        kind: "write",
        sheet: "Ghi chú",
        at: "A1",
        cells: [[{ value: "KẾT QUẢ KIỂM TRA SỐ LIỆU (DVK)" }]],
      },
    ]);
    const f = finding(ledgerAmount, "Ghi chú", "A1", "Lần một.");
    await writeFindingsSheet(wb, [f]);
    const again = await XlsxWorkbook.load(ExcelJS, await wb.toBuffer());
    expect((await again.inspect()).map((s) => [s.name, s.names])).toEqual([
      ["Ghi chú", undefined],
      [FINDINGS_SHEET, [FINDINGS_MARK]],
    ]);
    await writeFindingsSheet(again, [{ ...f, message: "Lần hai." }]);
    const third = await XlsxWorkbook.load(ExcelJS, await again.toBuffer());
    expect((await third.inspect()).map((s) => [s.name, s.names])).toEqual([
      ["Ghi chú", undefined],
      [FINDINGS_SHEET, [FINDINGS_MARK]],
    ]);
    const [range] = await third.readRanges([
      { sheet: FINDINGS_SHEET, range: "E4:E5" },
    ]);
    expect(range.values).toEqual([["Lần hai."], [null]]);
    expect(third.workbook.definedNames.model).toEqual([
      { name: FINDINGS_MARK, ranges: [`'${FINDINGS_SHEET}'!$A$1`] },
    ]);
  });
});
