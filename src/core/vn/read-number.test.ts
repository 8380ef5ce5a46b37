import fc from "fast-check";
import { readVnNumber, type ReadOptions } from "./read-number";

/**
 * Readings an accountant can check line by line (accounting convention, plain numbers: unit "").
 * Left: the number as written in Vietnam; right: how it is read.
 */
const READINGS: readonly (readonly [string, string])[] = [
  ["0", "không"],
  ["1", "một"],
  ["2", "hai"],
  ["3", "ba"],
  ["4", "bốn"],
  ["5", "năm"],
  ["6", "sáu"],
  ["7", "bảy"],
  ["8", "tám"],
  ["9", "chín"],
  ["10", "mười"],
  ["11", "mười một"],
  ["14", "mười bốn"],
  ["15", "mười lăm"],
  ["19", "mười chín"],
  ["20", "hai mươi"],
  ["21", "hai mươi mốt"],
  ["24", "hai mươi tư"],
  ["25", "hai mươi lăm"],
  ["31", "ba mươi mốt"],
  ["44", "bốn mươi tư"],
  ["55", "năm mươi lăm"],
  ["99", "chín mươi chín"],
  ["100", "một trăm"],
  ["101", "một trăm linh một"],
  ["104", "một trăm linh bốn"],
  ["105", "một trăm linh năm"],
  ["110", "một trăm mười"],
  ["111", "một trăm mười một"],
  ["115", "một trăm mười lăm"],
  ["121", "một trăm hai mươi mốt"],
  ["205", "hai trăm linh năm"],
  ["999", "chín trăm chín mươi chín"],
  ["1.000", "một nghìn"],
  ["1.001", "một nghìn không trăm linh một"],
  ["1.010", "một nghìn không trăm mười"],
  ["1.015", "một nghìn không trăm mười lăm"],
  ["1.100", "một nghìn một trăm"],
  ["1.234", "một nghìn hai trăm ba mươi tư"],
  ["2.300", "hai nghìn ba trăm"],
  ["2.624", "hai nghìn sáu trăm hai mươi tư"],
  ["10.000", "mười nghìn"],
  ["15.500", "mười lăm nghìn năm trăm"],
  ["21.021", "hai mươi mốt nghìn không trăm hai mươi mốt"],
  ["100.000", "một trăm nghìn"],
  ["105.000", "một trăm linh năm nghìn"],
  ["1.000.000", "một triệu"],
  ["1.000.001", "một triệu không trăm linh một"],
  ["1.001.000", "một triệu không trăm linh một nghìn"],
  ["1.500.000", "một triệu năm trăm nghìn"],
  ["18.400.000", "mười tám triệu bốn trăm nghìn"],
  ["36.000.000", "ba mươi sáu triệu"],
  ["250.000.000", "hai trăm năm mươi triệu"],
  ["332.400.000", "ba trăm ba mươi hai triệu bốn trăm nghìn"],
  ["1.000.000.000", "một tỷ"],
  ["1.000.000.017", "một tỷ không trăm mười bảy"],
  ["2.000.001.000", "hai tỷ không trăm linh một nghìn"],
  ["1.500.000.000", "một tỷ năm trăm triệu"],
  [
    "12.345.678.901",
    "mười hai tỷ ba trăm bốn mươi lăm triệu sáu trăm bảy mươi tám nghìn chín trăm linh một",
  ],
  ["1.000.000.000.000", "một nghìn tỷ"],
  ["1.500.000.000.000", "một nghìn năm trăm tỷ"],
  ["1.000.000.000.001", "một nghìn tỷ không trăm linh một"],
  ["1.000.000.000.000.000", "một triệu tỷ"],
  [
    "9.007.199.254.740.993",
    "chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi ba",
  ],
  ["1.000.000.000.000.000.000", "một tỷ tỷ"],
  ["1.000.000.001.000.000.000", "một tỷ không trăm linh một tỷ"],
  ["1.000.000.000.000.000.000.000", "một nghìn tỷ tỷ"],
  [
    "9.999.999.999.999.999.999.999",
    "chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
  ],
  ["-25", "âm hai mươi lăm"],
  ["18,4", "mười tám phẩy bốn"],
  ["3,05", "ba phẩy không năm"],
  ["0,5", "không phẩy năm"],
  ["1,25", "một phẩy hai mươi lăm"],
  ["18,40", "mười tám phẩy bốn"],
  ["0,125", "không phẩy một trăm hai mươi lăm"],
  ["3,14159", "ba phẩy một bốn một năm chín"],
  ["-1.000.000,5", "âm một triệu phẩy năm"],
  ["93,8%", "chín mươi ba phẩy tám phần trăm"],
];

