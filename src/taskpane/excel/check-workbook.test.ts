import {
  createExcelMock,
  type FakeTable,
} from "../../../test/support/excel-mock";
import { checkWorkbook } from "../../core/checks/check-workbook";
import { TABLE_NAMES } from "../../core/sheets/registry";
import { insertTemplates } from "../../core/sheets/insert";
import { MemoryWorkbook } from "../../core/workbook/memory-workbook";
import { createExcelWorkbook } from "./excel-workbook";

describe("checking a workbook in Excel", () => {
  test("a whole check costs at most 3 context.sync() and finds what the core finds", async () => {
    const memory = new MemoryWorkbook();
    await insertTemplates(memory, { level: "th-thcs", sample: true });
    const tables = await memory.readTables(TABLE_NAMES);
    const fake: FakeTable[] = tables.map((t) => ({
      name: t!.name,
      sheet: t!.sheet,
      range: t!.range,
      values: [t!.header as unknown[], ...(t!.rows as unknown[][])],
      below: t!.below as unknown[],
    }));
    const mock = createExcelMock({
      sheets: [...new Set(fake.map((t) => t.sheet))].map((name) => ({
        name,
        usedRange: "A1:Z100",
        protected: false,
      })),
      tables: fake,
    });
    const report = await checkWorkbook(createExcelWorkbook(mock.run));
    expect((mock.sync as jest.Mock).mock.calls.length).toBeLessThanOrEqual(3);
    expect(report.findings).toEqual((await checkWorkbook(memory)).findings);
    expect(report.counts).toEqual({ lỗi: 1, "cảnh báo": 1, "thông tin": 1 });
  });
});
