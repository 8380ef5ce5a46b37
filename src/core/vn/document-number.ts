/** Number and symbol of a document: state style (Nghị định 30/2020: "05/KH-THCS", "/" after the
 *  number, "-" between symbol groups) or Party style (Hướng dẫn 36-HD/VPTW: "24-KH/ĐU", "-"
 *  after the number, "/" before the issuer). */

export const DocumentStyle = { state: "state", party: "party" } as const;
export type DocumentStyle = (typeof DocumentStyle)[keyof typeof DocumentStyle];

/**
 * The style a symbol implies, or null when it does not tell ("BC"). A symbol with "-" only is
 * state style (KH-THCS, UBND-HC), with "/" only Party style (KH/ĐU, QĐ/TW), a year first is a
 * state legal document (2018/TT-BGDĐT); written with its number, the separator after the number
 * decides (01-KH/BCĐ: Party; 05/KH-THCS: state); with both, the separator after the number given
 * decides, else whichever comes first (BC/CB-THCS: Party).
 * @example symbolStyle("KH/ĐU") // "party"
 * @example symbolStyle("2020/NĐ-CP") // "state"
 */
export function symbolStyle(
  symbol: string,
  separator?: "-" | "/",
): DocumentStyle | null {
  const s = symbol.replace(/\s+/g, "");
  if (/^\d{4}\//.test(s)) return "state";
  // With its number: the separator after the number tells (01-KH/BCĐ Party, 05/KH-THCS state).
  const numbered = /^\d+([-–/])\D/.exec(s);
  if (numbered) return numbered[1] === "/" ? "state" : "party";
  const dash = s.indexOf("-");
  const slash = s.indexOf("/");
  if (dash >= 0 && slash < 0) return "state";
  if (slash >= 0 && dash < 0) return "party";
  if (dash < 0 && slash < 0)
    return separator === "-" ? "party" : separator === "/" ? "state" : null;
  if (separator) return separator === "-" ? "party" : "state";
  return slash < dash ? "party" : "state";
}

/**
 * A document number with a leading zero below 10 ("5" → "05"); other text trimmed, unchanged.
 * @example padDocumentNumber("5") // "05"
 */
export function padDocumentNumber(n: string): string {
  const t = n.trim();
  return /^\d$/.test(t) ? `0${t}` : t;
}

/**
 * Number and symbol joined in a style (default: the style the symbol implies, else state).
 * @example joinNumberSymbol("764", "UBND-HC") // "764/UBND-HC"
 * @example joinNumberSymbol("1", "BC/CB") // "01-BC/CB"
 */
export function joinNumberSymbol(
  number: string,
  symbol: string,
  style: DocumentStyle | null = symbolStyle(symbol),
): string {
  const sym = symbol.replace(/\s+/g, "");
  const num = padDocumentNumber(number);
  if (!num) return sym;
  if (!sym) return num;
  return `${num}${style === "party" ? "-" : "/"}${sym}`;
}

/**
 * A symbol written in the other style, from its own groups: Party "KH/ĐU" ↔ state "KH-ĐU"
 * (the separator between type and issuer); null when it has no two groups to join.
 * @example restyleSymbol("KH/BCĐ", "state") // "KH-BCĐ"
 */
export function restyleSymbol(
  symbol: string,
  to: DocumentStyle,
): string | null {
  const groups = symbol
    .replace(/\s+/g, "")
    .replace(/^\d+[-–/]/, "")
    .split(/[-–/]/)
    .filter(Boolean);
  if (groups.length < 2) return null;
  return to === "party"
    ? `${groups[0]}/${groups.slice(1).join("-")}`
    : `${groups[0]}-${groups.slice(1).join("-")}`;
}
