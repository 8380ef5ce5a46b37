import { fromExcelSerial } from "../../core/vn/excel-serial";
import { formatShortDate } from "../../core/vn/format-short-date";
import { interpretTyped } from "../../core/workbook/typed-input";
import type { CellValue } from "../../core/workbook/types";

/** What a preview cell shows, the way Excel on a Vietnamese system would: "#,##0" with "."
 *  thousands, dates "dd/mm/yyyy" from serial numbers, text as is; a formula whose value the
 *  preview cannot compute shows its text. */
export function formatPreviewCell(
  value: CellValue,
  numberFormat?: string,
  formula?: string,
): string {
  if (value === null) return formula ?? "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat && /d{1,2}\/m{1,2}\/y{2,4}/i.test(numberFormat)) {
    const date = fromExcelSerial(value);
    return date.ok ? formatShortDate(date.value) : "#######";
  }
  const decimals = numberFormat
    ? (/0[.,](0+)/.exec(numberFormat)?.[1].length ?? 0)
    : Number.isInteger(value)
      ? 0
      : 2;
  const [int, frac] = Math.abs(value).toFixed(decimals).split(".");
  const grouped =
    numberFormat && numberFormat !== "General" && !numberFormat.includes("#,##")
      ? int
      : int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** What the formula bar shows for a cell, and what editing it starts from — as Excel shows it:
 *  the formula, a date as dd/mm/yyyy, a number without grouping and with "," for decimals, text
 *  as is (with a leading apostrophe where typing it back would not give text again). */
export function editText(
  value: CellValue,
  numberFormat?: string,
  formula?: string,
): string {
  if (formula !== undefined) return formula;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (numberFormat && /d{1,2}\/m{1,2}\/y{2,4}/i.test(numberFormat))
      return formatPreviewCell(value, numberFormat);
    if (numberFormat?.endsWith("%"))
      return `${String(+(value * 100).toPrecision(15)).replace(".", ",")}%`;
    return String(value).replace(".", ",");
  }
  if (numberFormat === "@") return value;
  const typedBack = interpretTyped(value, numberFormat);
  return typedBack.formula === undefined && typedBack.value === value
    ? value
    : `'${value}`;
}
