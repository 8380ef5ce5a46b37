/** The number line of a document header. */
import { joinNumberSymbol, type DocumentStyle } from "./document-number";

/**
 * State "Số: 05/KH-THCS" (colon, number below 10 padded), Party "Số 01-BC/CB" (no colon). With
 * no number yet, room is left for the clerk to write it by hand: "Số:      /BC-THCS".
 * @example formatDocumentNumberLine("state", "5", "KH-THCS") // "Số: 05/KH-THCS"
 * @example formatDocumentNumberLine("party", "01", "BC/CB") // "Số 01-BC/CB"
 */
export function formatDocumentNumberLine(
  style: DocumentStyle,
  number: string | null,
  symbol: string | null,
): string {
  const sym = (symbol ?? "").normalize("NFC").replace(/\s+/g, "");
  const num = (number ?? "").trim();
  if (!num) return style === "party" ? `Số      -${sym}` : `Số:      /${sym}`;
  return style === "party"
    ? `Số ${joinNumberSymbol(num, sym, "party")}`
    : `Số: ${joinNumberSymbol(num, sym, "state")}`;
}
