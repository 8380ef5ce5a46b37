import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../core/checks/check-workbook";
import { readWorkbook } from "../core/sheets/read";
import { insertTemplates } from "../core/sheets/insert";
import { TABLE_NAMES } from "../core/sheets/registry";
import { WorkbookError } from "../core/workbook/types";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { openWorkbookForReading } from "./read-workbook-file";
import { SheetScanner, XlsxReader } from "./xlsx-reader";
import { XlsxWorkbook } from "./xlsx-workbook";

const CORPUS = join(__dirname, "..", "..", "test", "fixtures", "corpus");
const corpus = readdirSync(CORPUS).filter((f) => f.endsWith(".xlsx"));

/** A package with `sheetXml` as the only sheet, holding table `tblT` over `ref` when given. */
async function packageWith(
  sheetXml: string,
  options: { ref?: string; shared?: string[]; styles?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${options.ref ? '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' : ""}${options.shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}${options.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ""}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sổ tài trợ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>${options.shared ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ""}${options.styles ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : ""}</Relationships>`,
  );
  if (options.shared)
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.shared.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    );
  if (options.styles) zip.file("xl/styles.xml", options.styles);
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${sheetXml}${options.ref ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : ""}</worksheet>`,
  );
  if (options.ref) {
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`,
    );
    zip.file(
      "xl/tables/table1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="tblT" displayName="tblT" ref="${options.ref}"><autoFilter ref="${options.ref}"/><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns></table>`,
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const small = (over: Partial<ReadLimits>): ReadLimits => ({
  ...DEFAULT_READ_LIMITS,
  ...over,
});

/** Rewrites the declared (inflated) size of `entry` in the central directory. */
function lieAboutSize(
  bytes: Uint8Array,
  entry: string,
  size: number,
): Uint8Array {
  const buf = Buffer.from(bytes);
  for (let i = 0; i + 46 < buf.length; i++)
    if (buf.readUInt32LE(i) === 0x02014b50) {
      const n = buf.readUInt16LE(i + 28);
      if (buf.toString("utf8", i + 46, i + 46 + n) === entry)
        buf.writeUInt32LE(size, i + 24);
    }
  return new Uint8Array(buf);
}

async function message(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return (e as Error).message;
  }
  throw new Error("no error");
}

describe("XlsxReader: the same answers as XlsxWorkbook (exceljs) on every corpus workbook", () => {
  test.each(corpus)("%s", async (file) => {
    const bytes = readFileSync(join(CORPUS, file));
    const full = await XlsxWorkbook.load(ExcelJS, bytes, file);
    const reader = await openWorkbookForReading(bytes, file);
    expect(await reader.inspect()).toEqual(await full.inspect());
    const [a, b] = [await readWorkbook(full), await readWorkbook(reader)];
    expect(b.data).toEqual(a.data);
    expect(b.findings).toEqual(a.findings);
    expect((await checkWorkbook(reader)).findings).toEqual(
      (await checkWorkbook(full)).findings,
    );
    // Tables: the same header, range and row under them; rows the same up to the last one
    // holding data (the reader leaves out trailing empty rows).
    const [ta, tb] = [
      await full.readTables(TABLE_NAMES),
      await reader.readTables(TABLE_NAMES),
    ];
    ta.forEach((t, i) => {
      const u = tb[i];
      if (!t || !u) return expect(u).toBe(t);
      expect(u.range).toBe(t.range);
      expect(u.header).toEqual(t.header);
      expect(u.below).toEqual(t.below);
      expect(u.belowFormulas).toEqual(t.belowFormulas);
      expect(t.rows.slice(0, u.rows.length)).toEqual(u.rows);
      for (const rest of t.rows.slice(u.rows.length))
        expect(rest.every((v) => v === null || v === "")).toBe(true);
    });
  });
});

describe("XlsxReader: values as the seam expects them", () => {
  test("shared and inline strings with _xHHHH_ escapes, rich text, booleans, errors, dates, cached formula results", async () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    const bytes = await packageWith(
      `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>dòng 1_x000D_dòng 2 &amp; _x005f_x000D_</t></is></c><c r="B2" t="inlineStr"><is><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Văn A</t></r></is></c></row>` +
        `<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#DIV/0!</v></c></row>` +
        `<row r="4"><c r="A4" s="1"><v>45000.5</v></c><c r="B4" s="2"><f>SUM(1,2)</f><v>0</v></c></row>` +
        `<row r="5"><c r="A5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B5"><f>1/0</f></c></row></sheetData>` +
        `<sheetProtection sheet="1"/>`,
      {
        ref: "A1:B5",
        shared: [
          "<t>Tổng_x000D_cộng</t>",
          "<r><t>Hội </t></r><r><t>cha mẹ</t></r><rPh><t>x</t></rPh>",
        ],
        styles,
      },
    );
    const reader = await XlsxReader.open(bytes, "x.xlsx");
    const [t] = await reader.readTables(["tblT"]);
    expect(t?.header).toEqual(["Tổng\rcộng", "Hội cha mẹ"]);
    expect(t?.rows).toEqual([
      ["dòng 1\rdòng 2 & _x000D_", "Nguyễn Văn A"],
      [true, "#DIV/0!"],
      [45000.5, 0],
      ["ab", null],
    ]);
    const [info] = await reader.inspect();
    expect(info).toEqual({
      name: "Sổ tài trợ",
      usedRange: "A1:B5",
      protected: true,
      tables: ["tblT"],
    });
    const [range] = await reader.readRanges(
      [{ sheet: "sổ tài trợ", range: "A4:B5" }],
      { formulas: true },
    );
    expect(range.formulas).toEqual([
      [false, true],
      [true, true],
    ]);
    // The exceljs adapter agrees.
    const full = await XlsxWorkbook.load(ExcelJS, bytes, "x.xlsx");
    expect((await full.readTables(["tblT"]))[0]).toEqual(t);
  });

  test("read-only: apply and select refuse in Vietnamese", async () => {
    const reader = await XlsxReader.open(
      await packageWith("<sheetData/>"),
      "so.xlsx",
    );
    expect(
      await message(reader.apply([{ kind: "addSheet", sheet: "X" }])),
    ).toMatch(/^Tệp “so\.xlsx” được mở chỉ để đọc/);
    expect(
      await message(reader.select({ sheet: "Sổ tài trợ", cell: "A1" })),
    ).toMatch(/chỉ để đọc/);
  });
});

