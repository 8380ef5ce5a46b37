/** How worksheet functions are declared and what they may ask of the evaluator. */
import type { FormulaNode } from "./ast";
import { isError } from "./formula-error";
import type { Scalar, Value } from "./values";

/** The evaluator as functions see it. */
export interface Evaluator {
  /** The sheet the formula is written on. */
  readonly sheet: string;
  /** Evaluates a node; references stay ranges (or #REF! for a missing sheet). */
  value(node: FormulaNode): Value;
  /** Evaluates a node to one value: a one-cell reference gives its cell, a larger one #VALUE!. */
  scalar(node: FormulaNode): Scalar;
  /** One cell's value: null when blank, an error for "#N/A" and the like, #REF! for no sheet. */
  cell(sheet: string, row: number, col: number): Scalar;
}

/** A worksheet function. It receives its arguments unevaluated, so IF can stay lazy. */
export interface FormulaFunction {
  readonly minArgs: number;
  readonly maxArgs: number;
  call(args: readonly FormulaNode[], ev: Evaluator): Value;
}

/** A function evaluating its own arguments (IF, IFERROR). */
export function lazy(
  minArgs: number,
  maxArgs: number,
  call: (args: readonly FormulaNode[], ev: Evaluator) => Value,
): FormulaFunction {
  return { minArgs, maxArgs, call };
}

/** A function of evaluated arguments, references kept as ranges (SUM, SUMIFS, ISNUMBER …). */
export function withValues(
  minArgs: number,
  maxArgs: number,
  fn: (values: readonly Value[], ev: Evaluator) => Value,
): FormulaFunction {
  return {
    minArgs,
    maxArgs,
    call: (args, ev) =>
      fn(
        args.map((a) => ev.value(a)),
        ev,
      ),
  };
}

/** A function of single values; the first error among the arguments is the result. */
export function withScalars(
  minArgs: number,
  maxArgs: number,
  fn: (values: readonly Scalar[]) => Scalar,
): FormulaFunction {
  return {
    minArgs,
    maxArgs,
    call: (args, ev) => {
      const values: Scalar[] = [];
      for (const a of args) {
        const v = ev.scalar(a);
        if (isError(v)) return v;
        values.push(v);
      }
      return fn(values);
    },
  };
}
