/* Inline runs: the tree's text, prompt and field inlines as docx paragraph children. */
import { HighlightColor, TextRun, type ParagraphChild } from "docx";
import type { Inline } from "../core/report/tree";
import { FieldRun } from "./content-control";
import { FONT, hp } from "./style";

/** Bold / italic applied to inlines that do not set their own. */
export interface RunBase {
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** Runs for `inlines` at `size` points: text as is, prompts bracketed, italic and highlighted
 *  yellow, fields inside a content control tagged `dvk:<key>`. */
export function runs(
  inlines: readonly Inline[],
  size: number,
  base: RunBase = {},
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
