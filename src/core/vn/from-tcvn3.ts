/** TCVN3 (ABC, .VnTime fonts) mojibake to Unicode. */
import { TCVN3 } from "./legacy-tables";

const ASCII_LETTER = /[A-Za-z]/g;

/**
 * Converts text typed in TCVN3 (each Vietnamese letter one byte, seen as a Windows-1252
 * character) to Unicode NFC. TCVN3 has no codes for capitals with tone marks (the ".VnTimeH"
 * capital fonts draw the lower-case codes as capitals): a word whose ASCII letters are all
 * capitals (at least two) is therefore upper-cased whole ("TR­êNG" → "TRƯỜNG").
 * @example fromTcvn3("Tr\u00adêng tiÓu häc") // "Trường tiểu học"
 * @example fromTcvn3("C«ng ®oµn") // "Công đoàn"
 */
export function fromTcvn3(text: string): string {
  let out = "";
  let word = "";
  let converted = false;
  const flush = () => {
    const ascii = word.match(ASCII_LETTER);
    out +=
      converted && ascii && ascii.length >= 2 && ascii.every((c) => c <= "Z")
        ? word.toUpperCase()
        : word;
    word = "";
    converted = false;
  };
  for (const ch of text) {
    const letter = TCVN3[ch];
    if (letter !== undefined) {
      word += letter;
      converted = true;
    } else if (ch === " " || ch === "\n" || ch === "\t") {
      flush();
      out += ch;
    } else word += ch;
  }
  flush();
  return out.normalize("NFC");
}
