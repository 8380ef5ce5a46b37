import { createExcelMock } from "../../../test/support/excel-mock";
import { insertTemplates, TEMPLATE_IDS } from "../../core/sheets/insert";
import { createExcelWorkbook } from "./excel-workbook";

describe("inserting templates through the Excel adapter", () => {
  test("a new workbook: every sheet in 3 context.sync() in all (inspect 2, apply 1)", async () => {
    const mock = createExcelMock({
      sheets: [{ name: "Sheet1", usedRange: null, protected: false }],
      tables: [],
    });
    const outcomes = await insertTemplates(createExcelWorkbook(mock.run), {
      level: "thcs",
      sample: true,
    });
    expect(outcomes).toHaveLength(TEMPLATE_IDS.length);
    expect(mock.sync).toHaveBeenCalledTimes(3);
    const added = mock.calls
      .filter((c) => c.action === "worksheets.add")
      .map((c) => c.target);
    expect(added).toEqual([
      "Thông tin chung",
      "CB-GV-NV",
      "DS CB-GV-NV",
      "Học sinh",
      "Sổ tài trợ",
      "Tổng hợp tài trợ",
      "Mô hình DVK",
      "Văn bản căn cứ",
    ]);
    // Text cells get the "@" format before their values are written.
    const ledger = mock.calls.filter((c) =>
      c.target.startsWith("Sổ tài trợ!A3:"),
    );
    expect(ledger.map((c) => c.action).slice(0, 3)).toEqual([
      "numberFormat",
      "values",
      "formulas",
    ]);
  });

  test("a workbook that has every table already: nothing written, 6 syncs at most", async () => {
    const header = (cols: string[]) => [cols];
    const mock = createExcelMock({
      sheets: [{ name: "Mô hình DVK", usedRange: "A1:N5", protected: false }],
      tables: [
        {
          name: "tblModels",
          sheet: "Mô hình DVK",
          range: "A3:N4",
          values: [
            ...header([
              "STT",
              "Tên mô hình",
              "Loại",
              "Cá nhân / tập thể thực hiện",
              "Lĩnh vực",
              "Cấp đăng ký",
              "Năm",
              "Ngày đăng ký",
              "Mục tiêu, chỉ tiêu",
              "Giải pháp chính",
              "Kết quả",
              "Trạng thái",
              "Cấp công nhận",
              "Khen thưởng",
            ]),
            [
              1,
              "Khéo A",
              "Cá nhân",
              "Nguyễn Văn A",
              "Kinh tế",
              "",
              2023,
              "",
              "",
              "",
              "",
              "",
              "",
              "",
            ],
          ],
        },
      ],
    });
    const outcomes = await insertTemplates(createExcelWorkbook(mock.run), {
      level: "thcs",
      sheets: ["models"],
    });
    expect(outcomes).toEqual([
      {
        sheet: "Mô hình DVK",
        status: "kept",
        message: "Sheet “Mô hình DVK” đã có mẫu và dữ liệu; giữ nguyên.",
      },
    ]);
    expect((mock.sync as jest.Mock).mock.calls.length).toBeLessThanOrEqual(6);
    expect(
      mock.calls.filter((c) =>
        ["values", "formulas", "numberFormat", "worksheets.add"].includes(
          c.action,
        ),
      ),
    ).toEqual([]);
  });
});
