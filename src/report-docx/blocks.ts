/* The tree's blocks as docx paragraphs and tables. */
import type { Paragraph, Table } from "docx";
import type { Block } from "../core/report/tree";
import { placeholder } from "./appendix-table";
import { bodyTable } from "./body-table";
import { headerBlock, signature } from "./header-block";
import { paragraph } from "./paragraph";
import type { CommentIds } from "./runs";
import type { TableBlock } from "./style";

/** What every block of one document is rendered with. */
export interface BlockContext {
  /** Body font size, in points. */
  readonly size: number;
  /** Text width, in millimetres (page width minus the left and right margins). */
  readonly textMm: number;
  /** Compact tables met so far, to be swapped in after packing (appended to). */
  readonly compact: TableBlock[];
  /** Comment ids of the flagged fields. */
  readonly comments: CommentIds;
}

/** The docx content of one block: body paragraphs are justified unless they say otherwise;
 *  compact tables become a marked paragraph (see `appendix-table.ts`). */
export function block(b: Block, c: BlockContext): (Paragraph | Table)[] {
  switch (b.kind) {
    case "paragraph":
      return [
        paragraph(b.inlines, {
          size: b.size ?? c.size,
          align: b.align ?? "justify",
          bold: b.bold,
          italic: b.italic,
          indent: b.indent,
          spaceBefore: b.spaceBefore,
          heading: b.heading,
          comments: c.comments,
        }),
      ];
    case "headerBlock":
      return [headerBlock(b, c.textMm)];
    case "signature":
      return [signature(b, c.textMm)];
    case "table":
      return b.compact
        ? [placeholder(b, c.compact)]
        : bodyTable(b, c.size, c.textMm, c.comments);
  }
}
