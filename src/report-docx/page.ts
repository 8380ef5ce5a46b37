/* Page setup per Nghị định 30/2020: A4 portrait, the tree's margins, page numbers centred at
 * the top from page 2 (none on the first page). */
import {
  AlignmentType,
  convertMillimetersToTwip,
  Header,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionPropertiesOptions,
} from "docx";
import type { Margins } from "../core/report/tree";
import { A4_MM, FONT, hp } from "./style";

/** Section properties: a distinct first page, A4 and `m` (margins in mm), all in twips. */
export function pageProperties(m: Margins): ISectionPropertiesOptions {
  return {
    titlePage: true,
    page: {
      size: {
        width: convertMillimetersToTwip(A4_MM.width),
        height: convertMillimetersToTwip(A4_MM.height),
      },
      margin: {
        top: convertMillimetersToTwip(m.top),
        bottom: convertMillimetersToTwip(m.bottom),
        left: convertMillimetersToTwip(m.left),
        right: convertMillimetersToTwip(m.right),
      },
    },
  };
}

/** Section headers: an empty one on the first page; from page 2 the page number, centred,
 *  13 pt, in the top margin. */
export function pageNumberHeaders(): { first: Header; default: Header } {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              children: [PageNumber.CURRENT],
              font: FONT,
              size: hp(13),
            }),
          ],
        }),
      ],
    }),
  };
}
