/** Errors of the Vietnamese number, date and text helpers: a code for programs, a message for people. */

/** What went wrong, for programs (the message says it for people). */
export const VnErrorCode = {
  /** Nothing there: empty text, null, undefined. */
  empty: "empty",
  /** Text with no number in it ("abc"), or a value of another kind (an object, a Date). */
  notANumber: "notANumber",
  /** Text with two plausible readings ("3.28", "2 tỷ 3"): never guessed, see `suggestion`. */
  ambiguous: "ambiguous",
  /** A number written against the Vietnamese rules ("1.2.3", "12,3,4", "(1.000"). */
  malformed: "malformed",
  /** An Excel error value (#VALUE!, #N/A, …) as text. */
  excelError: "excelError",
  /** TRUE / FALSE where a number belongs. */
  boolean: "boolean",
  /** NaN or ±Infinity. */
  notFinite: "notFinite",
  /** A JS number beyond 2^53 − 1: no longer exact, pass it as text. */
  unsafeInteger: "unsafeInteger",
  /** A number beyond what the function handles (text beyond 2^53 for SO, 10^22 for reading). */
  tooLarge: "tooLarge",
  /** Not a date, or a year outside 1900–9999. */
  invalidDate: "invalidDate",
  /** A date that does not exist (31/02/2024, Excel's 29/02/1900). */
  impossibleDate: "impossibleDate",
} as const;
export type VnErrorCode = (typeof VnErrorCode)[keyof typeof VnErrorCode];

/** A refusal: a code, a Vietnamese message (NFC) and, where one exists, the likely intended text. */
export interface VnError {
  readonly code: VnErrorCode;
  readonly message: string;
  /** The likely intended writing, e.g. "3.280" for "3.28". */
  readonly suggestion?: string;
}

/** The error of `parseVnNumber` (same shape as every helper's error). */
export type VnNumberError = VnError;

/**
 * Builds a VnError, normalising the message to NFC.
 * @example vnError(VnErrorCode.empty, "Ô trống, không có số.") // { code: "empty", message: "Ô trống, không có số." }
 */
export function vnError(
  code: VnErrorCode,
  message: string,
  suggestion?: string,
): VnError {
  const nfc = message.normalize("NFC");
  return suggestion === undefined
    ? { code, message: nfc }
    : { code, message: nfc, suggestion };
}
