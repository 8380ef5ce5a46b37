/** SUMIFS, COUNTIFS, SUMIF and COUNTIF over ranges of the same shape. */
import { compileCriterion, type CriterionTest } from "./criteria";
import { ERR, isError, type FormulaError } from "./formula-error";
import {
  withValues,
  type Evaluator,
  type FormulaFunction,
} from "./function-types";
import { finite } from "./operators";
import { firstCell } from "./range-cells";
import {
  isRange,
  rangeHeight,
  rangeWidth,
  scannedRows,
  type RangeRef,
  type Value,
} from "./values";

interface Condition {
  readonly range: RangeRef;
  readonly test: CriterionTest;
}

/** A range argument: a reference is required; anything else is #VALUE! (errors pass). */
function asRange(v: Value): RangeRef | FormulaError {
  return isRange(v) ? v : isError(v) ? v : ERR["#VALUE!"];
}

/** Reads (range, criterion) pairs from `values[from…]`; every range must have `shape`'s size. */
function conditions(
  values: readonly Value[],
  from: number,
  shape: RangeRef,
  ev: Evaluator,
): Condition[] | FormulaError {
  const out: Condition[] = [];
  for (let i = from; i + 1 < values.length; i += 2) {
    const range = asRange(values[i]);
    if (isError(range)) return range;
    if (
      rangeHeight(range) !== rangeHeight(shape) ||
      rangeWidth(range) !== rangeWidth(shape)
    )
      return ERR["#VALUE!"];
    let criterion = values[i + 1];
    if (isRange(criterion)) {
      if (
        criterion.top !== criterion.bottom ||
        criterion.left !== criterion.right
      )
        return ERR["#VALUE!"];
      criterion = firstCell(ev, criterion);
    }
    out.push({ range, test: compileCriterion(criterion) });
  }
  return out;
}

/**
 * Visits each position (row and column offsets) where every condition holds, reading only rows
 * some range uses. Returns how many unread cells, all blank, also meet every condition.
 */
function scan(
  ev: Evaluator,
  conds: readonly Condition[],
  also: RangeRef | null,
  visit: (dr: number, dc: number) => boolean | void,
): number {
  const shape = conds[0].range;
  const [height, width] = [rangeHeight(shape), rangeWidth(shape)];
  let rows = also ? scannedRows(also) : 0;
  for (const c of conds) rows = Math.max(rows, scannedRows(c.range));
  for (let dr = 0; dr < rows; dr++)
    cells: for (let dc = 0; dc < width; dc++) {
      for (const { range, test } of conds)
        if (!test(ev.cell(range.sheet, range.top + dr, range.left + dc)))
          continue cells;
      if (visit(dr, dc) === false) return 0;
    }
  return conds.every((c) => c.test(null)) ? (height - rows) * width : 0;
}

/** Counts the positions meeting every condition (COUNTIFS, COUNTIF). */
function countMatches(values: readonly Value[], ev: Evaluator): Value {
  const first = asRange(values[0]);
  if (isError(first)) return first;
  const conds = conditions(values, 0, first, ev);
  if (isError(conds)) return conds;
  let n = 0;
  const tail = scan(ev, conds, null, () => {
    n++;
  });
  return n + tail;
}

/** Sums the numeric cells of `sum` where every condition holds; an error there is the result. */
function sumMatches(
  sum: RangeRef,
  conds: readonly Condition[],
  ev: Evaluator,
): Value {
  let total = 0;
  let error: FormulaError | undefined;
  scan(ev, conds, sum, (dr, dc) => {
    const v = ev.cell(sum.sheet, sum.top + dr, sum.left + dc);
    if (typeof v === "number") total += v;
    else if (isError(v)) error = v;
    return error === undefined;
  });
  return error ?? finite(total);
}

/** SUMIFS(sum_range, criteria_range1, criteria1, …). */
const sumifs = withValues(3, 255, (values, ev) => {
  if (values.length % 2 === 0) return ERR["#NAME?"];
  const sum = asRange(values[0]);
  if (isError(sum)) return sum;
  const conds = conditions(values, 1, sum, ev);
  return isError(conds) ? conds : sumMatches(sum, conds, ev);
});

/** COUNTIFS(criteria_range1, criteria1, …). */
const countifs = withValues(2, 254, (values, ev) =>
  values.length % 2 === 1 ? ERR["#NAME?"] : countMatches(values, ev),
);

/** SUMIF(range, criterion, [sum_range]): sum_range takes range's size from its top-left cell. */
const sumif = withValues(2, 3, (values, ev) => {
  const range = asRange(values[0]);
  if (isError(range)) return range;
  const conds = conditions(values.slice(0, 2), 0, range, ev);
  if (isError(conds)) return conds;
  const given = values.length > 2 ? asRange(values[2]) : range;
  if (isError(given)) return given;
  const sum: RangeRef = {
    ...given,
    bottom: given.top + rangeHeight(range) - 1,
    right: given.left + rangeWidth(range) - 1,
  };
  return sumMatches(sum, conds, ev);
});

/** The conditional aggregates by name. */
export const CONDITIONAL_FUNCTIONS: Readonly<Record<string, FormulaFunction>> =
  {
    SUMIFS: sumifs,
    COUNTIFS: countifs,
    SUMIF: sumif,
    COUNTIF: withValues(2, 2, countMatches),
  };
