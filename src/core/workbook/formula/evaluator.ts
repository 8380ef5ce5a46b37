/** Walks a formula's syntax tree against a workbook. */
import type { FormulaNode, RefNode } from "./ast";
import { ERR, errorFromCode, type FormulaError } from "./formula-error";
import type { FormulaContext } from "./formula-context";
import type { Evaluator } from "./function-types";
import { FUNCTIONS } from "./functions";
import { applyBinary, negate, percent } from "./operators";
import { isRange, type RangeRef, type Scalar, type Value } from "./values";

/** Evaluates the nodes of formulas written on one sheet. */
export class TreeEvaluator implements Evaluator {
  constructor(
    private readonly ctx: FormulaContext,
    readonly sheet: string,
  ) {}

  value(node: FormulaNode): Value {
    switch (node.type) {
      case "number":
      case "string":
      case "boolean":
        return node.value;
      case "error":
        return ERR[node.code];
      case "name":
        return ERR["#NAME?"];
      case "missing":
        return null;
      case "ref":
        return this.reference(node);
      case "unary":
        return node.op === "+"
          ? this.value(node.operand)
          : negate(this.scalar(node.operand));
      case "percent":
        return percent(this.scalar(node.operand));
      case "binary": {
        const left = this.scalar(node.left);
        return applyBinary(node.op, left, this.scalar(node.right));
      }
      case "call": {
        const fn = FUNCTIONS.get(node.name);
        if (!fn) return ERR["#NAME?"];
        const n = node.args.length;
        if (n < fn.minArgs || n > fn.maxArgs) return ERR["#NAME?"];
        return fn.call(node.args, this);
      }
    }
  }

  scalar(node: FormulaNode): Scalar {
    return this.toScalar(this.value(node));
  }

  /** A value as a single value: one-cell ranges give their cell, larger ranges #VALUE!. */
  toScalar(v: Value): Scalar {
    if (!isRange(v)) return v;
    if (v.top === v.bottom && v.left === v.right)
      return this.cell(v.sheet, v.top, v.left);
    return ERR["#VALUE!"];
  }

  cell(sheet: string, row: number, col: number): Scalar {
    const v = this.ctx.value(sheet, row, col);
    if (v === undefined) return ERR["#REF!"];
    if (typeof v === "string" && v.charCodeAt(0) === 35)
      return errorFromCode(v) ?? v;
    return v;
  }

  private reference(node: RefNode): RangeRef | FormulaError {
    const sheet = node.sheet ?? this.sheet;
    const usedRows = this.ctx.rowCount(sheet);
    if (usedRows === undefined) return ERR["#REF!"];
    return {
      kind: "range",
      sheet,
      top: node.top,
      left: node.left,
      bottom: node.bottom,
      right: node.right,
      usedRows,
    };
  }
}
