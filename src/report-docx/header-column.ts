/* A column of centred header lines (the header block's two sides, the signature), with the
 * short rules Nghị định 30/2020 draws under the issuer and under the national motto. */
import { BorderStyle, convertMillimetersToTwip, Paragraph } from "docx";
import type { HeaderLine } from "../core/report/tree";
import { paragraph } from "./paragraph";

/** Text width in millimetres inside a header column taking `percent` of a `textMm` (mm) text
 *  width, less 4 mm of cell margins. */
export function columnMm(textMm: number, percent: number): number {
  return (textMm * percent) / 100 - 4;
}

/** A short centred rule under a header line (ND 30: under the issuer, about a third of its
 *  width; under "Độc lập - Tự do - Hạnh phúc", as long as the line). Widths in millimetres. */
export function rule(lineMm: number, columnWidthMm: number): Paragraph {
  const side = convertMillimetersToTwip(
    Math.max(0, (columnWidthMm - lineMm) / 2),
  );
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60, line: 120 },
    border: {
      top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 },
    },
  });
}

/** Rule length in millimetres for a header line in a column `columnWidthMm` wide: a third of
 *  the column for the issuer, the text's own length (about 0.5 × size × characters, in points
 *  → mm) for the national or Party motto. */
export function ruleLength(l: HeaderLine, columnWidthMm: number): number {
  const line = l.inlines.map((i) => i.text).join("");
  const motto = /Độc lập|ĐẢNG CỘNG SẢN/.test(line);
  return motto
    ? Math.min(columnWidthMm, line.length * l.size * 0.5 * 0.3528)
    : columnWidthMm / 3;
}

/** The paragraphs of a header column taking `percent` of the `textMm` (mm) text width:
 *  each line centred, a rule under the lines marked `underline`; `firstSpaceBefore` points
 *  above the first line. */
export function headerColumn(
  lines: readonly HeaderLine[],
  percent: number,
  textMm: number,
  firstSpaceBefore = 0,
): Paragraph[] {
  const width = columnMm(textMm, percent);
  return lines.flatMap((l, i) => {
    const p = paragraph(l.inlines, {
      size: l.size,
      bold: l.bold,
      italic: l.italic,
      align: "center",
      spaceBefore: i === 0 ? firstSpaceBefore : 0,
    });
    return l.underline ? [p, rule(ruleLength(l, width), width)] : [p];
  });
}
