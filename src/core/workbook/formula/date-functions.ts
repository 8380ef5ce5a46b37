/** DATE, DAY, MONTH and YEAR over Excel serial numbers. */
import { toInteger, toNumber } from "./coerce";
import { ERR, isError } from "./formula-error";
import { withScalars, type FormulaFunction } from "./function-types";
import { dateSerial, serialDate, type SerialDate } from "./serial-date";

/**
 * DATE(year, month, day): years 0–1899 count from 1900; months and days overflow
 * (DATE(2021,13,1) is 2022-01-01); outside 1900-01-00 … 9999-12-31 → #NUM!.
 */
const date = withScalars(3, 3, (values) => {
  const parts: number[] = [];
  for (const v of values) {
    const n = toInteger(v);
    if (isError(n)) return n;
    parts.push(n);
  }
  const [y, m, d] = parts;
  if (y < 0 || y >= 10000) return ERR["#NUM!"];
  return dateSerial(y < 1900 ? y + 1900 : y, m, d) ?? ERR["#NUM!"];
});

/** DAY / MONTH / YEAR of a serial; a negative or too large serial → #NUM!. */
function part(pick: (d: SerialDate) => number): FormulaFunction {
  return withScalars(1, 1, ([v]) => {
    const n = toNumber(v);
    if (isError(n)) return n;
    const d = serialDate(n);
    return d ? pick(d) : ERR["#NUM!"];
  });
}

/** The date functions by name. */
export const DATE_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  DATE: date,
  DAY: part((d) => d.day),
  MONTH: part((d) => d.month),
  YEAR: part((d) => d.year),
};
