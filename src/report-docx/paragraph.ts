/* One paragraph of runs, with the report's spacing (points) and first-line indent (mm). */
import { convertMillimetersToTwip, Paragraph } from "docx";
import type { Align, Inline } from "../core/report/tree";
import { runs, type CommentIds } from "./runs";
import { ALIGN } from "./style";

/** How a paragraph is set. */
export interface ParagraphOptions {
  /** Font size in points. */
  readonly size: number;
  readonly align?: Align;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** First-line indent of 10 mm (body text). */
  readonly indent?: boolean;
  /** Space before, in points (default 6); no space after; line spacing 1.15. */
  readonly spaceBefore?: number;
  /** Comment ids of the document's flagged fields. */
  readonly comments?: CommentIds;
  /** A section heading's level (1 = "I."): shown in Word's navigation pane; kept with the
   *  paragraph after it on the page. */
  readonly heading?: number;
}

/** A paragraph of `inlines` set as `o` says. */
export function paragraph(
  inlines: readonly Inline[],
  o: ParagraphOptions,
): Paragraph {
  return new Paragraph({
    children: runs(
      inlines,
      o.size,
      { bold: o.bold, italic: o.italic },
      o.comments,
    ),
    alignment: o.align ? ALIGN[o.align] : undefined,
    indent: o.indent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
    spacing: { before: (o.spaceBefore ?? 6) * 20, after: 0, line: 276 },
    ...(o.heading ? { outlineLevel: o.heading - 1, keepNext: true } : {}),
  });
}
