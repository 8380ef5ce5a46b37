import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { insertTemplates } from "./insert";
import { listColumns, listSource, LISTS_SHEET } from "./lists-sheet";
import { renderTableSheet } from "./plan";
import { modelsSpec } from "./specs";

const level = modelsSpec.columns.find((c) => c.key === "registrationLevel")!;

describe("the hidden lists sheet", () => {
  test("the planner's list validations take their items from a range of the lists sheet", () => {
    const ops = renderTableSheet(modelsSpec, "thcs", null, true);
    const validations = ops.filter((op) => op.kind === "validationList");
    expect(validations.length).toBe(
      modelsSpec.columns.filter((c) => c.list).length,
    );
    for (const v of validations)
      expect(v).toEqual(
        expect.objectContaining({
          source: {
            sheet: LISTS_SHEET,
            range: expect.stringMatching(/^([A-Z]+)2:\1\d+$/),
          },
        }),
      );
    const col = listColumns().findIndex((l) => l.values === level.list);
    expect(listColumns()[col].values).toContain("Xã, phường");
    expect(listSource(level.list!)).toEqual({
      sheet: LISTS_SHEET,
      range: `${String.fromCharCode(65 + col)}2:${String.fromCharCode(65 + col)}${level.list!.length + 1}`,
    });
  });

  test("inserted once, hidden, idempotent; the preview's drop-down resolves the range", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "thcs" });
    const lists = wb.sheet(LISTS_SHEET)!;
    expect(lists.hidden).toBe(true);
    expect(wb.sheetList.at(-1)).toBe(lists);
    const models = wb.sheet(modelsSpec.sheetName)!;
    const c = modelsSpec.columns.indexOf(level);
    // The options shown for a cell are the cells of the range: "Xã, phường" is one item.
    expect(wb.validationOptions(models, 3, c)).toEqual(level.list);
    expect(wb.validationOptions(models, 3, c)).toContain("Xã, phường");
    const before = JSON.stringify(lists);
    await insertTemplates(wb, { level: "thcs" });
    expect(JSON.stringify(wb.sheet(LISTS_SHEET))).toBe(before);
    expect(wb.sheetList.filter((s) => s.name === LISTS_SHEET)).toHaveLength(1);
  });

  test("refilled when its lists changed (a cell edited, extra cells cleared)", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "thcs" });
    const col = listColumns().findIndex((l) => l.values === level.list);
    await wb.apply([
      {
        kind: "write",
        sheet: LISTS_SHEET,
        at: `${String.fromCharCode(65 + col)}3`,
        cells: [[{ value: "Xã" }], [{ value: "phường" }]],
      },
      {
        kind: "write",
        sheet: LISTS_SHEET,
        at: "Z40",
        cells: [[{ value: "cũ" }]],
      },
    ]);
    const models = wb.sheet(modelsSpec.sheetName)!;
    const c = modelsSpec.columns.indexOf(level);
    expect(wb.validationOptions(models, 3, c)).not.toEqual(level.list);
    await insertTemplates(wb, { level: "thcs" });
    expect(wb.validationOptions(models, 3, c)).toEqual(level.list);
    expect(wb.displayValue(wb.sheet(LISTS_SHEET)!, 39, 25) ?? "").toBe("");
  });

  test("in the .xlsx: every list validation's formula is a range of the hidden lists sheet; “Xã, phường” is one cell", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(wb, { level: "thcs" });
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(
      new RegExp(`<sheet sheetId="\\d+" name="${LISTS_SHEET}" state="hidden"`),
    );
    const sheetFiles = Object.keys(zip.files).filter((f) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(f),
    );
    let formulas: string[] = [];
    let listsXml = "";
    for (const f of sheetFiles) {
      const xml = await zip.file(f)!.async("string");
      formulas = formulas.concat(
        [
          ...xml.matchAll(
            /<dataValidation [^>]*type="list"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g,
          ),
        ].map((m) => m[1]),
      );
      if (xml.includes("Huyện, quận, thành phố")) listsXml = xml;
    }
    expect(formulas.length).toBeGreaterThan(5);
    for (const f of formulas)
      expect(f).toMatch(
        /^&apos;DVK_DanhMuc&apos;!\$[A-Z]+\$2:\$[A-Z]+\$\d+$|^'DVK_DanhMuc'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/,
      );
    expect(formulas.some((f) => f.includes('"'))).toBe(false);
    // The lists sheet holds "Xã, phường" whole, in one cell (shared string or inline).
    const strings = await zip.file("xl/sharedStrings.xml")?.async("string");
    expect(strings ?? listsXml).toMatch(/<t[^>]*>Xã, phường<\/t>/);
    const [read] = await wb.readRanges([
      { sheet: LISTS_SHEET, range: listSource(level.list!)!.range },
    ]);
    expect(read.values.flat()).toEqual(level.list);
  });
});
