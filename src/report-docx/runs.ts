/* Inline runs: the tree's text, prompt and field inlines as docx paragraph children. */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  HighlightColor,
  TextRun,
  type ParagraphChild,
} from "docx";
import type { Inline } from "../core/report/tree";
import { FieldRun } from "./content-control";
import { FONT, hp } from "./style";

/** Bold / italic applied to inlines that do not set their own. */
export interface RunBase {
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** The comment id of each flagged field of a document (see `commentsOf`). */
export type CommentIds = ReadonlyMap<Inline, number>;

/** Runs for `inlines` at `size` points: text as is, prompts bracketed, italic and highlighted
 *  yellow, fields inside a content control tagged `dvk:<key>`; a flagged field (a figure the
 *  workbook contradicts) highlighted and wrapped in its Word comment. */
export function runs(
  inlines: readonly Inline[],
  size: number,
  base: RunBase = {},
  comments: CommentIds = new Map(),
): ParagraphChild[] {
  return inlines.flatMap((i): ParagraphChild | ParagraphChild[] => {
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
    const id = i.flag ? comments.get(i) : undefined;
    const field = new FieldRun(
      i.key,
      new TextRun({
        text: i.text,
        font: FONT,
        size: hp(size),
        bold: i.bold ?? base.bold,
        italics: base.italic,
        highlight: i.flag ? HighlightColor.YELLOW : undefined,
      }),
    ) as unknown as ParagraphChild;
    if (id === undefined) return field;
    return [
      new CommentRangeStart(id),
      field,
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ];
  });
}
