/* A table in the body, built with docx: a repeated header row in bold, then the rows, one
 * point smaller than the body text; column widths in percent of the text width. */
import { Paragraph, Table, TableRow, WidthType } from "docx";
import { cell } from "./cell";
import { paragraph } from "./paragraph";
import type { CommentIds } from "./runs";
import type { TableBlock } from "./style";

/** The table of `b` at `size` − 1 points (`size`: the body size, in points), followed by an
 *  empty 3 pt paragraph. */
export function bodyTable(
  b: TableBlock,
  size: number,
  comments?: CommentIds,
): (Paragraph | Table)[] {
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
      rows: [header, ...rows],
    }),
    new Paragraph({ children: [], spacing: { before: 0, after: 60 } }),
  ];
}
