/** Bringing last period's report in: read its .docx, split it into sections, link its figures. */
export { readReportDocx } from "./read-report";
export { describeImport, type ImportLine } from "./describe";
export {
  importReport,
  type ImportOptions,
  type ImportResult,
} from "./import-report";
export {
  figureValues,
  guessKind,
  planNarrativeImport,
  type ImportReview,
  type NarrativeImport,
} from "./into-narrative";
export { readDocxParagraphs, paragraphsOfXml } from "./docx-paragraphs";
export { splitReport } from "./split-report";
export { parseHeadingNumber, type HeadingNumber } from "./heading-number";
export { linkFigures, FIGURE_WORDS, type FigureWords } from "./link-figures";
export { ReportImportError, type ReportImportErrorCode } from "./errors";
export type {
  DocxParagraph,
  FigureReview,
  FigureValue,
  ImportedReport,
  ImportedSection,
  LinkedFigure,
  LinkedText,
} from "./types";
