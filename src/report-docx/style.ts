/* Shared typography and layout of the report: the font, point sizes in docx's half-points,
 * alignments, borderless table borders, and the text width derived from the page and margins. */
import { AlignmentType, BorderStyle } from "docx";
import type { Block, Margins } from "../core/report/tree";

/** The one typeface of every report (Nghị định 30/2020). */
export const FONT = "Times New Roman";

/** A table block of the report tree. */
export type TableBlock = Extract<Block, { kind: "table" }>;

/** Font size in points → docx half-points (rounded). */
export const hp = (pt: number): number => Math.round(pt * 2);

/** The tree's alignments as docx paragraph alignments. */
export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** An invisible border (none, size 0). */
export const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** Table-level borders all invisible: the header block and the signature. */
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** A4 portrait page size, in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/** Text width in millimetres: the A4 page width minus the left and right margins (in mm).
 *  With the default margins (30 and 15 mm) this is 165 mm. */
export function textWidthMm(margins: Margins): number {
  return A4_MM.width - margins.left - margins.right;
}
