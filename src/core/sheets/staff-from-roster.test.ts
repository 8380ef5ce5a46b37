import { MemoryWorkbook } from "../workbook/memory-workbook";
import { insertTemplates } from "./insert";
import { readWorkbook } from "./read";
import { sampleRoster, sampleStaff } from "./sample";
import { updateStaffFromRoster } from "./staff-from-roster";

describe("Cập nhật từ danh sách", () => {
  test("fills the empty statistics from the roster, cell by cell", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sheets: ["staff"] });
    await insertTemplates(wb, {
      level: "th-thcs",
      sheets: ["roster"],
      sample: true,
    });
    const r = await updateStaffFromRoster(wb);
    expect(r.conflicts).toEqual([]);
    expect(r.message).toBe(
      `Đã điền ${r.written} ô từ danh sách ${sampleRoster().length} người.`,
    );
    const { data } = await readWorkbook(wb);
    const expected = sampleStaff();
    data.staff!.rows.forEach((row, i) => {
      expect(row.value.total ?? 0).toBe(expected[i].total ?? 0);
      expect(row.value.female ?? 0).toBe(expected[i].female ?? 0);
      expect(row.value.partyFull ?? 0).toBe(expected[i].partyFull ?? 0);
    });
  });

  test("never overwrites a typed figure; a disagreement is reported at its cell", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    await wb.apply([
      { kind: "write", sheet: "CB-GV-NV", at: "B5", cells: [[{ value: 44 }]] },
    ]);
    const r = await updateStaffFromRoster(wb);
    // Only the empty rows (Thủ quỹ, Nấu ăn / nuôi dưỡng, Khác: nobody in the roster) get zeros.
    expect(r.written).toBe(3 * 6);
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        rule: "staff.roster",
        sheet: "CB-GV-NV",
        cell: "B5",
        expected: 40,
        actual: 44,
        message:
          "Giáo viên: ô B5 ghi 44, danh sách “DS CB-GV-NV” có 40; giữ nguyên số đã nhập.",
      }),
    ]);
    expect(wb.sheet("CB-GV-NV")!.rows[4][1]?.value).toBe(44);
  });

  test("says what is missing", async () => {
    expect((await updateStaffFromRoster(new MemoryWorkbook())).message).toBe(
      "Chưa có sheet “CB-GV-NV”; hãy chèn mẫu trước.",
    );
  });
});
