/** Splits formula text (after its "=") into tokens: literals, references, names, operators. */
import { columnIndex, parseCell } from "../a1";
import { MAX_COL, MAX_ROW, type RefNode } from "./ast";
import type { ErrorCode } from "./formula-error";

/** One token of a formula. A `func` token is a name directly followed by "(" (consumed). */
export type Token =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "error"; readonly code: ErrorCode }
  | { readonly kind: "ref"; readonly ref: RefNode }
  | { readonly kind: "func"; readonly name: string }
  | { readonly kind: "word"; readonly name: string }
  | { readonly kind: "op"; readonly op: string }
  | { readonly kind: "(" | ")" | "," };

/** Thrown for text that is not a formula Excel would accept. */
export class FormulaSyntaxError extends Error {}

const SPACE = /\s+/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const STRING = /"((?:[^"]|"")*)"/y;
const ERROR = /#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)/iy;
const QUOTED_SHEET = /'((?:[^']|'')+)'!/y;
const BARE_SHEET = /([\p{L}_][\p{L}\p{N}_.]*)!/uy;
const CELLS = /(\$?[A-Za-z]{1,3}\$?\d{1,7})(?::(\$?[A-Za-z]{1,3}\$?\d{1,7}))?/y;
const COLUMNS = /\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})/y;
const WORD = /[A-Za-z_\\][A-Za-z0-9_.\\]*/y;
const CALL_PAREN = /\s*\(/y;
/** A character that would continue a name, so what precedes it is not a reference. */
const NAME_CONTINUES = /[A-Za-z0-9_.(!:$\\]/;
const OPERATORS = [
  "<>",
  "<=",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "^",
  "&",
  "=",
  "<",
  ">",
  "%",
];

/** Matches a sticky regex at `pos`, or returns null. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** A cell range or whole-column reference at `pos`, with the position after it. */
function reference(
  text: string,
  pos: number,
  sheet: string | null,
): { ref: RefNode; end: number } | null {
  const cells = at(CELLS, text, pos);
  const columns = cells ? null : at(COLUMNS, text, pos);
  const m = cells ?? columns;
  if (!m) return null;
  const end = pos + m[0].length;
  if (end < text.length && NAME_CONTINUES.test(text[end])) return null;
  if (cells) {
    const p = parseCell(cells[1]);
    const q = parseCell(cells[2] ?? cells[1]);
    if (Math.max(p.row, q.row) > MAX_ROW || Math.min(p.row, q.row) < 0)
      return null;
    if (Math.max(p.col, q.col) > MAX_COL) return null;
    const [top, bottom] = [Math.min(p.row, q.row), Math.max(p.row, q.row)];
    const [left, right] = [Math.min(p.col, q.col), Math.max(p.col, q.col)];
    return { ref: { type: "ref", sheet, top, left, bottom, right }, end };
  }
  const a = columnIndex(m[1]);
  const b = columnIndex(m[2]);
  if (Math.max(a, b) > MAX_COL) return null;
  const [left, right] = [Math.min(a, b), Math.max(a, b)];
  const ref: RefNode = {
    type: "ref",
    sheet,
    top: 0,
    left,
    bottom: MAX_ROW,
    right,
  };
  return { ref, end };
}

/** Tokenizes a formula body (the text after "="). Throws FormulaSyntaxError. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos];
    let m: RegExpExecArray | null;
    if ((m = at(SPACE, text, pos))) {
      pos += m[0].length;
    } else if (ch === '"') {
      if (!(m = at(STRING, text, pos)))
        throw new FormulaSyntaxError("Unclosed string");
      tokens.push({ kind: "string", value: m[1].replace(/""/g, '"') });
      pos += m[0].length;
    } else if ((m = at(NUMBER, text, pos))) {
      tokens.push({ kind: "number", value: Number(m[0]) });
      pos += m[0].length;
    } else if ((m = at(ERROR, text, pos))) {
      tokens.push({ kind: "error", code: m[0].toUpperCase() as ErrorCode });
      pos += m[0].length;
    } else if ((m = at(QUOTED_SHEET, text, pos) ?? at(BARE_SHEET, text, pos))) {
      const sheet = m[1].replace(/''/g, "'");
      const r = reference(text, pos + m[0].length, sheet);
      if (!r) throw new FormulaSyntaxError(`Bad reference after ${m[0]}`);
      tokens.push({ kind: "ref", ref: r.ref });
      pos = r.end;
    } else {
      const r = reference(text, pos, null);
      if (r) {
        tokens.push({ kind: "ref", ref: r.ref });
        pos = r.end;
      } else if ((m = at(WORD, text, pos))) {
        pos += m[0].length;
        const paren = at(CALL_PAREN, text, pos);
        if (paren) {
          const name = m[0].toUpperCase().replace(/^_(?:XLFN|XLWS)\./, "");
          tokens.push({ kind: "func", name });
          pos += paren[0].length;
        } else tokens.push({ kind: "word", name: m[0] });
      } else if (ch === "(" || ch === ")" || ch === ",") {
        tokens.push({ kind: ch });
        pos += 1;
      } else {
        const op = OPERATORS.find((o) => text.startsWith(o, pos));
        if (!op) throw new FormulaSyntaxError(`Unexpected ${ch}`);
        tokens.push({ kind: "op", op });
        pos += op.length;
      }
    }
  }
  return tokens;
}
