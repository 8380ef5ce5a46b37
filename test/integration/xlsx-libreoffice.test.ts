/* The .xlsx the CLI writes, recalculated by LibreOffice: every total and summary cell equals what
 * src/core computes from the same rows; and the file round-trips through the reader. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  lineAmount,
  summariseDonations,
} from "../../src/core/donations/summary";
import { DonationForm } from "../../src/core/model/enums";
import { insertTemplates } from "../../src/core/sheets/insert";
import { LISTS_SHEET, listSource } from "../../src/core/sheets/lists-sheet";
import { modelsSpec } from "../../src/core/sheets/specs";
import { sheetsOfRef } from "../../src/core/workbook/a1";
import { readWorkbook, type WorkbookData } from "../../src/core/sheets/read";
import {
  sampleDonations,
  sampleRoster,
  sampleStudents,
} from "../../src/core/sheets/sample";
import { formatCitation } from "../../src/core/vn/format-citation";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { sofficeConvert } from "../support/libreoffice";
import { requireTool } from "../support/tools";

const haveSoffice = requireTool("soffice");
const d = haveSoffice ? describe : describe.skip;

d("sample workbook recalculated by LibreOffice", () => {
  let written: XlsxWorkbook;
  let recalculated: XlsxWorkbook;
  let data: WorkbookData;
  beforeAll(async () => {
    written = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(written, { level: "th-thcs", sample: true });
    const dir = mkdtempSync(join(tmpdir(), "dvk-xlsx-"));
    const file = join(dir, "mau.xlsx");
    writeFileSync(file, await written.toBuffer());
    recalculated = await XlsxWorkbook.load(
      ExcelJS,
      readFileSync(sofficeConvert(file, "xlsx")),
    );
    data = (await readWorkbook(recalculated)).data;
  }, 180_000);

  test("LibreOffice keeps the lists sheet hidden and the list validations on its ranges", async () => {
    const lists = (await recalculated.inspect([LISTS_SHEET]))[0];
    expect(lists.hidden).toBe(true);
    const level = modelsSpec.columns.find(
      (c) => c.key === "registrationLevel",
    )!;
    const source = listSource(level.list!)!;
    const [items] = await recalculated.readRanges([source]);
    expect(items.values.flat()).toEqual(level.list);
    expect(items.values.flat()).toContain("Xã, phường");
    // The validation of the models' level column still reads that range.
    const ws = recalculated.workbook.getWorksheet(modelsSpec.sheetName)!;
    const c = modelsSpec.columns.indexOf(level) + 1;
    const rule = ws.getCell(4, c).dataValidation;
    expect(rule.type).toBe("list");
    // LibreOffice may drop the quotes around a name that needs none.
    const formula = String(rule.formulae?.[0]);
    expect(sheetsOfRef(formula)).toEqual([LISTS_SHEET]);
    expect(formula.slice(formula.indexOf("!") + 1).replace(/\$/g, "")).toBe(
      source.range,
    );
  });

  test("LibreOffice keeps every sheet and table", async () => {
    const sheets = await recalculated.inspect();
    expect(sheets.map((s) => s.name)).toEqual([
      "Thông tin chung",
      "CB-GV-NV",
      "DS CB-GV-NV",
      "Học sinh",
      "Sổ tài trợ",
      "Tổng hợp tài trợ",
      "Mô hình DVK",
      "Văn bản căn cứ",
      "Tổ chức Đảng",
      "Đánh giá, xếp loại",
      "Nội dung báo cáo",
      LISTS_SHEET,
    ]);
    expect(sheets.flatMap((s) => s.tables)).toEqual([
      "tblGeneral",
      "tblStaff",
      "tblRoster",
      "tblStudents",
      "tblDonations",
      "tblModels",
      "tblLegalRefs",
      "tblParty",
      "tblEvaluations",
      "tblNarrative",
    ]);
  });

  test("Đánh giá, xếp loại: LibreOffice's totals equal the ratings; Nội dung báo cáo keeps its multi-line texts and fields", async () => {
    const e = data.evaluations!;
    const [t] = await recalculated.readTables(["tblEvaluations"]);
    const total = t!.header.indexOf("Tổng");
    for (const [i, { value: r }] of e.rows.entries())
      expect(t!.rows[i]![total]).toBe(
        [r.excellent, r.good, r.fulfilled, r.notFulfilled].reduce<number>(
          (a, x) => a + (x ?? 0),
          0,
        ),
      );
    const before = (await readWorkbook(written)).data.narrative!.rows.map(
      (r) => r.value,
    );
    expect(data.narrative!.rows.map((r) => r.value)).toEqual(before);
    expect(before.some((r) => r.text?.includes("\n"))).toBe(true);
  });

  test("staff and student totals rows equal the core sums", () => {
    const staff = data.staff!;
    for (const key of [
      "total",
      "female",
      "ethnicMinority",
      "partyFull",
      "partyProbationary",
      "qualified",
    ] as const)
      expect(staff.totals?.values[key]).toBe(
        staff.rows.reduce((s, r) => s + (r.value[key] ?? 0), 0),
      );
    expect(staff.totals?.values.total).toBe(sampleRoster().length);
    const students = data.students!;
    for (const key of [
      "classes",
      "students",
      "female",
      "ethnicMinority",
      "disability",
      "poorHouseholds",
    ] as const)
      expect(students.totals?.values[key]).toBe(
        students.rows.reduce((s, r) => s + (r.value[key] ?? 0), 0),
      );
  });

  test("per-row formulas: students per class, ledger amounts, citations", async () => {
    const [studentsTable, ledger, legal] = await recalculated.readTables([
      "tblStudents",
      "tblDonations",
      "tblLegalRefs",
    ]);
    const avg = studentsTable!.header.indexOf("Bình quân HS/lớp");
    studentsTable!.rows.forEach((row, i) =>
      expect(row[avg]).toBeCloseTo(
        (sampleStudents[i].students as number) /
          (sampleStudents[i].classes as number),
        10,
      ),
    );
    const amount = ledger!.header.indexOf("Thành tiền");
    data.donations!.rows.forEach((r, i) =>
      expect(ledger!.rows[i][amount]).toBe(lineAmount(r.value)),
    );
    const citation = legal!.header.indexOf("Trích dẫn");
    data.legalRefs!.rows.forEach((r, i) =>
      expect(legal!.rows[i][citation]).toBe(
        formatCitation({
          docType: r.value.docType!,
          number: r.value.number!,
          symbol: r.value.symbol!,
          date: r.value.issuedOn,
          issuer: r.value.issuer,
          subject: r.value.subject,
        }),
      ),
    );
  });

  test("Tổng hợp tài trợ: SUMIFS/COUNTIFS equal the core summary by donor, form and month", async () => {
    const core = summariseDonations(data.donations!.rows.map((r) => r.value));
    expect(core.total).toBe(332_400_000);
    const [{ values }] = await recalculated.readRanges([
      { sheet: "Tổng hợp tài trợ", range: "A1:C60" },
    ]);
    const rowOf = (label: string, after = 0) =>
      values.findIndex((r, i) => i >= after && r[0] === label);
    expect(values[3]).toEqual(["Tổng giá trị tài trợ", core.count, core.total]);
    const donorsAt = rowOf("Nhà tài trợ");
    for (const [donor, { count, amount }] of core.byDonor)
      expect(values[rowOf(donor, donorsAt)].slice(1)).toEqual([count, amount]);
    const formsAt = rowOf("Hình thức");
    for (const [key, label] of Object.entries(DonationForm))
      expect(values[rowOf(label, formsAt)].slice(1)).toEqual([
        core.byForm[key as keyof typeof DonationForm].count,
        core.byForm[key as keyof typeof DonationForm].amount,
      ]);
    const monthsAt = rowOf("Tháng");
    for (const [ym, { count, amount }] of core.byMonth) {
      const [y, m] = ym.split("-");
      expect(values[rowOf(`${m}/${y}`, monthsAt)].slice(1)).toEqual([
        count,
        amount,
      ]);
    }
    const sums = values.filter((r) => r[0] === "Cộng").map((r) => r[2]);
    expect(sums).toEqual([core.total, core.total, core.total]);
  });

  test("the file written round-trips: reading it back gives what was written", async () => {
    const back = await XlsxWorkbook.load(ExcelJS, await written.toBuffer());
    const read = await readWorkbook(back);
    expect(
      read.data.donations!.rows.map((r) => [
        r.value.donor,
        r.value.quantity,
        r.value.unitPrice,
      ]),
    ).toEqual(
      sampleDonations.map((s) => [
        s.donor,
        typeof s.quantity === "number" ? s.quantity : null,
        s.unitPrice ?? null,
      ]),
    );
    expect(read.data.roster!.rows.map((r) => r.value.personalId)).toEqual(
      sampleRoster().map((r) => r.personalId),
    );
    expect(read.findings.map((f) => f.cell)).toEqual(["I13"]);
  });
});
