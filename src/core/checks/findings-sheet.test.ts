import { insertTemplates } from "../sheets/insert";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { checkWorkbook } from "./check-workbook";
import { FINDINGS_SHEET, writeFindingsSheet } from "./findings-sheet";

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
});
