/* The one renderer: a report tree → .docx (docx library). Page setup and fonts per Nghị định
 * 30/2020 (Times New Roman, A4, page numbers centred at the top from page 2), real Word tables,
 * every data figure in a content control tagged dvk:<key>. The entry other code imports; the
 * work is split by concern:
 *   style.ts          font, half-points, alignments, borders, text width from the margins
 *   runs.ts           text / prompt / field inlines → runs (fields via content-control.ts)
 *   paragraph.ts      a paragraph of runs
 *   cell.ts           a table cell
 *   header-column.ts  centred header lines and their short rules
 *   header-block.ts   the header block and the signature (borderless two-column tables)
 *   body-table.ts     tables in the body, built with docx
 *   appendix-table.ts long tables as WordprocessingML, swapped in after packing
 *   blocks.ts         a block → paragraphs and tables
 *   page.ts           A4, margins, page numbers from page 2
 *   document.ts       the Document, packing, base64 */
export { renderDocx, renderDocxBase64, reportDocument } from "./document";
