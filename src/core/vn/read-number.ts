/**
 * Numbers in words, the Vietnamese accounting convention (DOMAIN.md §4): "mười" / "… mươi",
 * "mốt", "tư", "lăm", "linh" for a zero tens digit, every group after the first read in full
 * ("một nghìn không trăm linh một"), all-zero groups skipped, "tỷ tỷ" beyond 10^18. Exact for
 * integers given as text or bigint up to 10^22 − 1.
 */
import { vnError, VnErrorCode, type VnError } from "./errors";
import { scanVnNumber } from "./parse-number";

export interface ReadOptions {
  /** Unit after the words; default "đồng". "" reads a plain number (and does not capitalise). */
  readonly unit?: string;
  /** Word for a zero tens digit inside a group: "linh" (default) or "lẻ". */
  readonly zeroTens?: "linh" | "lẻ";
  /** "nghìn" (default) or "ngàn". */
  readonly thousand?: "nghìn" | "ngàn";
  /** 4 after a tens digit above one: "tư" (default, "hai mươi tư") or "bốn". */
  readonly fourAfterTens?: "tư" | "bốn";
  /** Capital first letter; default: when there is a unit. */
  readonly capitalize?: boolean;
  /** Add "chẵn" after the unit for whole amounts ("… đồng chẵn"). */
  readonly round?: boolean;
}

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: VnError };

const DIGITS = [
  "không",
  "một",
  "hai",
  "ba",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "tám",
  "chín",
];

/** Readings of 0–999, "leading" (first group of a number) and "full" (any later group). */
interface Tables {
  readonly leading: readonly string[];
  readonly full: readonly string[];
  readonly thousand: string;
}

const cache = new Map<string, Tables>();
let last: {
  zeroTens: string;
  thousand: string;
  four: string;
  tables: Tables;
} | null = null;

function tables(zeroTens: string, thousand: string, four: string): Tables {
  if (
    last &&
    last.zeroTens === zeroTens &&
    last.thousand === thousand &&
    last.four === four
  )
    return last.tables;
  const key = `${zeroTens}|${thousand}|${four}`;
  let t = cache.get(key);
  if (!t) {
    const leading: string[] = [];
    const full: string[] = [];
    for (let n = 0; n < 1000; n++) {
      leading.push(readGroup(n, false, zeroTens, four));
      full.push(readGroup(n, true, zeroTens, four));
    }
    t = { leading, full, thousand };
    cache.set(key, t);
  }
  last = { zeroTens, thousand, four, tables: t };
  return t;
}

/** One group of three digits; `full` reads "không trăm" and "linh" as a later group must. */
function readGroup(
  n: number,
  full: boolean,
  zeroTens: string,
  four: string,
): string {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(DIGITS[h], "trăm");
  if (t === 0) {
    if (u !== 0) {
      if (full || h > 0) words.push(zeroTens);
      words.push(DIGITS[u]);
    }
  } else if (t === 1) {
    words.push("mười");
    if (u !== 0) words.push(u === 5 ? "lăm" : DIGITS[u]);
  } else {
    words.push(DIGITS[t], "mươi");
    if (u === 1) words.push("mốt");
    else if (u === 4) words.push(four);
    else if (u === 5) words.push("lăm");
    else if (u !== 0) words.push(DIGITS[u]);
  }
  return words.join(" ");
}

/** Reads 1 ≤ n < 10^9; `started` when higher groups were already read. */
function belowBillion(n: number, started: boolean, t: Tables): string {
  const m = Math.floor(n / 1_000_000);
  const k = Math.floor(n / 1000) % 1000;
  const u = n % 1000;
  let out = "";
  let on = started;
  if (m) {
    out = `${(on ? t.full : t.leading)[m]} triệu`;
    on = true;
  }
  if (k) {
    out += `${out ? " " : ""}${(on ? t.full : t.leading)[k]} ${t.thousand}`;
    on = true;
  }
  if (u) out += `${out ? " " : ""}${(on ? t.full : t.leading)[u]}`;
  return out;
}

/** Reads a non-negative safe integer. */
function readSafe(n: number, t: Tables): string {
  if (n === 0) return "không";
  if (n < 1e9) return belowBillion(n, false, t);
  const a = Math.floor(n / 1e9);
  const b = n % 1e9;
  const head = `${readSafe(a, t)} tỷ`;
  return b ? `${head} ${belowBillion(b, true, t)}` : head;
}

