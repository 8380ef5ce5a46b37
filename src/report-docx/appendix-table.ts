/* Long tables (an appendix of thousands of lines) written as WordprocessingML directly: docx
 * builds an object per cell, which takes seconds for 10,000 rows. The renderer leaves a marked
 * paragraph where each such table goes and swaps the table in after packing. */
import { convertMillimetersToTwip, Paragraph, TextRun } from "docx";
import { hp, type TableBlock } from "./style";

const esc = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const JC = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
} as const;

const marker = (i: number) => `§DVK-TABLE-${i}§`;

/** The marked paragraph standing for `b`; `b` is appended to `compact`, whose index the
 *  marker carries. */
export function placeholder(b: TableBlock, compact: TableBlock[]): Paragraph {
  compact.push(b);
  return new Paragraph({
    children: [new TextRun(marker(compact.length - 1))],
  });
}

/** `w:tbl` of `b`: fixed layout over `textMm` (mm, the text width; columns in twips from the
 *  block's percentages), text at `size` − 2 points (`size`: the body size), bold centred
 *  header row repeated on each page, single black borders. */
export function tableXml(b: TableBlock, size: number, textMm: number): string {
  const total = convertMillimetersToTwip(textMm);
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
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cellXml(c.map((x) => x.text).join(""), i, false)).join("")}</w:tr>`,
    ),
  ];
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}

/** The packed .docx `bytes` with each marked paragraph replaced by its table from `compact`
 *  (body size `size` in points, text width `textMm` in mm); the bytes as they are when there is
 *  none. jszip is loaded on first use. */
export async function swapInTables(
  bytes: Uint8Array,
  compact: readonly TableBlock[],
  size: number,
  textMm: number,
): Promise<Uint8Array> {
  if (!compact.length) return bytes;
  const { default: JSZip } = await import(
    /* webpackChunkName: "docx" */ "jszip"
  );
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file("word/document.xml")!.async("string");
  compact.forEach((t, i) => {
    const paragraph = new RegExp(
      `<w:p\\b[^>]*>(?:(?!</w:p>).)*?${marker(i)}(?:(?!</w:p>).)*?</w:p>`,
      "s",
    );
    xml = xml.replace(paragraph, () => tableXml(t, size, textMm));
  });
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
