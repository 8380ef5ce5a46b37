/** Parsed formulas by text: a sheet repeats one formula on thousands of rows. */
import type { FormulaNode } from "./ast";
import { parseFormula } from "./parse";
import { FormulaSyntaxError } from "./tokenize";

/** How many distinct formula texts are kept; the least recently used goes first. */
export const FORMULA_CACHE_SIZE = 5000;

const cache = new Map<string, FormulaNode | null>();

/** The syntax tree of a formula, parsed once per distinct text; null when it is malformed. */
export function cachedParse(formula: string): FormulaNode | null {
  const hit = cache.get(formula);
  if (hit !== undefined) {
    cache.delete(formula);
    cache.set(formula, hit);
    return hit;
  }
  let node: FormulaNode | null;
  try {
    node = parseFormula(formula);
  } catch (e) {
    if (!(e instanceof FormulaSyntaxError)) throw e;
    node = null;
  }
  if (cache.size >= FORMULA_CACHE_SIZE)
    cache.delete(cache.keys().next().value as string);
  cache.set(formula, node);
  return node;
}

/** Number of formulas currently cached (for tests). */
export function cachedFormulaCount(): number {
  return cache.size;
}
