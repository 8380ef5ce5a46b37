/** Criteria of SUMIFS, COUNTIFS, SUMIF and COUNTIF, compiled once into a cell test. */
import { parseNumericText } from "./coerce";
import { compareNumbers, compareTexts, holds } from "./compare";
import { errorFromCode, isError, type FormulaError } from "./formula-error";
import type { Scalar } from "./values";
import { wildcardMatcher } from "./wildcard";

/** Tests one cell value against a criterion. */
export type CriterionTest = (v: Scalar) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;

/** Equal to `n`: numbers, and texts that read as that number ("5" matches 5). */
function numberEquals(n: number): CriterionTest {
  return (v) => {
    if (typeof v === "number") return compareNumbers(v, n) === 0;
    if (typeof v !== "string") return false;
    const p = parseNumericText(v);
    return p !== undefined && compareNumbers(p, n) === 0;
  };
}

function numeric(op: string, n: number): CriterionTest {
  if (op === "" || op === "=") return numberEquals(n);
  if (op === "<>") {
    const eq = numberEquals(n);
    return (v) => !eq(v);
  }
  return (v) => typeof v === "number" && holds(op, compareNumbers(v, n));
}

function same(op: string, x: boolean | FormulaError): CriterionTest {
  if (op === "" || op === "=") return (v) => v === x;
  if (op === "<>") return (v) => v !== x;
  if (typeof x !== "boolean") return () => false;
  return (v) => typeof v === "boolean" && holds(op, Number(v) - Number(x));
}

function textual(op: string, text: string): CriterionTest {
  if (text === "") {
    if (op === "") return (v) => v === null || v === "";
    if (op === "=") return (v) => v === null;
    if (op === "<>") return (v) => v !== null;
  }
  if (op === "" || op === "=" || op === "<>") {
    const match = wildcardMatcher(text);
    const test = (v: Scalar) => typeof v === "string" && match(v);
    return op === "<>" ? (v) => !test(v) : test;
  }
  return (v) => typeof v === "string" && holds(op, compareTexts(v, text));
}

/**
 * Compiles a criterion as Excel reads it. A number (or a blank criterion cell, read as 0)
 * matches equal numbers and numeric texts. A text may start with =, <>, <, >, <=, >=; when the
 * rest is a number the comparison is numeric and only numbers match (with "<>" everything
 * else matches); "=" alone matches blank cells, "" blank and empty texts, "<>" non-blank
 * cells; other texts match texts case-insensitively, "=" and "<>" with ?, * and ~ wildcards.
 */
export function compileCriterion(criterion: Scalar): CriterionTest {
  if (criterion === null) return numberEquals(0);
  if (typeof criterion === "number") return numberEquals(criterion);
  if (typeof criterion === "boolean" || isError(criterion))
    return same("", criterion);
  const [, op = "", rest] = OPERATOR.exec(criterion) as RegExpExecArray;
  const n = parseNumericText(rest);
  if (n !== undefined) return numeric(op, n);
  const upper = rest.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return same(op, upper === "TRUE");
  const error = errorFromCode(upper);
  if (error) return same(op, error);
  return textual(op, rest);
}
