/* The renderer's WordprocessingML, read without LibreOffice: .docx bytes → jszip → xmldom. Small
 * trees built by hand pin each part of the layout; the sample school's workbook checks every
 * report kind of both document families, and the long-ledger path. */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { convertMillimetersToTwip } from "docx";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { REPORT_KINDS } from "../core/report/kinds";
import { DEFAULT_MARGINS } from "../core/report/parts";
import { APPENDIX_LIMIT, LEDGER_INLINE_LIMIT } from "../core/report/sections";
import { formatVnNumber } from "../core/vn/format-vn-number";
import {
  field,
  para,
  prompt,
  text,
  type Block,
  type Inline,
  type Margins,
  type ReportTree,
} from "../core/report/tree";
import { insertTemplates } from "../core/sheets/insert";
import {
  readTables,
  readWorkbook,
  type WorkbookData,
} from "../core/sheets/read";
import { donationsSpec } from "../core/sheets/specs";
import { MemoryWorkbook } from "../core/workbook/memory-workbook";
import { serial, tableOf } from "../../test/support/tables";
import { renderDocx, renderDocxBase64 } from "./render-docx";

// ---- reading the package -------------------------------------------------------------------

interface Docx {
  readonly zip: JSZip;
  /** word/document.xml as text. */
  readonly xml: string;
  readonly doc: Document;
  /** The body's top-level paragraphs and tables, in order. */
  readonly blocks: Element[];
}

/** Parses XML, failing on anything not well-formed: fast-xml-parser validates (xmldom lets a bare
 *  "&" through), xmldom builds the tree and fails on its errors too. */
