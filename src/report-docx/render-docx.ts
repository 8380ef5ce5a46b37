/* The one renderer: a report tree → .docx (docx library). Page setup and fonts per Nghị định
 * 30/2020 (Times New Roman, A4, page numbers centred at the top from page 2), real Word tables,
 * every data figure in a content control tagged dvk:<key>. */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  HighlightColor,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from "docx";
import type {
  Align,
  Block,
  HeaderLine,
  Inline,
  ReportTree,
} from "../core/report/tree";
import { FieldRun } from "./content-control";

const FONT = "Times New Roman";
/** docx sizes are half-points. */
const hp = (pt: number) => Math.round(pt * 2);
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function runs(
  inlines: readonly Inline[],
  size: number,
  base: { bold?: boolean; italic?: boolean } = {},
): ParagraphChild[] {
  return inlines.map((i) => {
    if (i.kind === "text")
      return new TextRun({
        text: i.text,
        font: FONT,
        size: hp(size),
        bold: i.bold ?? base.bold,
        italics: i.italic ?? base.italic,
      });
    if (i.kind === "prompt")
      return new TextRun({
        text: `[${i.text}]`,
        font: FONT,
        size: hp(size),
        italics: true,
        highlight: HighlightColor.YELLOW,
      });
    return new FieldRun(
      i.key,
      new TextRun({
        text: i.text,
        font: FONT,
        size: hp(size),
        bold: i.bold ?? base.bold,
        italics: base.italic,
      }),
    ) as unknown as ParagraphChild;
  });
}

function paragraph(
  inlines: readonly Inline[],
  o: {
    size: number;
    align?: Align;
    bold?: boolean;
    italic?: boolean;
    indent?: boolean;
    spaceBefore?: number;
  },
): Paragraph {
  return new Paragraph({
    children: runs(inlines, o.size, { bold: o.bold, italic: o.italic }),
    alignment: o.align ? ALIGN[o.align] : undefined,
    indent: o.indent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
    spacing: { before: (o.spaceBefore ?? 6) * 20, after: 0, line: 276 },
  });
}

/** A short centred rule under a header line (ND 30: under the issuer, about a third of its
 *  width; under "Độc lập - Tự do - Hạnh phúc", as long as the line). Widths in millimetres. */
function rule(lineMm: number, columnMm: number): Paragraph {
  const side = convertMillimetersToTwip(Math.max(0, (columnMm - lineMm) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60, line: 120 },
    border: {
      top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 },
    },
  });
}

/** Text width available in a header column of `percent` of the 165 mm text width. */
const columnMm = (percent: number) => (165 * percent) / 100 - 4;

function headerColumn(
  lines: readonly HeaderLine[],
  percent: number,
  ruleMm: (l: HeaderLine) => number,
): Paragraph[] {
  return lines.flatMap((l) => {
    const p = paragraph(l.inlines, {
      size: l.size,
      bold: l.bold,
      italic: l.italic,
      align: "center",
      spaceBefore: 0,
    });
    return l.underline ? [p, rule(ruleMm(l), columnMm(percent))] : [p];
  });
}

/** Rule length for a header line: a third of the column for the issuer, the text's own length
 *  (about 0.5 × size × characters, in points → mm) for the national or Party motto. */
function ruleLength(percent: number): (l: HeaderLine) => number {
  return (l) => {
    const chars = l.inlines.map((i) => i.text).join("").length;
    const motto = /Độc lập|ĐẢNG CỘNG SẢN/.test(
      l.inlines.map((i) => i.text).join(""),
    );
    return motto
      ? Math.min(columnMm(percent), chars * l.size * 0.5 * 0.3528)
      : columnMm(percent) / 3;
  };
}

function cell(children: Paragraph[], width: number, borders = true): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: borders
      ? undefined
      : { top: NONE, bottom: NONE, left: NONE, right: NONE },
    verticalAlign: VerticalAlign.CENTER,
  });
}