describe("XlsxReader: bounded", () => {
  /** 20 rows of data under a table whose reference runs to the last row of a sheet. */
  const tall = () =>
    packageWith(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="B1" t="inlineStr"><is><t>B</t></is></c></row>${Array.from(
        { length: 20 },
        (_, i) =>
          `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="B${i + 2}"><v>${i * 2}</v></c></row>`,
      ).join("")}</sheetData>`,
      { ref: "A1:B1048576" },
    );

  test("a table reference to row 1048576 over 20 rows gives 20 rows, its range kept", async () => {
    const reader = await XlsxReader.open(await tall(), "t.xlsx");
    const [t] = await reader.readTables(["tblT"]);
    expect(t?.range).toBe("A1:B1048576");
    expect(t?.rows).toHaveLength(20);
    expect(t?.rows[19]).toEqual([19, 38]);
    expect(t?.below).toEqual([null, null]);
    expect((await reader.inspect())[0].usedRange).toBe("A1:B21");
  });

  test("the exceljs adapter reads the same table without building a million rows", async () => {
    const full = await XlsxWorkbook.load(ExcelJS, await tall(), "t.xlsx");
    const [t] = await full.readTables(["tblT"]);
    expect(t?.rows).toHaveLength(1048575);
    expect(new Set(t?.rows.slice(20)).size).toBe(1); // one shared empty row
    expect(full.workbook.getWorksheet("Sổ tài trợ")?.rowCount).toBe(21);
  });

  test("rows and cells over the limits: a Vietnamese message naming the file, the sheet and the limit", async () => {
    const bytes = await tall();
    expect(
      await message(
        XlsxReader.open(bytes, "t.xlsx", {
          limits: small({ maxRows: 10 }),
          preloadTables: ["tblT"],
        }),
      ),
    ).toBe(
      "Tệp “t.xlsx”: sheet “Sổ tài trợ” có hơn 10 dòng dữ liệu (giới hạn của DVK là 10 dòng mỗi sheet). Hãy tách sổ thành nhiều tệp (ví dụ theo năm học) rồi xử lý từng tệp.",
    );
    const reader = await XlsxReader.open(bytes, "t.xlsx", {
      limits: small({ maxCells: 30 }),
    });
    expect(await message(reader.readTables(["tblT"]))).toMatch(
      /^Tệp “t\.xlsx”: sheet “Sổ tài trợ” có hơn 30 ô có dữ liệu \(giới hạn của DVK là 30 ô mỗi sheet\)/,
    );
  });

  test("a sheet that is never asked about is never inflated", async () => {
    const bytes = await tall();
    const reader = await XlsxReader.open(bytes, "t.xlsx");
    expect(
      (reader as unknown as { zip: { inflated: number } }).zip.inflated,
    ).toBeLessThan(4000);
  });

  test("a zip bomb: refused on its declared size, and on its actual size when the directory lies", async () => {
    const rows = `<row>${'<c s="0"/>'.repeat(1000)}</row>`.repeat(300); // ~3 MB inflated
    const bomb = await packageWith(`<sheetData>${rows}</sheetData>`, {
      ref: "A1:B2",
    });
    expect(bomb.length).toBeLessThan(100_000);
    const limits = small({ maxPartBytes: 1 << 20 });
    const declared = await message(
      XlsxReader.open(bomb, "bom.xlsx", { limits, preloadTables: ["tblT"] }),
    );
    expect(declared).toMatch(
      /^Tệp “bom\.xlsx”: sheet “Sổ tài trợ” \(xl\/worksheets\/sheet1\.xml\) khi giải nén lớn hơn 1 MB \(giới hạn của DVK là 1 MB cho mỗi phần\)/,
    );
    const liar = lieAboutSize(bomb, "xl/worksheets/sheet1.xml", 1000);
    expect(
      await message(
        XlsxReader.open(liar, "bom.xlsx", { limits, preloadTables: ["tblT"] }),
      ),
    ).toMatch(
      /^Tệp “bom\.xlsx”: sheet “Sổ tài trợ” \(xl\/worksheets\/sheet1\.xml\) giải nén ra số byte khác với kích thước ghi trong tệp nén \(1\.000 byte\)/,
    );
    // The exceljs path checks the same before exceljs sees the bytes.
    expect(
      await message(XlsxWorkbook.load(ExcelJS, bomb, "bom.xlsx", limits)),
    ).toMatch(
      /^Tệp “bom\.xlsx”: phần “xl\/worksheets\/sheet1\.xml” khi giải nén lớn hơn 1 MB/,
    );
    expect(
      await message(XlsxWorkbook.load(ExcelJS, liar, "bom.xlsx", limits)),
    ).toMatch(/giải nén ra số byte khác với kích thước ghi trong tệp nén/);
    expect(
      await message(
        XlsxWorkbook.load(ExcelJS, bomb, "bom.xlsx", {
          ...limits,
          maxPartBytes: 1 << 30,
          maxCells: 100_000,
        }),
      ),
    ).toMatch(
      /^Tệp “bom\.xlsx” quá lớn để mở và ghi lại: sổ có hơn 100\.000 ô/,
    );
  });

  test("a whole workbook of templates opens through both paths with the default limits", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    const bytes = await wb.toBuffer();
    const reader = await openWorkbookForReading(bytes, "mau.xlsx");
    expect((await readWorkbook(reader)).data).toEqual(
      (await readWorkbook(await XlsxWorkbook.load(ExcelJS, bytes, "m.xlsx")))
        .data,
    );
  });
});

describe("XlsxReader: a sheet read chunk by chunk", () => {
  // Every kind of tag the scan reads, prefixed names, entities in attributes, a comment
  // holding ">", a value split by a comment, Vietnamese text (multi-byte UTF-8) and a
  // four-byte character, so that every chunk boundary cuts a tag, a value or a character.
  const xml =
    `\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="m" xmlns:r="r" xmlns:x="m">` +
    `<sheetPr/><!-- a > b --><sheetProtection sheet="true"/><sheetData>` +
    `<row r="1" spans="1:4"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45000.25</v></c>` +
    `<c r="C1" t="inlineStr"><is><t>Nguyễn _x000D_ &amp; 𝒳</t><r><t xml:space="preserve"> Văn</t></r><rPh sb="0"><t>phiên âm</t></rPh></is></c>` +
    `<c r="D1" t="b"><v>1</v></c></row>` +
    `<row r="3"><x:c r="A3" t="e"><x:v>#DIV/0!</x:v></x:c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c>` +
    `<c r="C3"><f>SUM(A1)</f></c><c\n r="D3"\ts='2'><v>-12.5</v></c><c r="E3" t="n"><v>1<!-- x -->2</v></c></row>` +
    `<row><c><v>7</v></c><c r="B&#52;" t="&#115;"><v>0</v></c><c s="1"><v>1E3</v></c><c r="$D$4"><v> 8 </v></c></row>` +
    `<row r="6"><c r="A6" t="s"><v>1</v></c><c r="B6" t="s"/><c r="C6"><v>123456789012345678</v></c><c r="D6" t="s"><v>2</v></c></row>` +
    `</sheetData><mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells>` +
    `<hyperlinks><hyperlink ref="D1" r:id="rId1"/></hyperlinks></worksheet>`;
  const bytes = Buffer.from(xml, "utf8");

  const scan = (size: number | number[]) => {
    const scanner = new SheetScanner(
      null,
      ["Tổng cộng", "Hội cha mẹ", ""],
      [false, true, false],
      false,
      DEFAULT_READ_LIMITS,
      () => "rows",
      () => "cells",
    );
    const cuts = Array.isArray(size)
      ? size
      : Array.from(
          { length: Math.ceil(bytes.length / size) - 1 },
          (_, i) => (i + 1) * size,
        );
    let at = 0;
    for (const cut of [...cuts, bytes.length]) {
      scanner.feed(bytes.subarray(at, cut));
      at = cut;
    }
    return scanner.finish();
  };

  test("read in one chunk: shared, inline and rich text, dates, booleans, errors, formulas, merges, links", () => {
    const whole = scan(bytes.length);
    const values = (r: number) => whole.rows.get(r)?.values;
    expect(values(0)).toEqual([
      "Hội cha mẹ",
      45000.25,
      "Nguyễn \r & 𝒳 Văn",
      "true",
    ]);
    expect(values(2)).toEqual(["#DIV/0!", "a&b", null, -12.5, 12]);
    expect(whole.rows.get(2)?.formulas).toEqual([1, 2]);
    expect(values(3)).toEqual([7, "Tổng cộng", 1000, 8]);
    expect(values(5)).toEqual(["Hội cha mẹ", "Hội cha mẹ", 123456789012345680]);
    expect(values(6)).toEqual(["Hội cha mẹ", "Hội cha mẹ"]);
    expect(whole.used).toEqual({ top: 0, left: 0, bottom: 6, right: 4 });
    expect(whole.protected).toBe(true);
  });

  test("the same in chunks of 1, 2, 3, 7 and 64 bytes, and cut in two at every offset", () => {
    const whole = scan(bytes.length);
    for (const size of [1, 2, 3, 7, 64])
      expect(scan(size)).toStrictEqual(whole);
    for (let cut = 1; cut < bytes.length; cut++)
      expect(scan([cut])).toStrictEqual(whole);
  });
});
