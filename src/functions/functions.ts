/* Excel custom functions, namespace DVK: one generic wrapper per entry of the registry
 * (src/core/functions/registry.ts, which also gives functions.json), registered with
 * CustomFunctions.associate. A wrapper passes Excel's arguments to the entry's `evaluate` and
 * maps refusals to Excel errors. Pure core only (no React, no zod, no Office calls): this bundle
 * stays small. */
import {
  DvkFunctionError,
  type Cell,
  type CellResult,
} from "../core/functions/index";
import { dvkFunctions, type FunctionSpec } from "../core/functions/registry";

type Out = number | string | boolean | CustomFunctions.Error | Error;

/** A wrapper as Excel calls it: one argument per parameter of functions.json (an array of the
 *  values for a repeating one, null or undefined for an omitted optional one). */
export type ExcelFunction = (...args: unknown[]) => Out | Out[][];

/** Excel's error codes as the strings `CustomFunctions.Error` takes: the `CustomFunctions.ErrorCode`
 *  enum needs CustomFunctionsRuntime 1.3 (Excel 2021 and Microsoft 365 2008+), `Error` only 1.2. */
const ERROR_CODES = { invalidValue: "#VALUE!", notAvailable: "#N/A" } as const;

/** A core refusal as Excel's error value: #VALUE! (or #N/A for a missing value) with the
 *  Vietnamese message. Where `CustomFunctions.Error` is missing (outside Excel, or
 *  CustomFunctionsRuntime 1.1) a plain Error, which Excel shows as #VALUE!. */
function toExcelError(e: DvkFunctionError): CustomFunctions.Error | Error {
  const message =
    e.message.length > 255 ? `${e.message.slice(0, 254)}…` : e.message;
  const cf =
    typeof CustomFunctions === "undefined"
      ? undefined
      : (CustomFunctions as Partial<typeof CustomFunctions>);
  if (typeof cf?.Error !== "function") return new Error(message);
  const key = e.kind === "na" ? "notAvailable" : "invalidValue";
  const code = (cf.ErrorCode?.[key] ??
    ERROR_CODES[key]) as CustomFunctions.ErrorCode;
  return new cf.Error(code, message);
}

function cell(c: Cell): Out {
  return c instanceof DvkFunctionError ? toExcelError(c) : c;
}

/** A result as Excel takes it: refusals of single cells become Excel errors in their cells. A
 *  range is a fresh array from the core (mapCells), so it is converted in place: a sheet of
 *  10,000 cells recalculates without copying every result. */
function toExcel(r: CellResult): Out | Out[][] {
  if (!Array.isArray(r)) return cell(r);
  const rows = r as (Cell | Out)[][];
  for (const row of rows)
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (c instanceof DvkFunctionError) row[j] = toExcelError(c);
    }
  return rows as Out[][];
}

/** Runs a core function: a refusal of the whole call is thrown as an Excel error; refusals of
 *  single cells stay in their cells of the spilled range. */
function run(spec: FunctionSpec, args: unknown[]): Out | Out[][] {
  try {
    return toExcel(spec.evaluate(args));
  } catch (e) {
    throw e instanceof DvkFunctionError ? toExcelError(e) : e;
  }
}

/** Excel's arguments as `evaluate` takes them: null for an omitted optional parameter, the
 *  values of a repeating parameter spread last. One loop, no intermediate arrays: Excel calls a
 *  function once per cell. */
function coreArgs(spec: FunctionSpec, args: readonly unknown[]): unknown[] {
  const params = spec.params;
  const out: unknown[] = [];
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p.repeating) for (const v of args[i] as readonly unknown[]) out.push(v);
    else out.push(p.optional ? (args[i] ?? null) : args[i]);
  }
  return out;
}

/**
 * The Excel function for a registry entry. "matrix" results are always a range (1×1 for one
 * value), so they spill.
 * @example excelFunction(dvkFunctions.SO)([["18,4 triệu"]]) // [[18400000]]
 */
export function excelFunction(spec: FunctionSpec): ExcelFunction {
  const matrix = spec.result === "matrix";
  return (...args) => {
    const r = run(spec, coreArgs(spec, args));
    return matrix && !Array.isArray(r) ? [[r]] : r;
  };
}

/** Every DVK function as Excel calls it, by id (the registry's names and order). */
export const excelFunctions: Readonly<Record<string, ExcelFunction>> =
  Object.fromEntries(
    Object.entries(dvkFunctions).map(([id, spec]) => [id, excelFunction(spec)]),
  );

// In Excel (and the browser preview, whose shim defines a stand-in) register them all; under
// Node (tests, tools) there is nothing to register with.
if (typeof CustomFunctions !== "undefined")
  for (const [id, fn] of Object.entries(excelFunctions))
    CustomFunctions.associate(id, fn);
