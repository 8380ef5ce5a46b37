/* The report tree as a docx Document, packed to .docx bytes (and base64 for Office.js). */
import { Document, Packer, Paragraph, TextRun } from "docx";
import type { Inline, ReportTree } from "../core/report/tree";
import { swapInTables } from "./appendix-table";
import { block } from "./blocks";
import { pageNumberHeaders, pageProperties } from "./page";
import { FONT, hp, textWidthMm, type TableBlock } from "./style";

/** The report as a docx Document: Times New Roman at the tree's body size (points), A4 with the
 *  tree's margins (mm). Compact tables are left as marked paragraphs and appended to
 *  `compact`, for `renderDocx` to swap in after packing. */
export function reportDocument(
  tree: ReportTree,
  compact: TableBlock[] = [],
): Document {
  const flagged = flaggedInlines(tree);
  const context = {
    size: tree.bodySize,
    textMm: textWidthMm(tree.margins),
    compact,
    comments: new Map(flagged.map((f, id) => [f, id])),
  };
  return new Document({
    title: tree.title,
    creator: "DVK – Dân vận khéo",
    comments: {
      children: flagged.map((f, id) => ({
        id,
        author: "DVK – kiểm tra số liệu",
        initials: "DVK",
        children: [
          new Paragraph({
            children: [new TextRun(f.kind === "field" ? (f.flag ?? "") : "")],
          }),
        ],
      })),
    },
    styles: {
      default: { document: { run: { font: FONT, size: hp(tree.bodySize) } } },
    },
    sections: [
      {
        properties: pageProperties(tree.margins),
        headers: pageNumberHeaders(),
        children: tree.blocks.flatMap((b) => block(b, context)),
      },
    ],
  });
}

/** The flagged field inlines of the body (paragraphs and tables), in document order. */
function flaggedInlines(tree: ReportTree): Inline[] {
  const out: Inline[] = [];
  const take = (inlines: readonly Inline[]) => {
    for (const i of inlines) if (i.kind === "field" && i.flag) out.push(i);
  };
  for (const b of tree.blocks) {
    if (b.kind === "paragraph") take(b.inlines);
    else if (b.kind === "table" && !b.compact)
      for (const row of b.rows) for (const c of row) take(c);
  }
  return out;
}

/** .docx bytes of the report. */
export async function renderDocx(tree: ReportTree): Promise<Uint8Array> {
  const compact: TableBlock[] = [];
  const bytes = new Uint8Array(
    await Packer.toArrayBuffer(reportDocument(tree, compact)),
  );
  return swapInTables(bytes, compact, tree.bodySize, textWidthMm(tree.margins));
}

/** Base64 of the .docx, for Word's createDocument / insertFileFromBase64. */
export async function renderDocxBase64(tree: ReportTree): Promise<string> {
  const bytes = await renderDocx(tree);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