/**
 * Money (the DVK.DOCSO default: unit "đồng", capital first letter) and every option, as the
 * keywords of DVK.DOCSO's third argument: lẻ, ngàn, bốn, chẵn, thường (no capital).
 */
const MONEY: readonly (readonly [number | string, string, string])[] = [
  [332_400_000, "", "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"],
  [332_400_000, "chẵn", "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng chẵn"],
  [0, "", "Không đồng"],
  [-1500, "", "Âm một nghìn năm trăm đồng"],
  [12.5, "chẵn", "Mười hai phẩy năm đồng"],
  ["18,4 triệu đồng", "", "Mười tám triệu bốn trăm nghìn đồng"],
  [105, "lẻ", "Một trăm lẻ năm đồng"],
  [1_000_001, "lẻ", "Một triệu không trăm lẻ một đồng"],
  [1001, "ngàn", "Một ngàn không trăm linh một đồng"],
  [2_000_001_000, "ngàn", "Hai tỷ không trăm linh một ngàn đồng"],
  [24, "bốn", "Hai mươi bốn đồng"],
  [14, "bốn", "Mười bốn đồng"],
  [1_234_000, "thường", "một triệu hai trăm ba mươi tư nghìn đồng"],
  [
    105_024_000,
    "lẻ ngàn bốn chẵn",
    "Một trăm lẻ năm triệu không trăm hai mươi bốn ngàn đồng chẵn",
  ],
];

const OPTIONS: Readonly<Record<string, ReadOptions>> = {
  lẻ: { zeroTens: "lẻ" },
  ngàn: { thousand: "ngàn" },
  bốn: { fourAfterTens: "bốn" },
  chẵn: { round: true },
  thường: { capitalize: false },
};
const optionsOf = (keywords: string): ReadOptions =>
  Object.assign(
    {},
    ...keywords
      .split(" ")
      .filter(Boolean)
      .map((k) => OPTIONS[k]),
  );

describe("readVnNumber — the accounting convention, line by line", () => {
  test("the table has at least 60 readings", () =>
    expect(READINGS.length).toBeGreaterThanOrEqual(60));
  test.each(READINGS)("%s → %s", (written, reading) => {
    expect(readVnNumber(written, { unit: "" })).toEqual({
      ok: true,
      text: reading,
    });
  });
});

describe("readVnNumber — money and each option, line by line", () => {
  test.each(MONEY)("%p [%s] → %s", (value, keywords, reading) => {
    expect(readVnNumber(value, optionsOf(keywords))).toEqual({
      ok: true,
      text: reading,
    });
  });
});

