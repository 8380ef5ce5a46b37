/** IF, IFERROR, AND, OR, NOT, ISNUMBER, ISTEXT, ISBLANK and N. */
import { toBoolean } from "./coerce";
import { ERR, isError, type FormulaError } from "./formula-error";
import {
  lazy,
  withScalars,
  withValues,
  type Evaluator,
  type FormulaFunction,
} from "./function-types";
import { eachCell, firstCell } from "./range-cells";
import { isRange, type Scalar, type Value } from "./values";

/** IF(test, then, [else]): only the chosen branch is evaluated; an empty branch gives 0. */
const ifFunction = lazy(2, 3, (args, ev) => {
  const test = toBoolean(ev.scalar(args[0]));
  if (isError(test)) return test;
  const branch = args[test ? 1 : 2];
  if (!branch) return false;
  return branch.type === "missing" ? 0 : ev.value(branch);
});

/** IFERROR(value, fallback): the fallback is evaluated only when the value is an error. */
const ifError = lazy(2, 2, (args, ev) => {
  const v = ev.scalar(args[0]);
  if (!isError(v)) return v;
  return args[1].type === "missing" ? 0 : ev.value(args[1]);
});

/**
 * Folds the logical values of AND / OR arguments: references give their booleans and numbers
 * (text and blanks are skipped); typed arguments are coerced ("x" → #VALUE!). With no logical
 * value at all the result is #VALUE!.
 */
function logical(
  values: readonly Value[],
  ev: Evaluator,
  fold: (acc: boolean, b: boolean) => boolean,
  start: boolean,
): Scalar {
  let acc = start;
  let seen = false;
  let error: FormulaError | undefined;
  const take = (b: boolean) => {
    acc = fold(acc, b);
    seen = true;
  };
  for (const v of values) {
    if (isRange(v)) {
      eachCell(ev, v, (c) => {
        if (isError(c)) error = c;
        else if (typeof c === "boolean" || typeof c === "number")
          take(Boolean(c));
        return error === undefined;
      });
      if (error) return error;
    } else {
      const b = toBoolean(v);
      if (isError(b)) return b;
      take(b);
    }
  }
  return seen ? acc : ERR["#VALUE!"];
}

/** A one-argument test of the value a reference or expression gives. */
function is(test: (v: Scalar) => boolean): FormulaFunction {
  return withValues(1, 1, ([v], ev) => {
    if (!isRange(v)) return test(v);
    const single = v.top === v.bottom && v.left === v.right;
    return single ? test(firstCell(ev, v)) : false;
  });
}

/** N(value): a number stays, TRUE → 1, text and blank → 0, errors propagate. */
const n = withValues(1, 1, ([v], ev) => {
  const x = isRange(v) ? firstCell(ev, v) : v;
  if (typeof x === "number" || isError(x)) return x;
  return x === true ? 1 : 0;
});

/** The logical and information functions by name. */
export const LOGIC_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  IF: ifFunction,
  IFERROR: ifError,
  AND: withValues(1, 255, (values, ev) =>
    logical(values, ev, (a, b) => a && b, true),
  ),
  OR: withValues(1, 255, (values, ev) =>
    logical(values, ev, (a, b) => a || b, false),
  ),
  NOT: withScalars(1, 1, ([v]) => {
    const b = toBoolean(v);
    return isError(b) ? b : !b;
  }),
  ISNUMBER: is((v) => typeof v === "number"),
  ISTEXT: is((v) => typeof v === "string"),
  ISBLANK: is((v) => v === null),
  N: n,
};
