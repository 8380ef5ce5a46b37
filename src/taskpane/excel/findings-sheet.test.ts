import { createExcelMock } from "../../../test/support/excel-mock";
import {
  FINDINGS_DRAFT,
  FINDINGS_MARK,
  FINDINGS_SHEET,
  writeFindingsSheet,
} from "../../core/checks/findings-sheet";
import { finding } from "../../core/model/finding";
import { ledgerAmount } from "../../core/checks/rules/donations";
import { createExcelWorkbook } from "./excel-workbook";

/** ExcelApi up to 1.8 (the mock has no page layout, a 1.9 feature). */
const upTo18 = (set: string, v: string) =>
  set === "ExcelApi" && Number(v.split(".")[1]) <= 8;
const findings = [finding(ledgerAmount, "Sổ tài trợ", "K5", "Lệch 200.")];

/** Which sync each recorded call was queued before (1-based). */
function bySync(mock: ReturnType<typeof createExcelMock>) {
  const marks: number[] = [];
  const sync = mock.context.sync;
  mock.context.sync = async () => {
    marks.push(mock.calls.length);
    return sync();
  };
  return (i: number) => marks.findIndex((m) => i < m) + 1;
}

describe("the findings sheet in Excel", () => {
  test("the new sheet is written and synced before the old one is deleted; 4 syncs", async () => {
    const mock = createExcelMock({
      sheets: [
        { name: "Sổ tài trợ", usedRange: "A1:K9", protected: false },
        {
          name: FINDINGS_SHEET,
          usedRange: "A1:F9",
          protected: false,
          names: [FINDINGS_MARK],
        },
      ],
      tables: [],
    });
    const syncOf = bySync(mock);
    await writeFindingsSheet(createExcelWorkbook(mock.run, upTo18), findings);
    expect(mock.sync).toHaveBeenCalledTimes(4);
    const at = (target: string, action: string) =>
      mock.calls.findIndex((c) => c.target === target && c.action === action);
    const added = at(FINDINGS_DRAFT, "worksheets.add");
    const marked = at(FINDINGS_DRAFT, "names.add");
    const written = mock.calls.findIndex(
      (c) =>
        c.target.startsWith(`${FINDINGS_DRAFT}!A1:`) && c.action === "values",
    );
    const deleted = at(FINDINGS_SHEET, "delete");
    const renamed = mock.calls.findIndex(
      (c) => c.target === FINDINGS_DRAFT && c.action === "name",
    );
    expect(mock.calls[marked].arg).toEqual([FINDINGS_MARK, "A1"]);
    expect(mock.calls[renamed].arg).toBe(FINDINGS_SHEET);
    // Sync 3 writes the whole new sheet; sync 4 deletes the old one and renames the new one.
    expect([added, marked, written].map(syncOf)).toEqual([3, 3, 3]);
    expect([deleted, renamed].map(syncOf)).toEqual([4, 4]);
    expect(deleted).toBeLessThan(renamed);
  });

  test("a failed sync while writing: the old sheet is never deleted, the draft is removed", async () => {
    const mock = createExcelMock({
      sheets: [
        {
          name: FINDINGS_SHEET,
          usedRange: "A1:F9",
          protected: false,
          names: [FINDINGS_MARK],
        },
      ],
      tables: [],
    });
    const sync = mock.context.sync;
    let n = 0;
    mock.context.sync = async () => {
      if (++n === 3)
        throw Object.assign(new Error("The request failed."), {
          code: "GeneralException",
        });
      return sync();
    };
    const err = await writeFindingsSheet(
      createExcelWorkbook(mock.run, upTo18),
      findings,
    ).catch((e) => e);
    expect(err.message).toMatch(/^Excel gặp lỗi/);
    expect(
      mock.calls.filter(
        (c) => c.target === FINDINGS_SHEET && c.action === "delete",
      ),
    ).toEqual([]);
    expect(
      mock.calls.filter(
        (c) => c.target === FINDINGS_DRAFT && c.action === "delete",
      ),
    ).toHaveLength(1);
  });
});
