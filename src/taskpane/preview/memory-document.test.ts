import { DOMParser } from "@xmldom/xmldom";
import { fieldValues } from "../../core/report/fields";
import { REPORT_KINDS } from "../../core/report/kinds";
import { insertTemplates } from "../../core/sheets/insert";
import { readWorkbook } from "../../core/sheets/read";
import { MemoryWorkbook } from "../../core/workbook/memory-workbook";
import { renderDocxBase64 } from "../../report-docx/render-docx";
import {
  docxViewBlocks,
  fieldRuns,
  type ViewBlock,
  type XmlParser,
} from "./docx-view";
import { MemoryDocument } from "./memory-document";

const parser = new DOMParser() as unknown as XmlParser;
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const text = (blocks: readonly ViewBlock[]): string =>
  blocks
    .map((b) =>
      b.kind === "paragraph"
        ? b.runs.map((r) => r.text).join("")
        : b.rows.map((row) => row.map(text).join(" | ")).join("\n"),
    )
    .join("\n");

describe("docxViewBlocks: the body of a .docx as paragraphs and tables of runs", () => {
  test("runs, formatting, alignment and linked figures (content controls tagged dvk:)", () => {
    const xml = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>BÁO CÁO</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Có </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="dvk:staff.total"/></w:sdtPr><w:sdtContent><w:r><w:t>6</w:t></w:r><w:r><w:t>5</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> cán bộ</w:t></w:r><w:r><w:rPr><w:b w:val="false"/><w:highlight w:val="yellow"/></w:rPr><w:t>[nhập]</w:t></w:r></w:p>
      <w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>Nhóm</w:t></w:r></w:p></w:tc><w:tc><w:p><w:sdt><w:sdtPr><w:tag w:val="dvk:staff.teacher"/></w:sdtPr><w:sdtContent><w:r><w:t>40</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc></w:tr></w:tbl>
      <w:sectPr/></w:body></w:document>`;
    const blocks = docxViewBlocks(xml, parser);
    expect(blocks[0]).toEqual({
      kind: "paragraph",
      align: "center",
      runs: [
        {
          text: "BÁO CÁO",
          bold: true,
          italic: false,
          highlight: false,
          field: undefined,
        },
      ],
    });
    const p = blocks[1];
    expect(
      p.kind === "paragraph" &&
        p.runs.map((r) => [
          r.text,
          r.field ?? null,
          Boolean(r.bold),
          Boolean(r.highlight),
        ]),
    ).toEqual([
      ["Có ", null, false, false],
      ["65", "staff.total", false, false],
      [" cán bộ", null, false, false],
      ["[nhập]", null, false, true],
    ]);
    expect(text(blocks)).toBe("BÁO CÁO\nCó 65 cán bộ[nhập]\nNhóm | 40");
    expect(blocks[2]).toMatchObject({ kind: "table", bordered: true });
    expect(fieldRuns(blocks).map((r) => [r.field, r.text])).toEqual([
      ["staff.total", "65"],
      ["staff.teacher", "40"],
    ]);
  });
});

describe("MemoryDocument: the preview's Word document", () => {
  test("shows a real draft and refreshes its linked figures as the Word adapter does", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "thcs", sample: true });
    const data = (await readWorkbook(wb)).data;
    const kind = REPORT_KINDS.find((k) => k.id === "so-ket")!;
    const tree = kind.build(data);
    const doc = new MemoryDocument(parser);
    let changes = 0;
    doc.onChange = () => changes++;
    expect(await doc.insertDraft(await renderDocxBase64(tree))).toBe("shown");
    expect(changes).toBe(1);
    expect(text(doc.blocks)).toContain("BÁO CÁO");
    expect(text(doc.blocks)).toContain("332,4 triệu đồng");
    const values = fieldValues(tree);
    const same = await doc.refreshFields(values);
    expect(same.changed).toEqual([]);
    expect(same.unchanged).toBe(fieldRuns(doc.blocks).length);
    expect(changes).toBe(1);
    const next = new Map(values);
    next.set("donations.total", "334,4 triệu đồng");
    next.delete("staff.total");
    next.set("new.key", "1");
    const r = await doc.refreshFields(next);
    expect(r.changed).toContainEqual({
      key: "donations.total",
      from: "332,4 triệu đồng",
      to: "334,4 triệu đồng",
    });
    expect(r.orphaned).toContain("staff.total");
    expect(r.missing).toEqual(["new.key"]);
    const total = fieldRuns(doc.blocks).filter(
      (f) => f.field === "donations.total",
    );
    expect(total.length).toBeGreaterThan(0);
    expect(total.every((f) => f.text === "334,4 triệu đồng")).toBe(true);
    expect(
      fieldRuns(doc.blocks).find((f) => f.field === "staff.total")?.text,
    ).toBe(values.get("staff.total"));
    expect(changes).toBe(2);
  });
});
