/** DVK.DOCSO: amounts (or plain numbers) in words. */
import { readVnNumber, type ReadOptions } from "../vn/read-number";
import { isBlank, mapCells, textArg, type CellResult } from "./args";
import { DvkFunctionError } from "./dvk-function-error";

/** Style keywords (with and without diacritics) → the option they set. */
const KEYWORDS: Readonly<Record<string, Partial<ReadOptions>>> = {
  linh: { zeroTens: "linh" },
  lẻ: { zeroTens: "lẻ" },
  le: { zeroTens: "lẻ" },
  nghìn: { thousand: "nghìn" },
  nghin: { thousand: "nghìn" },
  ngàn: { thousand: "ngàn" },
  ngan: { thousand: "ngàn" },
  tư: { fourAfterTens: "tư" },
  tu: { fourAfterTens: "tư" },
  bốn: { fourAfterTens: "bốn" },
  bon: { fourAfterTens: "bốn" },
  chẵn: { round: true },
  chan: { round: true },
  hoa: { capitalize: true },
  thường: { capitalize: false },
  thuong: { capitalize: false },
};
const cache = new Map<string, ReadOptions>();
const DEFAULTS: ReadOptions = { unit: "đồng" };

/**
 * Reading options from DOCSO's unit and style arguments. The style is keywords separated by
 * commas, semicolons or spaces, in any order: "lẻ" (105 một trăm lẻ năm), "ngàn", "bốn" (24 hai
 * mươi bốn), "chẵn" (… đồng chẵn), "thường" (no capital letter), "hoa" (capital letter), and the
 * defaults "linh", "nghìn", "tư"; without diacritics too ("le, ngan"). Unit omitted: "đồng".
 * @example readOptionsFromArgs(null, "lẻ, chẵn") // { unit: "đồng", zeroTens: "lẻ", round: true }
 */
export function readOptionsFromArgs(
  unit: unknown,
  style: unknown,
): ReadOptions {
  if (
    (unit === null || unit === undefined) &&
    (style === null || style === undefined)
  )
    return DEFAULTS;
  const u = unit === null || unit === undefined ? "đồng" : textArg(unit).trim();
  const s = textArg(style);
  const key = `${u}\u0000${s}`;
  let options = cache.get(key);
  if (options) return options;
  const words = s
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  const unknown = words.filter(
    (w) => !Object.prototype.hasOwnProperty.call(KEYWORDS, w),
  );
  if (unknown.length)
    throw new DvkFunctionError(
      `Kiểu đọc không hợp lệ: “${unknown.join(", ")}”. Dùng các từ: lẻ, ngàn, bốn, chẵn, thường, hoa (cách nhau bằng dấu phẩy).`,
    );
  options = Object.assign(
    { unit: u },
    ...words.map((w) => KEYWORDS[w]),
  ) as ReadOptions;
  if (cache.size < 256) cache.set(key, options);
  return options;
}

/**
 * DVK.DOCSO(số; [đơn vị]; [kiểu]): a number, Vietnamese-written text ("18,4 triệu") or each
 * cell of a range in words, accounting convention. Numbers above 2^53 must be text.
 * @example docSo(332_400_000) // "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"
 * @example docSo(105, "", "lẻ") // "một trăm lẻ năm"
 */
export function docSo(
  value: unknown,
  unit: unknown = null,
  style: unknown = null,
): CellResult {
  const options = readOptionsFromArgs(unit, style);
  if (typeof value === "number") {
    const r = readVnNumber(value, options);
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return r.text;
  }
  return mapCells(value, (v) => {
    if (typeof v === "boolean")
      throw new DvkFunctionError(
        `Giá trị ${v ? "TRUE" : "FALSE"} không phải là số.`,
      );
    if (isBlank(v))
      throw new DvkFunctionError("Ô trống, không có số để đọc.", "na");
    if (typeof v !== "number" && typeof v !== "string" && typeof v !== "bigint")
      throw new DvkFunctionError("Giá trị không phải là số.");
    const r = readVnNumber(v, options);
    if (!r.ok) throw new DvkFunctionError(r.error.message);
    return r.text;
  });
}
