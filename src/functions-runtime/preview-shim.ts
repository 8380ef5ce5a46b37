/**
 * Runs before the custom functions in their bundle. Inside Excel, office.js has defined
 * `CustomFunctions`; in the browser preview (no Office) it has not, and the generated
 * `CustomFunctions.associate(…)` calls would throw. There, a stand-in records the associations
 * and offers the same `Error` / `ErrorCode` shapes, so the page starts cleanly.
 */
type Associations = Record<string, (...args: unknown[]) => unknown>;

const g = globalThis as unknown as {
  CustomFunctions?: unknown;
  dvkPreviewFunctions?: Associations;
};

if (typeof g.CustomFunctions === "undefined") {
  const associations: Associations = {};
  g.dvkPreviewFunctions = associations;
  class PreviewFunctionError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  g.CustomFunctions = {
    associate(id: string | Associations, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === "string" && fn) associations[id] = fn;
      else if (typeof id === "object") Object.assign(associations, id);
    },
    Error: PreviewFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

export {};
