/* A table in the body, built with docx: a repeated header row in bold, then the rows, one
 * point smaller than the body text; column widths in percent of the text width. */
import {
  convertMillimetersToTwip,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import { cell } from "./cell";
import { paragraph } from "./paragraph";
import type { CommentIds } from "./runs";
import type { TableBlock } from "./style";

/** The table of `b` at `size` − 1 points (`size`: the body size, in points) over `textMm`
 *  (the text width, mm) in a fixed layout — the widths hold, so short columns (dates, "TT") do
 *  not wrap — with its header row repeated on each page and rows that do not split across
 *  pages; followed by an empty 3 pt paragraph. */
export function bodyTable(
  b: TableBlock,
  size: number,
  textMm: number,
  comments?: CommentIds,
): (Paragraph | Table)[] {
  const total = convertMillimetersToTwip(textMm);
  const header = new TableRow({
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
  });
  const rows = b.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((c, i) =>
          cell(
            [
              paragraph(c, {
                size: size - 1,
                align: b.aligns?.[i] ?? (i === 0 ? "left" : "center"),
                spaceBefore: 2,
                comments,
              }),
            ],
            b.widths[i],
          ),
        ),
      }),
  );
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.FIXED,
      columnWidths: b.widths.map((w) => Math.round((w / 100) * total)),
      rows: [header, ...rows],
    }),
    new Paragraph({ children: [], spacing: { before: 0, after: 60 } }),
  ];
}
