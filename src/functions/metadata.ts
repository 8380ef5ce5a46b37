/* functions.json, Excel's description of the DVK custom functions, written from the registry
 * (src/core/functions/registry.ts). The build emits it through scripts/functions-metadata-plugin.cjs;
 * it is not part of the functions bundle. Same shape, key order and indentation as the
 * custom-functions-metadata tool writes: absent rather than false or "scalar" or "any". */
import {
  dvkFunctions,
  type FunctionSpec,
  type ParamSpec,
} from "../core/functions/registry";

export interface ParameterMetadata {
  readonly description?: string;
  readonly dimensionality?: "matrix";
  readonly name: string;
  readonly optional?: true;
  readonly repeating?: true;
  readonly type: ParamSpec["type"];
}

export interface FunctionMetadata {
  readonly description?: string;
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: {
    readonly dimensionality?: "matrix";
    readonly type?: "number" | "string";
  };
}

export interface FunctionsMetadata {
  readonly allowCustomDataForDataTypeAny: true;
  readonly functions: readonly FunctionMetadata[];
}

function parameterMetadata(p: ParamSpec): ParameterMetadata {
  return {
    ...(p.description ? { description: p.description } : {}),
    ...(p.matrix ? { dimensionality: "matrix" as const } : {}),
    name: p.name,
    ...(p.optional ? { optional: true as const } : {}),
    ...(p.repeating ? { repeating: true as const } : {}),
    type: p.type,
  };
}

function functionMetadata(id: string, spec: FunctionSpec): FunctionMetadata {
  return {
    ...(spec.description ? { description: spec.description } : {}),
    id,
    name: id,
    parameters: spec.params.map(parameterMetadata),
    result:
      spec.result === "matrix"
        ? { dimensionality: "matrix" }
        : { type: spec.result },
  };
}

/**
 * Excel's metadata for the functions of a registry, in its order.
 * @example functionsMetadata().functions[0].id // "DOCSO"
 */
export function functionsMetadata(
  functions: Readonly<Record<string, FunctionSpec>> = dvkFunctions,
): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: Object.entries(functions).map(([id, spec]) =>
      functionMetadata(id, spec),
    ),
  };
}

/** The text of functions.json (indented by four spaces, as custom-functions-metadata writes it). */
export function functionsJson(
  functions: Readonly<Record<string, FunctionSpec>> = dvkFunctions,
): string {
  return JSON.stringify(functionsMetadata(functions), null, 4);
}
