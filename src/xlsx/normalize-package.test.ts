import ExcelJS from "exceljs";
import JSZip from "jszip";
import { insertTemplates } from "../core/sheets/insert";
import { readWorkbook } from "../core/sheets/read";
import { normalizePackage } from "./normalize-package";
import { XlsxWorkbook } from "./xlsx-workbook";

/** The sample workbook with every relationship target made absolute, as openpyxl writes them. */
async function absoluteTargets(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create(ExcelJS);
  await insertTemplates(wb, { level: "thcs", sample: true });
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  for (const path of Object.keys(zip.files).filter((p) =>
    p.endsWith(".rels"),
  )) {
    const dir = path.slice(0, path.lastIndexOf("_rels/"));
    const xml = await zip.file(path)!.async("string");
    zip.file(
      path,
      xml.replace(/Target="(?!\/)([^"]+)"/g, (_, t: string) => {
        const parts = [...dir.split("/").filter(Boolean)];
        for (const p of t.split("/"))
          if (p === "..") parts.pop();
          else parts.push(p);
        return `Target="/${parts.join("/")}"`;
      }),
    );
  }
  return zip.generateAsync({ type: "uint8array" });
}

describe("normalizePackage: workbooks written by openpyxl and other tools", () => {
  test("absolute relationship targets, which exceljs cannot follow, become relative", async () => {
    const bytes = await absoluteTargets();
    const rels = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/_rels/workbook.xml.rels")!
      .async("string");
    expect(rels).toContain('Target="/xl/worksheets/sheet1.xml"');
    await expect(
      new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer),
    ).rejects.toThrow();
    const fixed = await normalizePackage(bytes);
    const back = await (
      await JSZip.loadAsync(fixed)
    )
      .file("xl/_rels/workbook.xml.rels")!
      .async("string");
    expect(back).toContain('Target="worksheets/sheet1.xml"');
    const wb = await XlsxWorkbook.load(ExcelJS, bytes, "openpyxl.xlsx");
    const { data } = await readWorkbook(wb);
    expect(data.donations?.rows).toHaveLength(13);
    expect(data.general?.values.unitName).toBe("Trường TH&THCS Vĩnh Bình Bắc");
  });

  test("a package with relative targets is returned as it is", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await wb.apply([{ kind: "addSheet", sheet: "S" }]);
    const bytes = await wb.toBuffer();
    expect(await normalizePackage(bytes)).toBe(bytes);
  });
});
