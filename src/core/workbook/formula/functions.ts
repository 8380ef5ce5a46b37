/** Every worksheet function the evaluator knows, by upper-case name. */
import { AGGREGATE_FUNCTIONS } from "./aggregate-functions";
import { CONDITIONAL_FUNCTIONS } from "./conditional-functions";
import { DATE_FUNCTIONS } from "./date-functions";
import type { FormulaFunction } from "./function-types";
import { LOGIC_FUNCTIONS } from "./logic-functions";
import { MATH_FUNCTIONS } from "./math-functions";
import { TEXT_FUNCTIONS } from "./text-functions";

/** The function table; a name missing here evaluates to #NAME?. */
export const FUNCTIONS: ReadonlyMap<string, FormulaFunction> = new Map(
  Object.entries({
    ...AGGREGATE_FUNCTIONS,
    ...MATH_FUNCTIONS,
    ...LOGIC_FUNCTIONS,
    ...TEXT_FUNCTIONS,
    ...DATE_FUNCTIONS,
    ...CONDITIONAL_FUNCTIONS,
  }),
);
