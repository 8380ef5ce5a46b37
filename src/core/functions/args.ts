/** Arguments as Excel passes them to custom functions: numbers, strings, booleans, null for an
 *  omitted optional argument, 2-D arrays for ranges ("" for an empty cell). */
import { parseVnNumber } from "../vn/parse-number";
import { DvkFunctionError } from "./dvk-function-error";

/** A cell of a result: a value, or an error for that cell alone. */
export type Cell = number | string | boolean | DvkFunctionError;
/** A function's result: one value, or a range of the argument's shape (spilled by Excel). */
export type CellResult = Cell | Cell[][];

/** Is `v` a range (an array of rows)? */
export function isMatrix(v: unknown): v is readonly (readonly unknown[])[] {
  return Array.isArray(v) && (v.length === 0 || Array.isArray(v[0]));
}

/** An empty cell: null, undefined, or text of spaces only. */
export function isBlank(v: unknown): boolean {
  return (
    v === null || v === undefined || (typeof v === "string" && v.trim() === "")
  );
}

/**
 * `f` on a single value, or on every cell of a range: blank cells stay blank, and a refusal
 * becomes an error in that cell only (Excel shows #VALUE! there, the rest still spills).
 * @example mapCells([[1], [""]], (x) => Number(x) * 2) // [[2], [""]]
 */
export function mapCells(v: unknown, f: (x: unknown) => Cell): CellResult {
  if (!isMatrix(v)) return f(v);
  return v.map((row) =>
    row.map((x) => {
      if (isBlank(x)) return "";
      try {
        return f(x);
      } catch (e) {
        if (e instanceof DvkFunctionError) return e;
        throw e;
      }
    }),
  );
}

/** A single value from an argument that may be a 1×1 range. */
export function scalarArg(v: unknown): unknown {
  return isMatrix(v) && v.length === 1 && v[0].length === 1 ? v[0][0] : v;
}

/** A text argument ("" when omitted or blank), NFC. */
export function textArg(v: unknown): string {
  const s = scalarArg(v);
  return s === null || s === undefined ? "" : String(s).normalize("NFC");
}

/**
 * A "number of decimals" argument: an integer 0–10, `fallback` when omitted.
 * @example decimalsArg(null, 1) // 1
 */
export function decimalsArg(v: unknown, fallback: number): number {
  const s = scalarArg(v);
  if (isBlank(s)) return fallback;
  const p = parseVnNumber(s);
  if (!p.ok || !Number.isInteger(p.value) || p.value < 0 || p.value > 10)
    throw new DvkFunctionError(
      "Số chữ số thập phân phải là số nguyên từ 0 đến 10.",
    );
  return p.value;
}