/** Reads an integer given as digits (no leading zeros), any length up to 22. */
function readDigits(digits: string, t: Tables): string {
  if (digits.length <= 15) return readSafe(Number(digits), t);
  const a = digits.slice(0, -9);
  const b = Number(digits.slice(-9));
  const head = `${readDigits(a, t)} tỷ`;
  return b ? `${head} ${belowBillion(b, true, t)}` : head;
}

/** Fraction digits after "phẩy": leading zeros one by one, then the rest as a number. */
function readFraction(frac: string, t: Tables): string {
  const trimmed = frac.replace(/0+$/, "");
  let i = 0;
  const words: string[] = [];
  while (i < trimmed.length && trimmed[i] === "0") {
    words.push("không");
    i++;
  }
  if (i < trimmed.length) words.push(readDigits(trimmed.slice(i), t));
  return words.join(" ");
}

const MAX_DIGITS = 22;

/**
 * A number in words. Numbers above 2^53 must come as text or bigint to stay exact.
 * @example readVnNumber(332_400_000) // { ok: true, text: "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng" }
 * @example readVnNumber("1.000.001", { unit: "" }) // { ok: true, text: "một triệu không trăm linh một" }
 */
export function readVnNumber(
  value: number | bigint | string,
  options: ReadOptions = {},
): ReadResult {
  // Fast path: whole amounts, the common case of a ledger.
  if (
    typeof value === "number" &&
    value >= 0 &&
    value <= Number.MAX_SAFE_INTEGER &&
    Math.floor(value) === value
  ) {
    const t = tables(
      options.zeroTens ?? "linh",
      options.thousand ?? "nghìn",
      options.fourAfterTens ?? "tư",
    );
    return {
      ok: true,
      text: finish(readSafe(value, t), false, options, false),
    };
  }
  let negative = false;
  let int: string;
  let frac = "";
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return {
        ok: false,
        error: vnError(
          VnErrorCode.notFinite,
          "Không đọc được: giá trị không phải số hữu hạn.",
        ),
      };
    if (Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER)
      return {
        ok: false,
        error: vnError(
          VnErrorCode.unsafeInteger,
          "Số lớn hơn 2^53 không còn chính xác; hãy nhập số dưới dạng văn bản (ví dụ '1000000000000000000).",
        ),
      };
    negative = value < 0;
    const a = Math.abs(value);
    if (Number.isInteger(a)) int = String(a);
    else {
      const s = a < 1e-6 ? a.toFixed(12) : String(a);
      [int, frac = ""] = s.split(".");
    }
  } else if (typeof value === "bigint") {
    negative = value < 0n;
    int = (negative ? -value : value).toString();
  } else {
    const r = scanVnNumber(value);
    if (!r.ok) return r;
    const p = r.parts;
    negative = p.negative;
    if (p.exponent >= p.frac.length) {
      int = (p.int + p.frac + "0".repeat(p.exponent - p.frac.length)).replace(
        /^0+(?=\d)/,
        "",
      );
    } else {
      const digits = (p.int + p.frac).padStart(
        p.frac.length - p.exponent + 1,
        "0",
      );
      const cut = digits.length - (p.frac.length - p.exponent);
      int = digits.slice(0, cut).replace(/^0+(?=\d)/, "");
      frac = digits.slice(cut);
    }
  }
  if (int.length > MAX_DIGITS)
    return {
      ok: false,
      error: vnError(
        VnErrorCode.tooLarge,
        "Số từ 10^22 trở lên (mười nghìn tỷ tỷ) vượt quá phạm vi đọc.",
      ),
    };
  const t = tables(
    options.zeroTens ?? "linh",
    options.thousand ?? "nghìn",
    options.fourAfterTens ?? "tư",
  );
  const fracWords = readFraction(frac, t);
  const isZero = int === "0" && fracWords === "";
  let text = readDigits(int, t);
  if (fracWords) text += ` phẩy ${fracWords}`;
  return {
    ok: true,
    text: finish(text, negative && !isZero, options, fracWords !== ""),
  };
}

/** Sign, unit, "chẵn" and the capital letter. */
function finish(
  words: string,
  negative: boolean,
  options: ReadOptions,
  fraction: boolean,
): string {
  let text = negative ? `âm ${words}` : words;
  const unit = options.unit ?? "đồng";
  if (unit) text += ` ${unit}`;
  if (options.round && unit && !fraction) text += " chẵn";
  if (options.capitalize ?? unit !== "")
    text = text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}
