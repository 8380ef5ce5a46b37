/** The syntax tree of a parsed formula. */
import type { ErrorCode } from "./formula-error";

/** A cell or range reference as written; whole columns have `wholeColumn` and rows 0…1048575. */
export interface RefNode {
  readonly type: "ref";
  /** The sheet written before "!", or null for the formula's own sheet. */
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Binary operators, by Excel's spelling. */
export type BinaryOp =
  "^" | "*" | "/" | "+" | "-" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

/** One node of a formula's syntax tree. */
export type FormulaNode =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "error"; readonly code: ErrorCode }
  | RefNode
  /** A defined name or unknown word: evaluates to #NAME?. */
  | { readonly type: "name"; readonly name: string }
  /** An empty argument, as in IF(A1,,1). */
  | { readonly type: "missing" }
  | {
      readonly type: "unary";
      readonly op: "-" | "+";
      readonly operand: FormulaNode;
    }
  | { readonly type: "percent"; readonly operand: FormulaNode }
  | {
      readonly type: "binary";
      readonly op: BinaryOp;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    }
  /** A function call; `name` is upper-case without any "_xlfn." prefix. */
  | {
      readonly type: "call";
      readonly name: string;
      readonly args: readonly FormulaNode[];
    };

/** Last row and column indexes of a sheet in Excel (0-based). */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
