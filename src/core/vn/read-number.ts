/**
 * Numbers in words, the Vietnamese accounting convention (DOMAIN.md §4): "mười" / "… mươi",
 * "mốt", "tư", "lăm", "linh" for a zero tens digit, every group after the first non-zero one
 * read in full ("một nghìn không trăm linh một"), all-zero groups skipped, "tỷ tỷ" beyond 10^18
 * (10^21 = "một nghìn tỷ tỷ"). Exact for integers given as text or bigint below 10^22.
 */
import { decimalDigits } from "./decimal-digits";
import { vnError, VnErrorCode, type VnError } from "./errors";
import {
  DIGIT_WORDS,
  groupReadings,
  type GroupReadings,
} from "./group-readings";
import { shiftedDigits } from "./number-parts";
import { readIntegerDigits, readSafeInteger } from "./read-integer";
import { scanVnNumber } from "./scan-number";

export interface ReadOptions {
  /** Unit after the words; default "đồng". "" reads a plain number (not capitalised by default). */
  readonly unit?: string;
  /** Word for a zero tens digit inside a group: "linh" (default) or "lẻ". */
  readonly zeroTens?: "linh" | "lẻ";
  /** "nghìn" (default) or "ngàn". */
  readonly thousand?: "nghìn" | "ngàn";
  /** 4 after a tens digit from 2: "tư" (default, "hai mươi tư") or "bốn". 14 is always "mười bốn". */
  readonly fourAfterTens?: "tư" | "bốn";
  /** Capital first letter; default: when there is a unit (money). */
  readonly capitalize?: boolean;
  /** "chẵn" after the unit for whole amounts ("… đồng chẵn"); default false. */
  readonly round?: boolean;
}

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: VnError };

/** Integers up to 10^22 − 1 ("chín nghìn … tỷ tỷ …"). */
const MAX_DIGITS = 22;
/** Fractions longer than this are read digit by digit ("phẩy một bốn một năm chín"). */
const MAX_FRACTION_AS_NUMBER = 3;

let memo: { zeroTens: string; four: string; tables: GroupReadings } | null =
  null;

function tablesFor(options: ReadOptions): GroupReadings {
  const zeroTens = options.zeroTens ?? "linh";
  const four = options.fourAfterTens ?? "tư";
  if (memo === null || memo.zeroTens !== zeroTens || memo.four !== four)
    memo = {
      zeroTens,
      four,
      tables: groupReadings({ zeroTens, fourAfterTens: four }),
    };
  return memo.tables;
}

/** Fraction digits (trailing zeros dropped): up to three as a number, leading zeros said one by
 *  one ("05" → "không năm", "25" → "hai mươi lăm"); longer ones digit by digit. */
function readFraction(
  frac: string,
  t: GroupReadings,
  thousand: string,
): string {
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  if (end === 0) return "";
  const digits = frac.slice(0, end);
  const words: string[] = [];
  if (digits.length > MAX_FRACTION_AS_NUMBER) {
    for (let i = 0; i < digits.length; i++)
      words.push(DIGIT_WORDS[digits.charCodeAt(i) - 48]);
    return words.join(" ");
  }
  let i = 0;
  while (digits.charCodeAt(i) === 48) {
    words.push("không");
    i++;
  }
  words.push(readIntegerDigits(digits.slice(i), t, thousand, false));
  return words.join(" ");
}

let unitMemo: { raw: string; nfc: string } = { raw: "đồng", nfc: "đồng" };

function unitOf(options: ReadOptions): string {
  const raw = options.unit ?? "đồng";
  if (unitMemo.raw !== raw)
    unitMemo = { raw, nfc: raw.normalize("NFC").trim().replace(/\s+/g, " ") };
  return unitMemo.nfc;
}

/** Unit and "chẵn" after the words. */
function finish(
  words: string,
  fraction: boolean,
  options: ReadOptions,
  unitOverride?: string,
): string {
  const unit = unitOverride ?? unitOf(options);
  if (!unit) return words;
  return options.round && !fraction && unitOverride === undefined
    ? `${words} ${unit} chẵn`
    : `${words} ${unit}`;
}

/**
 * A number in words. Numbers above 2^53 must come as text or bigint to stay exact. Decimals are
 * read after "phẩy" (18,4 → "mười tám phẩy bốn"; 3,05 → "ba phẩy không năm"; more than three
 * fraction digits digit by digit); JS numbers as Excel shows them (15 significant digits);
 * negatives with "âm"; text with "%" ends in "phần trăm" instead of the unit.
 * @example readVnNumber(332_400_000) // { ok: true, text: "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng" }
 * @example readVnNumber(332_400_000, { round: true }) // { ok: true, text: "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng chẵn" }
 * @example readVnNumber("1.000.001", { unit: "" }) // { ok: true, text: "một triệu không trăm linh một" }
 * @example readVnNumber(10n ** 21n, { unit: "" }) // { ok: true, text: "một nghìn tỷ tỷ" }
 */
export function readVnNumber(
  value: number | bigint | string,
  options: ReadOptions = {},
): ReadResult {
  const thousand = options.thousand ?? "nghìn";
  const capital = options.capitalize ?? unitOf(options) !== "";
  // Fast path: whole amounts, the common case of a ledger.
  if (
    typeof value === "number" &&
    value >= 0 &&
    value <= Number.MAX_SAFE_INTEGER &&
    Math.floor(value) === value
  )
    return {
      ok: true,
      text: finish(
        readSafeInteger(value, tablesFor(options), thousand, capital),
        false,
        options,
      ),
    };
  let negative: boolean;
  let int: string;
  let frac = "";
  let percent = false;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return {
        ok: false,
        error: vnError(
          VnErrorCode.notFinite,
          "Không đọc được: giá trị không phải số hữu hạn (NaN hoặc vô cực).",
        ),
      };
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.unsafeInteger,
          "Số lớn hơn 2^53 không còn chính xác trong Excel; hãy nhập số dưới dạng văn bản (gõ dấu ' ở đầu, ví dụ '1000000000000000000).",
        ),
      };
    negative = value < 0;
    ({ int, frac } = decimalDigits(value));
  } else if (typeof value === "bigint") {
    negative = value < 0n;
    int = (negative ? -value : value).toString();
  } else {
    const r = scanVnNumber(value);
    if (!r.ok) return r;
    percent = r.parts.unit === "%";
    negative = r.parts.negative;
    ({ int, frac } = shiftedDigits(
      percent ? { ...r.parts, exponent: r.parts.exponent + 2 } : r.parts,
    ));
  }
  if (int.length > MAX_DIGITS)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.tooLarge,
        "Số từ 10^22 (mười nghìn tỷ tỷ) trở lên vượt quá phạm vi đọc thành chữ.",
      ),
    };
  const t = tablesFor(options);
  const fracWords = readFraction(frac, t, thousand);
  const sign = negative && !(int === "0" && fracWords === "");
  let words = sign
    ? `${capital ? "Âm" : "âm"} ${readIntegerDigits(int, t, thousand, false)}`
    : readIntegerDigits(int, t, thousand, capital);
  if (fracWords) words += ` phẩy ${fracWords}`;
  return {
    ok: true,
    text: finish(
      words,
      fracWords !== "",
      options,
      percent ? "phần trăm" : undefined,
    ),
  };
}
