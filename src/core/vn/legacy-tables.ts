/**
 * Legacy Vietnamese encodings as they look when their bytes are read as Windows-1252 (what a
 * Unicode program shows for text typed in .VnTime or VNI-Times fonts).
 *
 * TCVN3 (TCVN 5712:1993, "ABC"): one byte per letter. Upper-case letters with tone marks have no
 * code of their own (the ".VnTimeH" fonts draw the lower-case codes as capitals), so they come
 * back lower-case.
 * VNI: a base ASCII letter followed by one byte carrying the mark(s); ơ, ư, đ and some "i"/"y"
 * forms are single bytes.
 */

/** TCVN3 byte (as a Windows-1252 character) → Unicode letter. */
export const TCVN3: Readonly<Record<string, string>> = {
  "\u00a1": "Ă",
  "\u00a2": "Â",
  "\u00a3": "Ê",
  "\u00a4": "Ô",
  "\u00a5": "Ơ",
  "\u00a6": "Ư",
  "\u00a7": "Đ",
  "\u00a8": "ă",
  "\u00a9": "â",
  "\u00aa": "ê",
  "\u00ab": "ô",
  "\u00ac": "ơ",
  "\u00ad": "ư",
  "\u00ae": "đ",
  "\u00b5": "à",
  "\u00b6": "ả",
  "\u00b7": "ã",
  "\u00b8": "á",
  "\u00b9": "ạ",
  "\u00bb": "ằ",
  "\u00bc": "ẳ",
  "\u00bd": "ẵ",
  "\u00be": "ắ",
  "\u00c6": "ặ",
  "\u00c7": "ầ",
  "\u00c8": "ẩ",
  "\u00c9": "ẫ",
  "\u00ca": "ấ",
  "\u00cb": "ậ",
  "\u00cc": "è",
  "\u00ce": "ẻ",
  "\u00cf": "ẽ",
  "\u00d0": "é",
  "\u00d1": "ẹ",
  "\u00d2": "ề",
  "\u00d3": "ể",
  "\u00d4": "ễ",
  "\u00d5": "ế",
  "\u00d6": "ệ",
  "\u00d7": "ì",
  "\u00d8": "ỉ",
  "\u00dc": "ĩ",
  "\u00dd": "í",
  "\u00de": "ị",
  "\u00df": "ò",
  "\u00e1": "ỏ",
  "\u00e2": "õ",
  "\u00e3": "ó",
  "\u00e4": "ọ",
  "\u00e5": "ồ",
  "\u00e6": "ổ",
  "\u00e7": "ỗ",
  "\u00e8": "ố",
  "\u00e9": "ộ",
  "\u00ea": "ờ",
  "\u00eb": "ở",
  "\u00ec": "ỡ",
  "\u00ed": "ớ",
  "\u00ee": "ợ",
  "\u00ef": "ù",
  "\u00f1": "ủ",
  "\u00f2": "ũ",
  "\u00f3": "ú",
  "\u00f4": "ụ",
  "\u00f5": "ừ",
  "\u00f6": "ử",
  "\u00f7": "ữ",
  "\u00f8": "ứ",
  "\u00f9": "ự",
  "\u00fa": "ỳ",
  "\u00fb": "ỷ",
  "\u00fc": "ỹ",
  "\u00fd": "ý",
  "\u00fe": "ỵ",
};

/** Combining marks, for composing letters. */
export const MARK = {
  grave: "\u0300",
  acute: "\u0301",
  hook: "\u0309",
  tilde: "\u0303",
  dot: "\u0323",
  circumflex: "\u0302",
  breve: "\u0306",
  horn: "\u031b",
} as const;

type Marks = readonly string[];
const M = MARK;

/** VNI mark byte after a vowel (lower-case form; the upper-case byte is its Windows-1252
 *  capital) → the marks it adds. Tone bytes apply to every vowel; the shape bytes differ for
 *  "a" (breve series) and "a e o" (circumflex series). */
export const VNI_TONE: Readonly<Record<string, Marks>> = {
  ù: [M.acute],
  ø: [M.grave],
  û: [M.hook],
  õ: [M.tilde],
  ï: [M.dot],
};
export const VNI_CIRCUMFLEX: Readonly<Record<string, Marks>> = {
  â: [M.circumflex],
  á: [M.circumflex, M.acute],
  à: [M.circumflex, M.grave],
  å: [M.circumflex, M.hook],
  ã: [M.circumflex, M.tilde],
  ä: [M.circumflex, M.dot],
};
export const VNI_BREVE: Readonly<Record<string, Marks>> = {
  ê: [M.breve],
  é: [M.breve, M.acute],
  è: [M.breve, M.grave],
  ú: [M.breve, M.hook],
  ü: [M.breve, M.tilde],
  ë: [M.breve, M.dot],
};
/** VNI single bytes standing for a whole letter. */
export const VNI_SINGLE: Readonly<Record<string, string>> = {
  ô: "ơ",
  Ô: "Ơ",
  ö: "ư",
  Ö: "Ư",
  ñ: "đ",
  Ñ: "Đ",
  í: "í",
  Í: "Í",
  ì: "ì",
  Ì: "Ì",
  æ: "ỉ",
  Æ: "Ỉ",
  ó: "ĩ",
  Ó: "Ĩ",
  ò: "ị",
  Ò: "Ị",
  î: "ỵ",
  Î: "Ỵ",
};
