/* A table cell of the report: width in percent of its table, vertically centred. */
import { Paragraph, TableCell, VerticalAlign, WidthType } from "docx";
import { NONE } from "./style";

/** A cell `width` percent wide holding `children`; `borders: false` makes it borderless. */
export function cell(
  children: Paragraph[],
  width: number,
  borders = true,
): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: borders
      ? undefined
      : { top: NONE, bottom: NONE, left: NONE, right: NONE },
    verticalAlign: VerticalAlign.CENTER,
  });
}