function parse(xml: string): Document {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(JSON.stringify(valid.err));
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

const elements = (nodes: {
  readonly length: number;
  item(i: number): unknown;
}): Element[] =>
  Array.from({ length: nodes.length }, (_, i) => nodes.item(i) as Element);
/** Descendants named `tag`. */
const all = (n: Element | Document, tag: string): Element[] =>
  elements(n.getElementsByTagName(tag));
/** Direct children named `tag` (any element when omitted). */
const kids = (n: Element, tag?: string): Element[] =>
  elements(n.childNodes).filter(
    (c) => c.nodeType === 1 && (!tag || c.tagName === tag),
  );
/** An attribute of the first descendant named `tag`. */
const attr = (n: Element | Document, tag: string, name = "w:val") =>
  all(n, tag)[0]?.getAttribute(name) ?? null;
const num = (n: Element | Document, tag: string, name = "w:val") =>
  Number(attr(n, tag, name));
/** The text of an element (its w:t). */
const textOf = (n: Element): string =>
  all(n, "w:t")
    .map((t) => t.textContent ?? "")
    .join("");
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const twip = convertMillimetersToTwip;

async function read(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const doc = parse(xml);
  const blocks = kids(all(doc, "w:body")[0]).filter(
    (b) => b.tagName === "w:p" || b.tagName === "w:tbl",
  );
  return { zip, xml, doc, blocks };
}
const render = async (tree: ReportTree) => read(await renderDocx(tree));

/** The paragraph whose whole text is `s`. */
function paragraph(d: Docx, s: string): Element {
  const p = all(d.doc, "w:p").find((x) => textOf(x) === s);
  if (!p) throw new Error(`no paragraph "${s}"`);
  return p;
}
/** Top-level tables, in order. */
const tables = (d: Docx) => d.blocks.filter((b) => b.tagName === "w:tbl");
const gridCols = (tbl: Element) =>
  all(tbl, "w:gridCol").map((g) => Number(g.getAttribute("w:w")));
/** Text width in twips as the page setup of the document says: page width less margins. */
const textTwips = (d: Docx) =>
  num(d.doc, "w:pgSz", "w:w") -
  num(d.doc, "w:pgMar", "w:left") -
  num(d.doc, "w:pgMar", "w:right");
/** Content controls: tag → text. */
const sdts = (n: Element | Document) =>
  all(n, "w:sdt").map((s) => ({
    tag: attr(s, "w:tag"),
    alias: attr(s, "w:alias"),
    text: textOf(s),
  }));

// ---- a tree built by hand ------------------------------------------------------------------

const SPECIAL = `Công ty "Hoa & Lá" <Cần Thơ> 'ABC'`;
const WIDE: Margins = { top: 25, bottom: 25, left: 35, right: 20 };

const ledgerTable = (n: number, compact: boolean): Block => ({
  kind: "table",
  header: ["TT", "Nhà tài trợ", "Giá trị (đồng)"],
  widths: [10, 60, 30],
  aligns: ["center", "left", "right"],
  compact,
  rows: Array.from({ length: n }, (_, i) => [
    [text(String(i + 1))],
    [text(i === 0 ? SPECIAL : `Nhà tài trợ số ${i + 1}`)],
    [text(`${i + 1}.000.000`)],
  ]),
});

function handTree(margins: Margins = DEFAULT_MARGINS, extra: Block[] = []) {
  const tree: ReportTree = {
    title: "Báo cáo thử",
    margins,
    bodySize: 14,
    blocks: [
      {
        kind: "headerBlock",
        left: [
          { inlines: [field("general.superiorBody", "UBND XÃ A")], size: 13 },
          {
            inlines: [field("general.unitName", "TRƯỜNG THCS B")],
            size: 13,
            bold: true,
            underline: true,
          },
        ],
        right: [
          {
            inlines: [text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
            size: 12,
            bold: true,
          },
          {
            inlines: [text("Độc lập - Tự do - Hạnh phúc")],
            size: 14,
            bold: true,
            underline: true,
          },
          {
            inlines: [prompt("Địa danh, ngày … tháng … năm …")],
            size: 14,
            italic: true,
          },
        ],
      },
      para([text("BÁO CÁO")], { align: "center", bold: true, size: 14 }),
      para(
        [
          text("Tổng giá trị "),
          field("donations.total", "332,4 triệu đồng", true),
          text(" của "),
          field("donations.donor.1", SPECIAL),
          text("; "),
          prompt("Nhận xét"),
        ],
        { indent: true },
      ),
      ledgerTable(2, false),
      ...extra,
      {
        kind: "signature",
        recipients: ["Như trên", "Lưu: VT"],
        lines: [
          { inlines: [text("HIỆU TRƯỞNG")], size: 14, bold: true },
          {
            inlines: [field("general.signerName", "Trần Văn Minh")],
            size: 14,
            bold: true,
          },
        ],
      },
    ],
  };
  return tree;
}

/** Every field inline of a tree, wherever it sits. */
function fieldsOf(tree: ReportTree): Extract<Inline, { kind: "field" }>[] {
  const inlines = tree.blocks.flatMap((b): readonly Inline[] => {
    if (b.kind === "paragraph") return b.inlines;
    if (b.kind === "table") return b.rows.flat(2);
    const lines = b.kind === "headerBlock" ? [...b.left, ...b.right] : b.lines;
    return lines.flatMap((l) => l.inlines);
  });
  return inlines.filter((i) => i.kind === "field");
}

describe("renderDocx: page setup and typography", () => {
  test.each([
    ["the default margins", DEFAULT_MARGINS],
    ["wider margins", WIDE],
  ])("an A4 portrait page with %s in twips", async (_, m) => {
    const d = await render(handTree(m));
    expect(num(d.doc, "w:pgSz", "w:w")).toBe(11905);
    expect(num(d.doc, "w:pgSz", "w:h")).toBe(16837);
    const margin = (side: string) => num(d.doc, "w:pgMar", `w:${side}`);
    expect(["top", "bottom", "left", "right"].map(margin)).toEqual(
      [m.top, m.bottom, m.left, m.right].map((mm) => twip(mm)),
    );
  });

  test("the default margins are 20 mm top and bottom, 30 mm left, 15 mm right (ND 30)", async () => {
    const d = await render(handTree());
    expect(d.xml).toMatch(
      /<w:pgMar w:top="1133" w:right="850" w:bottom="1133" w:left="1700"/,
    );
  });

  test("Times New Roman at the body size is the default, and every run that names a font names it", async () => {
    const d = await render(handTree());
    const styles = parse(await d.zip.file("word/styles.xml")!.async("string"));
    const defaults = all(styles, "w:rPrDefault")[0];
    expect(attr(defaults, "w:rFonts", "w:ascii")).toBe("Times New Roman");
    expect(attr(defaults, "w:rFonts", "w:hAnsi")).toBe("Times New Roman");
    expect(num(defaults, "w:sz")).toBe(28);
    const fonts = all(d.doc, "w:rFonts").map((f) => f.getAttribute("w:ascii"));
    expect(fonts.length).toBeGreaterThan(10);
    expect(new Set(fonts)).toEqual(new Set(["Times New Roman"]));
  });

  test("page numbers from page 2: a distinct first page with an empty header, PAGE centred in the default header", async () => {
    const d = await render(handTree());
    const sect = all(d.doc, "w:sectPr")[0];
    expect(kids(sect, "w:titlePg")).toHaveLength(1);
    const rels = parse(
      await d.zip.file("word/_rels/document.xml.rels")!.async("string"),
    );
    const target = (id: string | null) =>
      all(rels, "Relationship")
        .find((r) => r.getAttribute("Id") === id)!
        .getAttribute("Target");
    const header = async (type: string) => {
      const ref = kids(sect, "w:headerReference").find(
        (h) => h.getAttribute("w:type") === type,
      )!;
      const part = `word/${target(ref.getAttribute("r:id"))}`;
      return parse(await d.zip.file(part)!.async("string"));
    };
    const first = await header("first");
    expect(all(first, "w:instrText")).toHaveLength(0);
    expect(all(first, "w:t")).toHaveLength(0);
    const other = await header("default");
    expect(all(other, "w:instrText")[0].textContent?.trim()).toBe("PAGE");
    expect(attr(other, "w:jc")).toBe("center");
    expect(num(other, "w:sz")).toBe(26);
  });
});

describe("renderDocx: blocks", () => {
  test("the header block is a borderless two-column table, 40 % and 60 % wide", async () => {
    const d = await render(handTree());
    const tbl = d.blocks[0];
    expect(tbl.tagName).toBe("w:tbl");
    const borders = kids(all(tbl, "w:tblBorders")[0]);
    expect(borders.map((b) => b.getAttribute("w:val"))).toEqual(
      Array(6).fill("none"),
    );
    const cells = all(tbl, "w:tc");
    expect(cells.map((c) => num(c, "w:tcW", "w:w"))).toEqual([2000, 3000]);
    expect(cells.map((c) => attr(c, "w:tcW", "w:type"))).toEqual([
      "pct",
      "pct",
    ]);
    for (const c of cells)
      for (const b of kids(all(c, "w:tcBorders")[0]))
        expect(b.getAttribute("w:val")).toBe("none");
    expect(textOf(cells[0])).toBe("UBND XÃ ATRƯỜNG THCS B");
    expect(textOf(cells[1])).toBe(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc[Địa danh, ngày … tháng … năm …]",
    );
  });

  test.each([
    ["the default margins (165 mm of text)", DEFAULT_MARGINS, 1171],
    ["wider margins (155 mm of text)", WIDE, 1096],
  ])(
    "the issuer's rule is a third of its column, from the text width, with %s",
    async (_, m, side) => {
      // Column: 40 % of the text width less 4 mm; the rule a third of it, centred.
      const d = await render(handTree(m));
      const cell = all(d.blocks[0], "w:tc")[0];
      const ps = kids(cell, "w:p");
      const rule = ps[ps.findIndex((p) => textOf(p) === "TRƯỜNG THCS B") + 1];
      expect(attr(rule, "w:top")).toBe("single");
      expect(num(rule, "w:ind", "w:left")).toBe(side);
      expect(num(rule, "w:ind", "w:right")).toBe(side);
      expect(side).toBe(twip(((210 - m.left - m.right) * 0.4 - 4) / 3));
    },
  );

  test("the title is bold and centred", async () => {
    const d = await render(handTree());
    const title = paragraph(d, "BÁO CÁO");
    expect(attr(title, "w:jc")).toBe("center");
    for (const r of all(title, "w:r")) expect(all(r, "w:b")).toHaveLength(1);
  });

  test("every field is a content control tagged dvk:<key> holding its text", async () => {
    const tree = handTree();
    const d = await render(tree);
    const expected = fieldsOf(tree).map((f) => ({
      tag: `dvk:${f.key}`,
      alias: f.key,
      text: f.text,
    }));
    expect(expected).toHaveLength(5);
    expect(sdts(d.doc)).toEqual(expected);
    const total = all(d.doc, "w:sdt")[2];
    expect(all(total, "w:b")).toHaveLength(1); // a bold field stays bold
  });

  test("prompts are bracketed, italic and highlighted yellow", async () => {
    const d = await render(handTree());
    const prompts = all(d.doc, "w:r").filter((r) => /^\[.*\]$/.test(textOf(r)));
    expect(prompts.map(textOf)).toEqual([
      "[Địa danh, ngày … tháng … năm …]",
      "[Nhận xét]",
    ]);
    for (const r of prompts) {
      expect(attr(r, "w:highlight")).toBe("yellow");
      expect(all(r, "w:i")).toHaveLength(1);
    }
    const plain = all(d.doc, "w:r").filter(
      (r) => textOf(r) === "Tổng giá trị ",
    );
    expect(all(plain[0], "w:highlight")).toHaveLength(0);
  });

  test("a body table has a bold, centred header row repeated on every page, then its rows", async () => {
    const d = await render(handTree());
    const rows = kids(tables(d)[1], "w:tr");
    expect(rows).toHaveLength(3);
    expect(all(rows[0], "w:tblHeader")).toHaveLength(1);
    expect(all(rows[1], "w:tblHeader")).toHaveLength(0);
    const header = kids(rows[0], "w:tc");
    expect(header.map(textOf)).toEqual(["TT", "Nhà tài trợ", "Giá trị (đồng)"]);
    for (const c of header) {
      expect(attr(c, "w:jc")).toBe("center");
      expect(all(c, "w:b").length).toBeGreaterThan(0);
    }
    expect(kids(rows[2], "w:tc").map((c) => attr(c, "w:jc"))).toEqual([
      "center",
      "left",
      "right",
    ]);
  });

  test("the signature block: Nơi nhận and the recipients left, the signer right, borderless", async () => {
    const d = await render(handTree());
    const tbl = d.blocks[d.blocks.length - 1];
    expect(tbl.tagName).toBe("w:tbl");
    const [left, right] = all(tbl, "w:tc");
    expect([left, right].map((c) => num(c, "w:tcW", "w:w"))).toEqual([
      2500, 2500,
    ]);
    expect(kids(left, "w:p").map(textOf)).toEqual([
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT.", // the last line ends with "." (ND 30/2020)
    ]);
    const heading = kids(left, "w:p")[0];
    expect(all(heading, "w:b")).not.toHaveLength(0);
    expect(all(heading, "w:i")).not.toHaveLength(0);
    expect(kids(right, "w:p").map(textOf)).toEqual([
      "HIỆU TRƯỞNG",
      "Trần Văn Minh",
    ]);
    expect(sdts(right)).toEqual([
      {
        tag: "dvk:general.signerName",
        alias: "general.signerName",
        text: "Trần Văn Minh",
      },
    ]);
    expect(
      kids(all(tbl, "w:tblBorders")[0]).map((b) => b.getAttribute("w:val")),
    ).toEqual(Array(6).fill("none"));
  });

  test("&, <, > and quotes are escaped in text, fields and appendix cells, and read back unchanged", async () => {
    const d = await render(handTree(DEFAULT_MARGINS, [ledgerTable(40, true)]));
    // Three places: the body table, the field, the appendix written after packing.
    expect(d.xml.split("Hoa &amp; Lá").length - 1).toBe(3);
    expect(d.xml.split("&lt;Cần Thơ&gt;").length - 1).toBe(3);
    expect(d.xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    const cells = all(d.doc, "w:tc").filter((c) => textOf(c) === SPECIAL);
    expect(cells).toHaveLength(2); // the body table and the appendix
    expect(
      sdts(d.doc).find((s) => s.tag === "dvk:donations.donor.1")?.text,
    ).toBe(SPECIAL);
  });

  test("a flagged figure (a typed total its parts contradict) is highlighted and carries its note as a Word comment", async () => {
    const flag = "65 theo dòng tổng, 61 theo các nhóm — kiểm tra lại";
    const d = await render(
      handTree(DEFAULT_MARGINS, [
        para([
          text("Có "),
          { kind: "field", key: "staff.total", text: "65", flag },
          text(" cán bộ."),
        ]),
        {
          kind: "table",
          header: ["Nhóm", "Tổng số"],
          widths: [60, 40],
          rows: [
            [
              [text("Tổng cộng")],
              [
                {
                  kind: "field",
                  key: "staff.total",
                  text: "65",
                  bold: true,
                  flag,
                },
              ],
            ],
          ],
        },
      ]),
    );
    const starts = all(d.doc, "w:commentRangeStart");
    expect(starts.map((c) => c.getAttribute("w:id"))).toEqual(["0", "1"]);
    expect(
      all(d.doc, "w:commentReference").map((c) => c.getAttribute("w:id")),
    ).toEqual(["0", "1"]);
    // The comment wraps the content control, whose run is highlighted.
    const sdt = starts[0].nextSibling as Element;
    expect(sdt.tagName).toBe("w:sdt");
    expect(attr(sdt, "w:tag")).toBe("dvk:staff.total");
    expect(attr(sdt, "w:highlight")).toBe("yellow");
    const comments = parse(
      await d.zip.file("word/comments.xml")!.async("string"),
    );
    expect(
      all(comments, "w:comment").map((c) => [
        c.getAttribute("w:id"),
        c.getAttribute("w:author"),
        textOf(c),
      ]),
    ).toEqual([
      ["0", "DVK – kiểm tra số liệu", flag],
      ["1", "DVK – kiểm tra số liệu", flag],
    ]);
    // Unflagged fields carry neither.
    const plain = await render(handTree());
    expect(all(plain.doc, "w:commentRangeStart")).toEqual([]);
  });

  test("renderDocxBase64 encodes the same document as renderDocx", async () => {
    const tree = handTree(DEFAULT_MARGINS, [ledgerTable(40, true)]);
    const b64 = await read(Buffer.from(await renderDocxBase64(tree), "base64"));
    expect(b64.xml).toBe((await render(tree)).xml);
  });
});

describe("renderDocx: compact (appendix) tables and widths", () => {
  test("a compact table is written after packing: a well-formed table with every line and no marker left", async () => {
    const d = await render(
      handTree(DEFAULT_MARGINS, [ledgerTable(1000, true)]),
    );
    expect(d.xml).not.toContain("§DVK-TABLE");
    const appendix = tables(d)[2];
    expect(d.blocks.indexOf(appendix)).toBe(d.blocks.indexOf(tables(d)[1]) + 2);
    const rows = kids(appendix, "w:tr");
    expect(rows).toHaveLength(1001);
    expect(all(rows[0], "w:tblHeader")).toHaveLength(1);
    expect(rows.slice(1).map((r) => textOf(kids(r, "w:tc")[0]))).toEqual(
      Array.from({ length: 1000 }, (_, i) => String(i + 1)),
    );
    expect(textOf(rows[1000])).toBe("1000Nhà tài trợ số 10001000.000.000");
    expect(attr(appendix, "w:tblLayout", "w:type")).toBe("fixed");
    expect(num(appendix, "w:sz")).toBe(24); // body 14 pt − 2
  });

  test("with the default margins, the appendix columns are those of a 165 mm text width, as before", async () => {
    const d = await render(handTree(DEFAULT_MARGINS, [ledgerTable(40, true)]));
    // 165 mm = 9354 twips: 10 %, 60 %, 30 %, each rounded.
    expect(gridCols(tables(d)[2])).toEqual([935, 5612, 2806]);
  });

  test.each([
    ["the default margins", DEFAULT_MARGINS],
    ["wider margins", WIDE],
  ])("every table spans the text width computed from %s", async (_, m) => {
    const d = await render(handTree(m, [ledgerTable(40, true)]));
    const text = textTwips(d);
    expect(text).toBe(twip(210) - twip(m.left) - twip(m.right));
    const all = tables(d);
    expect(all).toHaveLength(4); // header block, body table, appendix, signature
    for (const tbl of all) {
      const cols = gridCols(tbl);
      // Each column is rounded to whole twips; the text width in mm floors to twips once.
      expect(Math.abs(sum(cols) - text)).toBeLessThanOrEqual(cols.length + 1);
      expect(attr(tbl, "w:tblW", "w:type")).toBe("pct");
      expect(num(tbl, "w:tblW", "w:w")).toBe(5000);
    }
    const appendix = gridCols(all[2]);
    expect(
      Math.abs(sum(appendix) - twip(210 - m.left - m.right)),
    ).toBeLessThanOrEqual(appendix.length / 2);
    const cellWidths = kids(kids(all[1], "w:tr")[0], "w:tc").map((c) =>
      num(c, "w:tcW", "w:w"),
    );
    expect(sum(cellWidths)).toBe(5000); // percent of the text width, in fiftieths
  });
});

// ---- the sample school's workbook ----------------------------------------------------------

async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await insertTemplates(wb, { level: "th-thcs", sample: true });
  return wb;
}

/** The sample data with the donations ledger replaced by `n` lines. */
async function withLedger(n: number): Promise<WorkbookData> {
  const wb = await sampleWorkbook();
  const names = (await wb.inspect()).flatMap((s) => s.tables);
  const others = (await wb.readTables(names)).filter(
    (t) => t && t.name !== donationsSpec.tableName,
  );
  const rows = Array.from({ length: n }, (_, i) => ({
    no: i + 1,
    date: serial(1 + (i % 28), 3, 2023),
    donor: i === 0 ? SPECIAL : `Nhà tài trợ số ${(i % 9) + 1}`,
    form: "Tiền mặt",
    item: `Ủng hộ đợt ${i + 1}`,
    amount: 100_000 + i,
    voucher: `PT${i}`,
  }));
  return readTables([...others, tableOf(donationsSpec, rows)]).data;
}

describe("renderDocx: every report kind from the sample workbook", () => {
  const data: Partial<Record<"state" | "party", WorkbookData>> = {};
  beforeAll(async () => {
    const wb = await sampleWorkbook();
    data.state = (await readWorkbook(wb)).data;
    const general = data.state.general!;
    const at = general.cells.documentFamily!;
    await wb.apply([
      { kind: "write", sheet: general.sheet, at, cells: [[{ value: "Đảng" }]] },
    ]);
    data.party = (await readWorkbook(wb)).data;
    expect(data.party.general?.values.documentFamily).toBe("party");
  });

  const cases = REPORT_KINDS.flatMap((k) =>
    (["state", "party"] as const).map((f) => [k.id, f] as const),
  );
  test.each(cases)(
    "%s (%s family): well-formed, A4 with its margins, header block first, title bold and centred, figures tagged",
    async (id, family) => {
      const tree = REPORT_KINDS.find((k) => k.id === id)!.build(data[family]!);
      const d = await render(tree);
      const m = tree.margins;
      expect(m).toEqual(DEFAULT_MARGINS);
      expect(num(d.doc, "w:pgMar", "w:left")).toBe(twip(m.left));
      expect(num(d.doc, "w:pgMar", "w:right")).toBe(twip(m.right));
      expect(num(d.doc, "w:pgMar", "w:top")).toBe(twip(m.top));
      expect(num(d.doc, "w:pgMar", "w:bottom")).toBe(twip(m.bottom));
      const heading = textOf(all(d.blocks[0], "w:tc")[1]);
      expect(heading).toMatch(
        family === "party"
          ? /^ĐẢNG CỘNG SẢN VIỆT NAM/
          : /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/,
      );
      const title = d.blocks[1];
      expect(textOf(title)).toMatch(/^(BÁO CÁO|BẢNG ĐĂNG KÝ)$/);
      expect(attr(title, "w:jc")).toBe("center");
      expect(all(title, "w:b")).not.toHaveLength(0);
      const fields = fieldsOf(tree);
      expect(fields.length).toBeGreaterThan(5);
      expect(sdts(d.doc)).toEqual(
        fields.map((f) => ({
          tag: `dvk:${f.key}`,
          alias: f.key,
          text: f.text,
        })),
      );
      expect(textOf(tables(d).at(-1)!)).toContain("Nơi nhận:");
      // Section headings reach Word's navigation pane and stay with their first line.
      const levels = all(d.doc, "w:outlineLvl").map((e) =>
        e.getAttribute("w:val"),
      );
      expect(levels.length).toBeGreaterThan(3);
      // "I." and "1." (and "1.1." in giám sát), or "1." and "3.1."; the form: I.–VII. only.
      expect(new Set(levels).size).toBe(
        { "dang-ky-mo-hinh": 1, "giam-sat": 3 }[id as string] ?? 2,
      );
      expect(all(d.doc, "w:keepNext").length).toBe(levels.length);
    },
  );

  test(`a ledger of more than ${LEDGER_INLINE_LIMIT} lines: the full list as a well-formed appendix table after the body`, async () => {
    const n = LEDGER_INLINE_LIMIT + 15;
    const d = await render(REPORT_KINDS[0].build(await withLedger(n)));
    expect(d.xml).not.toContain("§DVK-TABLE");
    const heading = paragraph(d, "PHỤ LỤC: DANH SÁCH CÁC KHOẢN TÀI TRỢ");
    const appendix = d.blocks[d.blocks.indexOf(heading) + 1];
    expect(appendix.tagName).toBe("w:tbl");
    const rows = kids(appendix, "w:tr");
    expect(rows).toHaveLength(n + 2); // header, the lines, the total
    for (let i = 1; i <= n; i++)
      expect(textOf(rows[i])).toContain(`Ủng hộ đợt ${i}`);
    expect(textOf(rows.at(-1)!)).toMatch(/^Tổng cộng[\d.]+$/);
    expect(all(rows[0]!, "w:tblHeader")).toHaveLength(1);
    for (const r of rows.slice(1))
      expect(all(r, "w:cantSplit")).toHaveLength(1);
    expect(textOf(rows[1])).toContain(SPECIAL);
    expect(all(appendix, "w:sdt")).toHaveLength(0); // plain text; the total is tagged above
    const cols = gridCols(appendix);
    expect(Math.abs(sum(cols) - twip(165))).toBeLessThanOrEqual(
      cols.length / 2,
    );
  });

  test(`a ledger over ${APPENDIX_LIMIT} lines: the summary by donor in the body, no appendix list but where the full list is; the total still tagged`, async () => {
    const n = APPENDIX_LIMIT + 1;
    const d = await render(REPORT_KINDS[0].build(await withLedger(n)));
    expect(d.xml).not.toContain("PHỤ LỤC: DANH SÁCH");
    expect(d.xml).not.toContain(`Ủng hộ đợt ${n}<`);
    expect(textOf(d.doc.documentElement!)).toContain(
      `Sổ tài trợ có ${formatVnNumber(n)} lượt, quá dài để in kèm báo cáo (phụ lục in tối đa ${formatVnNumber(APPENDIX_LIMIT)} lượt). Danh sách đầy đủ ở sheet “Sổ tài trợ” của sổ Excel`,
    );
    expect(textOf(d.doc.documentElement!)).toContain(
      "Tổng hợp theo nhà tài trợ",
    );
    expect(d.xml).toContain('<w:tag w:val="dvk:donations.total"/>');
  }, 60_000);

  test(`a ledger of exactly ${LEDGER_INLINE_LIMIT} lines stays a table in the body, no appendix`, async () => {
    const d = await render(
      REPORT_KINDS[0].build(await withLedger(LEDGER_INLINE_LIMIT)),
    );
    expect(d.xml).not.toContain("PHỤ LỤC");
    const ledger = tables(d).find((t) => textOf(t).includes("Ủng hộ đợt 1"))!;
    const rows = kids(ledger, "w:tr");
    expect(rows).toHaveLength(LEDGER_INLINE_LIMIT + 2); // header, the lines, the total
    expect(sdts(ledger).map((s) => s.tag)).toContain("dvk:donations.line.4");
    // The total row: the figure of record in đồng, its own field beside "… triệu đồng".
    expect(textOf(rows.at(-1)!)).toMatch(/^Tổng cộng[\d.]+$/);
    expect(sdts(rows.at(-1)!).map((s) => s.tag)).toEqual([
      "dvk:donations.total:dong",
    ]);
    // A header repeated on every page, rows that do not split, fixed widths so dates do not wrap.
    expect(all(rows[0]!, "w:tblHeader")).toHaveLength(1);
    for (const r of rows.slice(1))
      expect(all(r, "w:cantSplit")).toHaveLength(1);
    expect(attr(ledger, "w:tblLayout", "w:type")).toBe("fixed");
    const cols = gridCols(ledger);
    expect(Math.abs(sum(cols) - twip(165))).toBeLessThanOrEqual(cols.length);
    expect(cols[1]! / sum(cols)).toBeGreaterThanOrEqual(0.15); // "dd/mm/yyyy" at 13 pt
  });
});
