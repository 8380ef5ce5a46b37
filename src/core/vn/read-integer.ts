/** Integers in words, group by group (DOMAIN.md §4): every group after the first non-zero one
 *  read in full, all-zero groups skipped, "tỷ" repeated beyond 10^18. */
import type { GroupReadings } from "./group-readings";

/** Reads 1 ≤ n < 10^9. `started` when a higher group was read (zero hundreds are then said);
 *  otherwise the first group comes from `first` (the plain or the capitalised readings). */
function belowBillion(
  n: number,
  started: boolean,
  t: GroupReadings,
  thousand: string,
  first: readonly string[],
): string {
  const m = Math.floor(n / 1_000_000);
  const k = Math.floor(n / 1000) % 1000;
  const u = n % 1000;
  let out = "";
  let on = started;
  if (m) {
    out = `${(on ? t.full : first)[m]} triệu`;
    on = true;
  }
  if (k) {
    out += `${out ? " " : ""}${(on ? t.full : first)[k]} ${thousand}`;
    on = true;
  }
  if (u) out += `${out ? " " : ""}${(on ? t.full : first)[u]}`;
  return out;
}

/**
 * A non-negative safe integer in words: groups of nine digits joined by "tỷ", the first group
 * capitalised when `capital`.
 * @example readSafeInteger(1_000_001, groupReadings({ zeroTens: "linh", fourAfterTens: "tư" }), "nghìn", false) // "một triệu không trăm linh một"
 */
export function readSafeInteger(
  n: number,
  t: GroupReadings,
  thousand: string,
  capital: boolean,
): string {
  if (n === 0) return capital ? "Không" : "không";
  if (n < 1e9)
    return belowBillion(
      n,
      false,
      t,
      thousand,
      capital ? t.leadingCapital : t.leading,
    );
  const low = n % 1e9;
  const head = `${readSafeInteger(Math.floor(n / 1e9), t, thousand, capital)} tỷ`;
  return low ? `${head} ${belowBillion(low, true, t, thousand, t.full)}` : head;
}

/**
 * An integer given as digits (no leading zeros), of any length, in words: beyond 10^18 the
 * head is read as a number of tỷ, so 10^21 is "một nghìn tỷ tỷ".
 * @example readIntegerDigits("1000000000000000000", t, "nghìn", false) // "một tỷ tỷ"
 */
export function readIntegerDigits(
  digits: string,
  t: GroupReadings,
  thousand: string,
  capital: boolean,
): string {
  if (digits.length <= 15)
    return readSafeInteger(Number(digits), t, thousand, capital);
  const low = Number(digits.slice(-9));
  const head = `${readIntegerDigits(digits.slice(0, -9), t, thousand, capital)} tỷ`;
  return low ? `${head} ${belowBillion(low, true, t, thousand, t.full)}` : head;
}