describe("readVnNumber — money and options", () => {
  const money = (v: number | string | bigint, o: ReadOptions = {}) => {
    const r = readVnNumber(v, o);
    if (!r.ok) throw new Error(r.error.message);
    return r.text;
  };
  test("money: capital first letter, unit đồng, optional chẵn", () => {
    expect(money(332_400_000)).toBe(
      "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng",
    );
    expect(money(332_400_000, { round: true })).toBe(
      "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng chẵn",
    );
    expect(money(0)).toBe("Không đồng");
    expect(money(-1500)).toBe("Âm một nghìn năm trăm đồng");
    expect(money(12.5, { round: true })).toBe("Mười hai phẩy năm đồng");
  });
  test("variants: lẻ, ngàn, bốn, lower case, another unit", () => {
    expect(money(105, { zeroTens: "lẻ", unit: "" })).toBe("một trăm lẻ năm");
    expect(money(1001, { zeroTens: "lẻ", thousand: "ngàn", unit: "" })).toBe(
      "một ngàn không trăm lẻ một",
    );
    expect(money(24, { fourAfterTens: "bốn", unit: "" })).toBe("hai mươi bốn");
    expect(money(14, { fourAfterTens: "bốn", unit: "" })).toBe("mười bốn");
    expect(money(2624, { unit: "cây viết", capitalize: false })).toBe(
      "hai nghìn sáu trăm hai mươi tư cây viết",
    );
  });
  test("JS numbers are read as Excel shows them (15 significant digits)", () => {
    expect(money(0.1 + 0.2, { unit: "" })).toBe("không phẩy ba");
    expect(money(1e-7, { unit: "" })).toBe(
      "không phẩy không không không không không không một",
    );
    expect(money(15.05)).toBe("Mười lăm phẩy không năm đồng");
  });
  test("a unit given in NFD comes out NFC", () => {
    expect(money(5, { unit: " cây  viết ".normalize("NFD") })).toBe(
      "Năm cây viết",
    );
  });
  test("text, bigint and number agree; text with scale words is exact", () => {
    expect(money("18,4 triệu")).toBe(money(18_400_000));
    expect(money(10n ** 21n)).toBe("Một nghìn tỷ tỷ đồng");
    expect(money("1.000.000.000.000.000.017", { unit: "" })).toBe(
      "một tỷ tỷ không trăm mười bảy",
    );
  });
});

describe("readVnNumber — bad input", () => {
  test.each([
    [2 ** 60, "unsafeInteger"],
    [Number.NaN, "notFinite"],
    [Number.POSITIVE_INFINITY, "notFinite"],
    ["10.000.000.000.000.000.000.000", "tooLarge"],
    ["3.28", "ambiguous"],
    ["abc", "notANumber"],
    ["2 tỷ 3", "ambiguous"],
    ["", "empty"],
    [-(2 ** 53), "unsafeInteger"],
  ] as const)("%p → %s", (v, code) => {
    const r = readVnNumber(v as number | string);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toBe(r.error.message.normalize("NFC"));
    }
  });
  test("negative zero reads as zero", () =>
    expect(readVnNumber(-0, { unit: "" })).toEqual({
      ok: true,
      text: "không",
    }));
  test("decomposed (NFD) text and stray / non-breaking spaces are read", () => {
    expect(readVnNumber(" 18,4 triệu\u00a0".normalize("NFD"))).toEqual({
      ok: true,
      text: "Mười tám triệu bốn trăm nghìn đồng",
    });
  });
});

describe("readVnNumber — properties", () => {
  const upTo1e21 = fc.bigInt({ min: 0n, max: 10n ** 21n });
  test("every integer up to 10^21 reads to non-empty NFC words, no 'undefined', no doubled spaces", () => {
    fc.assert(
      fc.property(upTo1e21, (n) => {
        const r = readVnNumber(n, { unit: "" });
        if (!r.ok) return false;
        return (
          r.text.length > 0 &&
          r.text === r.text.normalize("NFC") &&
          !r.text.includes("undefined") &&
          !/\s{2}/.test(r.text) &&
          r.text.trim() === r.text
        );
      }),
      { numRuns: 3000 },
    );
  });
  test("safe integers read the same as a number, a bigint and grouped text", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const a = readVnNumber(n, { unit: "" });
        const b = readVnNumber(BigInt(n), { unit: "" });
        const c = readVnNumber(
          String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "."),
          { unit: "" },
        );
        return a.ok && b.ok && c.ok && a.text === b.text && b.text === c.text;
      }),
      { numRuns: 2000 },
    );
  });
  test("a later all-zero group is skipped, a later non-zero group is read in full", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 99 }),
        (head, tail) => {
          const r = readVnNumber(head * 1_000_000 + tail, { unit: "" });
          return (
            r.ok &&
            r.text.includes(" triệu không trăm ") &&
            !r.text.includes("nghìn")
          );
        },
      ),
    );
  });
});
