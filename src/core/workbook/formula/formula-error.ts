/** Excel error values inside the evaluator, kept apart from text that merely looks like one. */

/** The error codes the evaluator produces or reads back from cells. */
export type ErrorCode =
  "#VALUE!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#N/A" | "#NUM!" | "#NULL!";

/** An Excel error value. Instances are shared per code (see `ERR`), so they compare by identity. */
export class FormulaError {
  constructor(readonly code: ErrorCode) {}
}

/** One shared instance per error code. */
export const ERR: { readonly [K in ErrorCode]: FormulaError } = {
  "#VALUE!": new FormulaError("#VALUE!"),
  "#DIV/0!": new FormulaError("#DIV/0!"),
  "#REF!": new FormulaError("#REF!"),
  "#NAME?": new FormulaError("#NAME?"),
  "#N/A": new FormulaError("#N/A"),
  "#NUM!": new FormulaError("#NUM!"),
  "#NULL!": new FormulaError("#NULL!"),
};

/** The error whose code is exactly `text` ("#N/A"), or undefined. */
export function errorFromCode(text: string): FormulaError | undefined {
  return Object.prototype.hasOwnProperty.call(ERR, text)
    ? ERR[text as ErrorCode]
    : undefined;
}

/** True for an Excel error value. */
export function isError(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}
