import { MemoryWorkbook } from "../workbook/memory-workbook";
import { insertTemplates, TEMPLATE_IDS, TEMPLATE_NAMES } from "./insert";
import { LISTS_SHEET } from "./lists-sheet";

describe("insertTemplates", () => {
  test("inserts every template into an empty workbook: tables, frozen header, validation, totals formulas", async () => {
    const wb = new MemoryWorkbook();
    const outcomes = await insertTemplates(wb, { level: "thcs" });
    expect(outcomes.map((o) => o.status)).toEqual(
      TEMPLATE_IDS.map(() => "created"),
    );
    expect(wb.sheetList.map((s) => s.name)).toEqual([
      ...TEMPLATE_IDS.map((id) => TEMPLATE_NAMES[id]),
      LISTS_SHEET,
    ]);
    const staff = wb.sheet("CB-GV-NV")!;
    expect(staff.tables.map((t) => t.name)).toEqual(["tblStaff"]);
    expect(staff.frozenRows).toBe(3);
    // 13 categories, then the totals row with SUM formulas over them.
    expect(staff.rows[3][0]?.value).toBe("Ban giám hiệu");
    expect(staff.rows[16][0]?.value).toBe("Tổng cộng");
    expect(staff.rows[16][1]?.formula).toBe("=SUM(B4:B16)");
    const students = wb.sheet("Học sinh")!;
    expect(students.rows.slice(3, 7).map((r) => r[0]?.value)).toEqual([
      "Khối 6",
      "Khối 7",
      "Khối 8",
      "Khối 9",
    ]);
    expect(students.rows[3][7]?.formula).toBe('=IF(N(B4)>0,C4/B4,"")');
    const ledger = wb.sheet("Sổ tài trợ")!;
    expect(ledger.validations.map((v) => v.values)).toContainEqual([
      "Tiền mặt",
      "Chuyển khoản",
      "Hiện vật",
    ]);
    expect(ledger.rows[3][10]?.formula).toBe(
      '=IF(AND(ISNUMBER(I4),ISNUMBER(J4)),I4*J4,"")',
    );
    // Phone / ID columns are text-formatted before anything is typed.
    expect(wb.sheet("DS CB-GV-NV")!.rows[3][11]?.numberFormat).toBe("@");
    expect(wb.active).toBe("Thông tin chung");
  });

  test("running twice changes nothing and says so", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "thcs", sample: true });
    const before = JSON.stringify(wb.sheetList);
    const again = await insertTemplates(wb, { level: "thcs", sample: true });
    expect(JSON.stringify(wb.sheetList)).toBe(before);
    expect(new Set(again.map((o) => o.status))).toEqual(new Set(["kept"]));
    expect(again[0].message).toBe(
      "Sheet “Thông tin chung” đã có mẫu và dữ liệu; giữ nguyên.",
    );
  });

  test("never overwrites a sheet of the same name holding other content, nor a protected one", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([
      { kind: "addSheet", sheet: "Sổ tài trợ" },
      {
        kind: "write",
        sheet: "Sổ tài trợ",
        at: "B2",
        cells: [[{ value: "Sổ cũ của kế toán" }], [{ value: 123 }]],
      },
      { kind: "addSheet", sheet: "Học sinh" },
    ]);
    wb.protect("Học sinh");
    const outcomes = await insertTemplates(wb, {
      level: "tieu-hoc",
      sheets: ["donations", "students", "models"],
    });
    expect(outcomes).toEqual([
      {
        sheet: "Học sinh",
        status: "skipped",
        message:
          "Sheet “Học sinh” đang được bảo vệ; bỏ bảo vệ nếu muốn chèn mẫu.",
      },
      {
        sheet: "Sổ tài trợ",
        status: "skipped",
        message:
          "Sheet “Sổ tài trợ” đã có nội dung khác (B2:B3); không ghi đè. Đổi tên sheet đó nếu muốn chèn mẫu.",
      },
      {
        sheet: "Mô hình DVK",
        status: "created",
        message: "Đã thêm sheet “Mô hình DVK”.",
      },
    ]);
    expect(wb.sheet("Sổ tài trợ")!.rows[1][1]?.value).toBe("Sổ cũ của kế toán");
    expect(wb.sheet("Sổ tài trợ")!.tables).toEqual([]);
  });

  test("fills an existing empty sheet without adding it again", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([{ kind: "addSheet", sheet: "Văn bản căn cứ" }]);
    const [o] = await insertTemplates(wb, {
      level: "thcs",
      sheets: ["legalRefs"],
    });
    expect(o.status).toBe("filled");
    expect(wb.sheet("Văn bản căn cứ")!.tables[0].name).toBe("tblLegalRefs");
  });

  test("adds only the missing columns of an existing table, when the cells right of it are empty", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([
      { kind: "addSheet", sheet: "Mô hình DVK" },
      {
        kind: "write",
        sheet: "Mô hình DVK",
        at: "A3",
        cells: [
          [{ value: "Tên mô hình" }, { value: "Loại" }, { value: "Lĩnh vực" }],
          [{ value: "Khéo A" }, { value: "Cá nhân" }, { value: "Kinh tế" }],
        ],
      },
      {
        kind: "addTable",
        sheet: "Mô hình DVK",
        range: "A3:C4",
        name: "tblModels",
      },
    ]);
    const [o] = await insertTemplates(wb, {
      level: "thcs",
      sheets: ["models"],
    });
    expect(o.status).toBe("columnsAdded");
    expect(o.message).toContain("“STT”");
    const sheet = wb.sheet("Mô hình DVK")!;
    expect(sheet.rows[2].slice(0, 4).map((c) => c?.value)).toEqual([
      "Tên mô hình",
      "Loại",
      "Lĩnh vực",
      "STT",
    ]);
    expect(sheet.rows[3][0]?.value).toBe("Khéo A");
  });

  test("keeps a table whose right side holds data, and tells the user", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([
      { kind: "addSheet", sheet: "Mô hình DVK" },
      {
        kind: "write",
        sheet: "Mô hình DVK",
        at: "A3",
        cells: [
          [
            { value: "Tên mô hình" },
            { value: "Loại" },
            { value: "Lĩnh vực" },
            { value: "ghi chú riêng" },
          ],
          [{ value: "Khéo A" }, { value: "Cá nhân" }, { value: "Kinh tế" }],
        ],
      },
      {
        kind: "addTable",
        sheet: "Mô hình DVK",
        range: "A3:C4",
        name: "tblModels",
      },
    ]);
    const [o] = await insertTemplates(wb, {
      level: "thcs",
      sheets: ["models"],
    });
    expect(o.status).toBe("kept");
    expect(o.message).toContain("bên phải bảng đã có dữ liệu");
    expect(wb.sheet("Mô hình DVK")!.rows[2][3]?.value).toBe("ghi chú riêng");
  });

  test("sample data keeps text as text: leading zeros, '=' at the start, the ambiguous 3.28", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "thcs", sample: true });
    const roster = wb.sheet("DS CB-GV-NV")!;
    const id = roster.rows[3][12];
    expect(id?.value).toMatch(/^0\d{11}$/);
    expect(id?.numberFormat).toBe("@");
    const ledger = wb.sheet("Sổ tài trợ")!;
    const q = ledger.rows.find((r) => r?.[0]?.value === 10)?.[8];
    expect(q).toMatchObject({ value: "3.28", numberFormat: "@" });
    expect(q?.formula).toBeUndefined();
  });

  describe("“Chèn dữ liệu mẫu” after “Chèn mẫu”", () => {
    const names = (wb: MemoryWorkbook) => wb.sheetList.map((s) => s.name);

    test("fills every sheet that holds only the empty template, in place, whatever level it was made for", async () => {
      const wb = new MemoryWorkbook();
      await wb.apply([{ kind: "addSheet", sheet: "Ghi chú của tôi" }]);
      await insertTemplates(wb, { level: "mam-non" });
      const order = names(wb);
      const outcomes = await insertTemplates(wb, {
        level: "mam-non",
        sample: true,
      });
      expect(outcomes.map((o) => [o.sheet, o.status])).toEqual(
        TEMPLATE_IDS.map((id) => [TEMPLATE_NAMES[id], "filled"]),
      );
      expect(outcomes[0].message).toBe(
        "Đã điền dữ liệu mẫu vào sheet “Thông tin chung” (trước đó chỉ có mẫu trống).",
      );
      expect(
        outcomes.find((o) => o.sheet === "Tổng hợp tài trợ")?.message,
      ).toBe(
        "Đã lập lại sheet “Tổng hợp tài trợ” theo sổ tài trợ (7 nhà tài trợ, 7 tháng).",
      );
      expect(names(wb)).toEqual(order);
      // The same workbook as the sample inserted into an empty one.
      const fresh = new MemoryWorkbook();
      await fresh.apply([{ kind: "addSheet", sheet: "Ghi chú của tôi" }]);
      await insertTemplates(fresh, { level: "thcs", sample: true });
      expect(JSON.stringify(wb.sheetList)).toBe(
        JSON.stringify(fresh.sheetList),
      );
      expect(
        outcomes.every((o) => !o.message.includes("Cập nhật tổng hợp")),
      ).toBe(true);
    });

    test("keeps a template sheet in which the user typed anything, and fills the others", async () => {
      const wb = new MemoryWorkbook();
      await insertTemplates(wb, { level: "thcs" });
      await wb.apply([
        {
          kind: "write",
          sheet: "CB-GV-NV",
          at: "B5",
          cells: [[{ value: 40 }]],
        },
      ]);
      const outcomes = await insertTemplates(wb, {
        level: "thcs",
        sample: true,
      });
      expect(outcomes.find((o) => o.sheet === "CB-GV-NV")).toEqual({
        sheet: "CB-GV-NV",
        status: "kept",
        message: "Sheet “CB-GV-NV” đã có mẫu và dữ liệu; giữ nguyên.",
      });
      expect(wb.sheet("CB-GV-NV")!.rows[4][1]?.value).toBe(40);
      expect(outcomes.find((o) => o.sheet === "Sổ tài trợ")?.status).toBe(
        "filled",
      );
    });

    test("a cleared label or a note typed beside the template counts as the user's work", async () => {
      for (const write of [
        { at: "A4", value: null },
        { at: "Z40", value: "ghi chú" },
      ]) {
        const wb = new MemoryWorkbook();
        await insertTemplates(wb, { level: "thcs", sheets: ["staff"] });
        await wb.apply([
          {
            kind: "write",
            sheet: "CB-GV-NV",
            at: write.at,
            cells: [[{ value: write.value }]],
          },
        ]);
        const [o] = await insertTemplates(wb, {
          level: "thcs",
          sheets: ["staff"],
          sample: true,
        });
        expect(o.status).toBe("kept");
      }
    });

    test("the donation summary is rebuilt when the ledger gained donors, and kept when edited by hand", async () => {
      const wb = new MemoryWorkbook();
      await insertTemplates(wb, {
        level: "thcs",
        sheets: ["donations", "donationSummary"],
      });
      await wb.apply([
        {
          kind: "write",
          sheet: "Sổ tài trợ",
          at: "B4",
          cells: [[{ value: 44972 }, { value: "Nhà sách Phương Nam" }]],
        },
      ]);
      const [, rebuilt] = await insertTemplates(wb, {
        level: "thcs",
        sheets: ["donations", "donationSummary"],
      });
      expect(rebuilt.message).toBe(
        "Đã lập lại sheet “Tổng hợp tài trợ” theo sổ tài trợ (1 nhà tài trợ, 1 tháng).",
      );
      expect(
        wb
          .sheet("Tổng hợp tài trợ")!
          .rows.some((r) => r?.[0]?.value === "Nhà sách Phương Nam"),
      ).toBe(true);
      const [, same] = await insertTemplates(wb, {
        level: "thcs",
        sheets: ["donations", "donationSummary"],
      });
      expect(same.message).toBe(
        "Sheet “Tổng hợp tài trợ” đã khớp sổ tài trợ (1 nhà tài trợ, 1 tháng); giữ nguyên.",
      );
      await wb.apply([
        {
          kind: "write",
          sheet: "Tổng hợp tài trợ",
          at: "E1",
          cells: [[{ value: "đã duyệt" }]],
        },
      ]);
      await wb.apply([
        {
          kind: "write",
          sheet: "Sổ tài trợ",
          at: "C5",
          cells: [[{ value: "Người mới" }]],
        },
      ]);
      const [, kept] = await insertTemplates(wb, {
        level: "thcs",
        sheets: ["donations", "donationSummary"],
      });
      expect(kept).toEqual({
        sheet: "Tổng hợp tài trợ",
        status: "kept",
        message:
          "Sheet “Tổng hợp tài trợ” đã được sửa tay; giữ nguyên. Muốn DVK lập lại: đổi tên sheet đó rồi chèn lại.",
      });
      expect(wb.sheet("Tổng hợp tài trợ")!.rows[0][4]?.value).toBe("đã duyệt");
    });
  });
});