function block(
  b: Block,
  size: number,
  compact: Extract<Block, { kind: "table" }>[],
): (Paragraph | Table)[] {
  switch (b.kind) {
    case "paragraph":
      return [
        paragraph(b.inlines, {
          size: b.size ?? size,
          align: b.align ?? "justify",
          bold: b.bold,
          italic: b.italic,
          indent: b.indent,
          spaceBefore: b.spaceBefore,
        }),
      ];
    case "headerBlock":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [
            new TableRow({
              children: [
                cell(headerColumn(b.left, 40, ruleLength(40)), 40, false),
                cell(headerColumn(b.right, 60, ruleLength(60)), 60, false),
              ],
            }),
          ],
        }),
      ];
    case "signature":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: NO_BORDERS,
          rows: [
            new TableRow({
              children: [
                cell(
                  [
                    paragraph([{ kind: "text", text: "Nơi nhận:" }], {
                      size: 12,
                      bold: true,
                      italic: true,
                      align: "left",
                      spaceBefore: 12,
                    }),
                    ...b.recipients.map((r) =>
                      paragraph([{ kind: "text", text: `- ${r};` }], {
                        size: 11,
                        align: "left",
                        spaceBefore: 0,
                      }),
                    ),
                  ],
                  50,
                  false,
                ),
                cell(headerColumn(b.lines, 50, ruleLength(50)), 50, false),
              ],
            }),
          ],
        }),
      ];
    case "table":
      if (b.compact) return [placeholder(b, compact)];
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.header.map((h, i) =>
                cell(
                  [
                    paragraph([{ kind: "text", text: h }], {
                      size: size - 1,
                      bold: true,
                      align: "center",
                      spaceBefore: 2,
                    }),
                  ],
                  b.widths[i],
                ),
              ),
            }),
            ...b.rows.map(
              (row) =>
                new TableRow({
                  children: row.map((c, i) =>
                    cell(
                      [
                        paragraph(c, {
                          size: size - 1,
                          align: b.aligns?.[i] ?? (i === 0 ? "left" : "center"),
                          spaceBefore: 2,
                        }),
                      ],
                      b.widths[i],
                    ),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({ children: [], spacing: { before: 0, after: 60 } }),
      ];
  }
}

const esc = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const JC = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
} as const;

/** A long table (an appendix of thousands of lines) is written as WordprocessingML directly:
 *  docx builds an object per cell, which takes seconds for 10,000 rows. The renderer leaves a
 *  marked paragraph where the table goes and swaps it in after packing. */
function placeholder(
  b: Extract<Block, { kind: "table" }>,
  compact: Extract<Block, { kind: "table" }>[],
): Paragraph {
  compact.push(b);
  return new Paragraph({
    children: [new TextRun(`§DVK-TABLE-${compact.length - 1}§`)],
  });
}

function tableXml(b: Extract<Block, { kind: "table" }>, size: number): string {
  const total = convertMillimetersToTwip(165);
  const widths = b.widths.map((w) => Math.round((w / 100) * total));
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const sz = `<w:sz w:val="${hp(size - 2)}"/><w:szCs w:val="${hp(size - 2)}"/>`;
  const cellXml = (t: string, i: number, header: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:before="20" w:after="20"/><w:jc w:val="${header ? "center" : JC[b.aligns?.[i] ?? "left"]}"/></w:pPr>` +
    `<w:r><w:rPr>${header ? "<w:b/>" : ""}${sz}</w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p></w:tc>`;
  const rows = [
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${b.header.map((h, i) => cellXml(h, i, true)).join("")}</w:tr>`,
    ...b.rows.map(
      (r) =>
        `<w:tr>${r.map((c, i) => cellXml(c.map((x) => x.text).join(""), i, false)).join("")}</w:tr>`,
    ),
  ];
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}

/** The report as a docx Document. */
export function reportDocument(
  tree: ReportTree,
  compact: Extract<Block, { kind: "table" }>[] = [],
): Document {
  const m = tree.margins;
  return new Document({
    title: tree.title,
    creator: "DVK – Dân vận khéo",
    styles: {
      default: { document: { run: { font: FONT, size: hp(tree.bodySize) } } },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: convertMillimetersToTwip(210),
              height: convertMillimetersToTwip(297),
            },
            margin: {
              top: convertMillimetersToTwip(m.top),
              bottom: convertMillimetersToTwip(m.bottom),
              left: convertMillimetersToTwip(m.left),
              right: convertMillimetersToTwip(m.right),
            },
          },
        },
        headers: {
          // No number on the first page; from page 2, centred in the top margin.
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT],
                    font: FONT,
                    size: hp(13),
                  }),
                ],
              }),
            ],
          }),
        },
        children: tree.blocks.flatMap((b) => block(b, tree.bodySize, compact)),
      },
    ],
  });
}

/** .docx bytes. */
export async function renderDocx(tree: ReportTree): Promise<Uint8Array> {
  const compact: Extract<Block, { kind: "table" }>[] = [];
  const bytes = new Uint8Array(
    await Packer.toArrayBuffer(reportDocument(tree, compact)),
  );
  if (!compact.length) return bytes;
  const { default: JSZip } = await import(
    /* webpackChunkName: "docx" */ "jszip"
  );
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file("word/document.xml")!.async("string");
  compact.forEach((t, i) => {
    const marker = new RegExp(
      `<w:p\\b[^>]*>(?:(?!</w:p>).)*?§DVK-TABLE-${i}§(?:(?!</w:p>).)*?</w:p>`,
      "s",
    );
    xml = xml.replace(marker, () => tableXml(t, tree.bodySize));
  });
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Base64 of the .docx, for Word's createDocument / insertFileFromBase64. */
export async function renderDocxBase64(tree: ReportTree): Promise<string> {
  const bytes = await renderDocx(tree);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
