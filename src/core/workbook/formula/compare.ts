/** Excel's ordering of values for "=", "<" … and for criteria: numbers < text < booleans. */
import { round15 } from "./coerce";

/** A non-error scalar. */
export type Comparable = number | string | boolean | null;

const collator = new Intl.Collator("en", { sensitivity: "accent" });

/** Compares numbers as Excel does, equal when they agree to 15 significant digits. */
export function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  const near = Math.abs(a - b) <= 1e-13 * Math.max(Math.abs(a), Math.abs(b));
  if (near && round15(a) === round15(b)) return 0;
  return a < b ? -1 : 1;
}

/** Compares texts case-insensitively (accents matter), in a dictionary order. */
export function compareTexts(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return 0;
  const c = collator.compare(la, lb);
  if (c !== 0) return c;
  return la < lb ? -1 : 1;
}

function rank(v: number | string | boolean): number {
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

/**
 * Compares two values (negative, 0, positive). A blank takes the other side's kind: 0, "" or
 * FALSE, so a blank cell equals both 0 and "".
 */
export function compareValues(a: Comparable, b: Comparable): number {
  if (a === null && b === null) return 0;
  const x = a ?? blankLike(b as number | string | boolean);
  const y = b ?? blankLike(x);
  const ra = rank(x);
  const rb = rank(y);
  if (ra !== rb) return ra - rb;
  if (typeof x === "number") return compareNumbers(x, y as number);
  if (typeof x === "string") return compareTexts(x, y as string);
  return Number(x) - Number(y);
}

function blankLike(v: number | string | boolean): number | string | boolean {
  return typeof v === "number" ? 0 : typeof v === "string" ? "" : false;
}

/** Applies a comparison operator to the result of `compareValues`. */
export function holds(op: string, c: number): boolean {
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}
