/** Errors of the Vietnamese number and date helpers: a code for programs, a message for people. */

export const VnErrorCode = {
  empty: "empty",
  notANumber: "notANumber",
  ambiguous: "ambiguous",
  malformed: "malformed",
  excelError: "excelError",
  boolean: "boolean",
  notFinite: "notFinite",
  unsafeInteger: "unsafeInteger",
  tooLarge: "tooLarge",
  invalidDate: "invalidDate",
  impossibleDate: "impossibleDate",
} as const;
export type VnErrorCode = (typeof VnErrorCode)[keyof typeof VnErrorCode];

/** A refusal with a Vietnamese message (NFC) and, where one exists, the likely intended text. */
export interface VnError {
  readonly code: VnErrorCode;
  readonly message: string;
  readonly suggestion?: string;
}

export function vnError(
  code: VnErrorCode,
  message: string,
  suggestion?: string,
): VnError {
  return suggestion === undefined
    ? { code, message: message.normalize("NFC") }
    : { code, message: message.normalize("NFC"), suggestion };
}

/** Excel's error values, as Office.js and exceljs report them. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);
