/* The two borderless two-column tables of a report: the header block (issuer 40 %, national or
 * Party heading 60 %) and the signature (recipients 50 %, signer 50 %). */
import { Table, TableRow, WidthType } from "docx";
import type { Block } from "../core/report/tree";
import { cell } from "./cell";
import { headerColumn } from "./header-column";
import { paragraph } from "./paragraph";
import { NO_BORDERS } from "./style";

/** A full-width borderless table of one row holding the given cells; the row never splits
 *  across pages (a signature is not cut from its "Nơi nhận"). */
function borderless(cells: ReturnType<typeof cell>[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

/** The header block: issuer on the left (40 %), heading on the right (60 %), both columns
 *  sized from the `textMm` (mm) text width. */
export function headerBlock(
  b: Extract<Block, { kind: "headerBlock" }>,
  textMm: number,
): Table {
  return borderless([
    cell(headerColumn(b.left, 40, textMm), 40, false),
    cell(headerColumn(b.right, 60, textMm), 60, false),
  ]);
}

/** Space above the signature block's first lines, in points. */
const SIGNATURE_SPACE = 12;

/** "Nơi nhận:" and the recipients (12 and 11 pt) on the left half, the signature lines on the
 *  right half of the `textMm` (mm) text width. */
export function signature(
  b: Extract<Block, { kind: "signature" }>,
  textMm: number,
): Table {
  const recipients = [
    paragraph([{ kind: "text", text: "Nơi nhận:" }], {
      size: 12,
      bold: true,
      italic: true,
      align: "left",
      spaceBefore: SIGNATURE_SPACE,
    }),
    // Each recipient ends with ";", the last ("Lưu: VT") with "." (ND 30/2020, Phụ lục I).
    ...b.recipients.map((r, i) =>
      paragraph(
        [
          {
            kind: "text",
            text: `- ${r.replace(/[\s;.,]+$/, "")}${i === b.recipients.length - 1 ? "." : ";"}`,
          },
        ],
        {
          size: 11,
          align: "left",
          spaceBefore: 0,
        },
      ),
    ),
  ];
  return borderless([
    cell(recipients, 50, false),
    // The signer's first line level with "Nơi nhận:" (ND 30/2020, Phụ lục I).
    cell(headerColumn(b.lines, 50, textMm, SIGNATURE_SPACE), 50, false),
  ]);
}
