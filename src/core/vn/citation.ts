/** Document numbers and citations (kept as one import for existing callers; each function has its own file). */
export { checkDocumentNumber, type NumberCheck } from "./check-document-number";
export {
  DocumentStyle,
  joinNumberSymbol,
  padDocumentNumber,
  symbolStyle,
} from "./document-number";
export { formatCitation, type CitationParts } from "./format-citation";
export { formatDocumentNumberLine } from "./format-document-number-line";
