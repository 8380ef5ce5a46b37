/** LEFT, RIGHT, MID, LEN, TRIM, UPPER, LOWER, SUBSTITUTE, SEARCH and FIND. */
import { toInteger, toText } from "./coerce";
import { ERR, isError, type FormulaError } from "./formula-error";
import { withScalars, type FormulaFunction } from "./function-types";
import type { Scalar } from "./values";
import { wildcardSource } from "./wildcard";

/** Reads the arguments as texts (`t`) or whole numbers (`n`), in order; the first error wins. */
function read(
  values: readonly Scalar[],
  kinds: string,
): (string | number)[] | FormulaError {
  const out: (string | number)[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = kinds[i] === "n" ? toInteger(values[i]) : toText(values[i]);
    if (isError(v)) return v;
    out.push(v);
  }
  return out;
}

/** A function whose arguments are read by `kinds` (see `read`). */
function text(
  kinds: string,
  minArgs: number,
  fn: (args: readonly (string | number)[]) => Scalar,
): FormulaFunction {
  return withScalars(minArgs, kinds.length, (values) => {
    const args = read(values, kinds);
    return isError(args) ? args : fn(args);
  });
}

/** LEFT / RIGHT: `count` defaults to 1 and may not be negative. */
function side(fromEnd: boolean): FormulaFunction {
  return text("tn", 1, ([s, c = 1]) => {
    const str = s as string;
    const count = c as number;
    if (count < 0) return ERR["#VALUE!"];
    return fromEnd
      ? str.slice(Math.max(0, str.length - count))
      : str.slice(0, count);
  });
}

/** SUBSTITUTE(text, old, new, [instance]): every occurrence, or only the instance-th one. */
const substitute = text("tttn", 3, ([s, from, to, instance]) => {
  const [str, old, rep] = [s as string, from as string, to as string];
  if (old === "") return str;
  if (instance === undefined) return str.split(old).join(rep);
  if ((instance as number) < 1) return ERR["#VALUE!"];
  let at = -old.length;
  for (let k = 0; k < (instance as number); k++) {
    at = str.indexOf(old, at + old.length);
    if (at < 0) return str;
  }
  return str.slice(0, at) + rep + str.slice(at + old.length);
});

/** SEARCH / FIND(find, within, [start]): 1-based position, or #VALUE! when absent. */
function locate(wildcards: boolean): FormulaFunction {
  return text("ttn", 2, ([f, w, s = 1]) => {
    const [find, within, start] = [f as string, w as string, s as number];
    if (start < 1 || start > within.length + 1) return ERR["#VALUE!"];
    if (find === "") return start;
    const rest = within.slice(start - 1);
    let at: number;
    if (wildcards) {
      const m = new RegExp(wildcardSource(find), "i").exec(rest);
      at = m ? m.index : -1;
    } else at = rest.indexOf(find);
    return at < 0 ? ERR["#VALUE!"] : at + start;
  });
}

/** The text functions by name. */
export const TEXT_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  LEFT: side(false),
  RIGHT: side(true),
  MID: text("tnn", 3, ([s, st, c]) => {
    const [str, start, count] = [s as string, st as number, c as number];
    if (start < 1 || count < 0) return ERR["#VALUE!"];
    return str.slice(start - 1, start - 1 + count);
  }),
  LEN: text("t", 1, ([s]) => (s as string).length),
  TRIM: text("t", 1, ([s]) =>
    (s as string).replace(/ +/g, " ").replace(/^ | $/g, ""),
  ),
  UPPER: text("t", 1, ([s]) => (s as string).toUpperCase()),
  LOWER: text("t", 1, ([s]) => (s as string).toLowerCase()),
  SUBSTITUTE: substitute,
  SEARCH: locate(true),
  FIND: locate(false),
};
