/** A DVK function's refusal, shown by Excel as an error value with this Vietnamese message. */

export const DvkErrorKind = {
  /** #VALUE!: the argument cannot be read ("3.28", "abc", TRUE). */
  value: "value",
  /** #N/A: a required value is missing (an empty cell where a total belongs). */
  na: "na",
} as const;
export type DvkErrorKind = (typeof DvkErrorKind)[keyof typeof DvkErrorKind];

/**
 * Thrown by a DVK function for the whole call, or returned in a cell of a spilled result.
 * @example new DvkFunctionError("“3.28” không rõ nghĩa …").kind // "value"
 */
export class DvkFunctionError extends Error {
  readonly kind: DvkErrorKind;

  constructor(message: string, kind: DvkErrorKind = DvkErrorKind.value) {
    super(message.normalize("NFC"));
    this.name = "DvkFunctionError";
    this.kind = kind;
  }
}
