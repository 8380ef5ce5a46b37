import { modelsSpec } from "../../core/sheets/specs";
import { columnLetters } from "../../core/workbook/a1";
import { createExcelMock } from "../../../test/support/excel-mock";
import {
  insertTemplates,
  TEMPLATE_IDS,
  TEMPLATE_NAMES,
} from "../../core/sheets/insert";
import { createExcelWorkbook } from "./excel-workbook";
import { LISTS_SHEET } from "../../core/sheets/lists-sheet";

describe("inserting templates through the Excel adapter", () => {
  test("a new workbook: every sheet in 3 context.sync() in all (inspect 2, apply 1)", async () => {
    const mock = createExcelMock({
      sheets: [{ name: "Sheet1", usedRange: null, protected: false }],
      tables: [],
    });
    const outcomes = await insertTemplates(
      // ExcelApi up to 1.8: validations and frozen rows applied (the mock has no page layout).
      createExcelWorkbook(
        mock.run,
        (set, v) => set === "ExcelApi" && Number(v.split(".")[1]) <= 8,
      ),
      { level: "thcs", sample: true },
    );
    expect(outcomes).toHaveLength(TEMPLATE_IDS.length);
    expect(mock.sync).toHaveBeenCalledTimes(3);
    const added = mock.calls
      .filter((c) => c.action === "worksheets.add")
      .map((c) => c.target);
    expect(added).toEqual([
      ...TEMPLATE_IDS.map((id) => TEMPLATE_NAMES[id]),
      LISTS_SHEET,
    ]);
    // The lists sheet is hidden; every list validation takes its items from its cells.
    expect(
      mock.calls.filter(
        (c) => c.target === LISTS_SHEET && c.action === "visibility",
      ),
    ).toEqual([{ target: LISTS_SHEET, action: "visibility", arg: "Hidden" }]);
    const rules = mock.calls.filter((c) => c.action === "rule");
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules)
      expect(r.arg).toEqual({
        list: {
          inCellDropDown: true,
          source: expect.stringMatching(
            /^='DVK_DanhMuc'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/,
          ),
        },
      });
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

  test("an older Excel (ExcelApi 1.4, Office 2016): every sheet inserted, then one note each for the missing drop-down lists and frozen rows", async () => {
    const mock = createExcelMock({
      sheets: [{ name: "Sheet1", usedRange: null, protected: false }],
      tables: [],
    });
    const upTo14 = ["1.1", "1.2", "1.3", "1.4"];
    const outcomes = await insertTemplates(
      createExcelWorkbook(
        mock.run,
        (set, v) => set === "ExcelApi" && upTo14.includes(v),
      ),
      { level: "thcs", sample: true },
    );
    expect(outcomes.slice(0, TEMPLATE_IDS.length).map((o) => o.status)).toEqual(
      TEMPLATE_IDS.map(() => "created"),
    );
    const notes = outcomes.slice(TEMPLATE_IDS.length);
    expect(notes.map((o) => o.message).sort()).toEqual([
      expect.stringMatching(/^Excel này chưa hỗ trợ cố định dòng tiêu đề/),
      expect.stringMatching(/^Excel này chưa hỗ trợ danh sách chọn trong ô/),
    ]);
    expect(notes.every((o) => o.status === "kept")).toBe(true);
    expect(mock.sync).toHaveBeenCalledTimes(3);
    expect(
      mock.calls.filter((c) => ["rule", "freezeRows"].includes(c.action)),
    ).toEqual([]);
  });

  test("a workbook that has every table already: nothing written, 6 syncs at most", async () => {
    const header = modelsSpec.columns.map((c) => c.header);
    const row = header.map(
      (_, i) =>
        [1, "Khéo A", "Cá nhân", "Nguyễn Văn A", "Kinh tế", "", 2023][i] ?? "",
    );
    const right = columnLetters(header.length - 1);
    const mock = createExcelMock({
      sheets: [
        { name: "Mô hình DVK", usedRange: `A1:${right}5`, protected: false },
      ],
      tables: [
        {
          name: "tblModels",
          sheet: "Mô hình DVK",
          range: `A3:${right}4`,
          values: [header, row],
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
