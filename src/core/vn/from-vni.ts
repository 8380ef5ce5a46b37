/** VNI (VNI-Times fonts) mojibake to Unicode. */
import {
  VNI_BREVE,
  VNI_CIRCUMFLEX,
  VNI_SINGLE,
  VNI_TONE,
} from "./legacy-tables";

const isVowel = (ch: string) => "aeiouyAEIOUY".includes(ch) && ch !== "";
const HORN_LETTERS = new Set(["ô", "Ô", "ö", "Ö"]);

/** The marks a VNI mark byte adds to `base` (a vowel), or undefined. */
function marksFor(base: string, mark: string): readonly string[] | undefined {
  const m = mark.toLowerCase();
  const b = base.toLowerCase();
  return (
    VNI_TONE[m] ??
    (b === "a"
      ? (VNI_BREVE[m] ?? VNI_CIRCUMFLEX[m])
      : b === "e" || b === "o"
        ? VNI_CIRCUMFLEX[m]
        : undefined)
  );
}

/**
 * Converts text typed in VNI (a base letter followed by a byte carrying its marks, seen as a
 * Windows-1252 character; ơ, ư, đ and some i / y forms one byte) to Unicode NFC.
 * @example fromVni("Tröôøng") // "Trường"
 * @example fromVni("Coâng ñoaøn") // "Công đoàn"
 */
export function fromVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1] ?? "";
    const single = VNI_SINGLE[ch];
    if (single !== undefined) {
      // ơ and ư take a tone byte after them ("ôø" → ờ).
      const tone = HORN_LETTERS.has(ch)
        ? VNI_TONE[next.toLowerCase()]
        : undefined;
      if (tone) {
        out += (single + tone.join("")).normalize("NFC");
        i++;
      } else out += single;
      continue;
    }
    const marks = isVowel(ch) && next ? marksFor(ch, next) : undefined;
    if (marks) {
      out += (ch + marks.join("")).normalize("NFC");
      i++;
      continue;
    }
    out += ch;
  }
  return out.normalize("NFC");
}
