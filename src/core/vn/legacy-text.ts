/** Text hygiene: NFC, spaces, and repairing text typed in the legacy TCVN3 (.VnTime) and VNI
 *  encodings that shows as mojibake in Unicode. */
import {
  TCVN3,
  VNI_BREVE,
  VNI_CIRCUMFLEX,
  VNI_SINGLE,
  VNI_TONE,
} from "./legacy-tables";

/**
 * NFC, non-breaking and other spaces made plain, runs of spaces collapsed, trimmed.
 * @example normalizeText("  Trường\u00a0 THCS ") // "Trường THCS"
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\n]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Letters only Unicode Vietnamese has (ă ơ ư đ and the precomposed tone letters). */
const UNICODE_VIETNAMESE = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/;
/** Windows-1252 characters that TCVN3 text shows and Vietnamese never uses. */
const TCVN3_SIGNS =
  /[\u00a1-\u00bf\u00c6-\u00c8\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e8\u00eb\u00ee\u00ef\u00f1\u00f4\u00f6-\u00f8\u00fb\u00fc\u00fe]/g;
/** Of those, the ones TCVN3 uses for its most common letters (ư ô đ à á …). */
const TCVN3_STRONG = /[\u00a1-\u00bf]/g;
/** What VNI text shows and Vietnamese never has: its mark bytes, and vowel pairs such as
 *  "oâ" (ô), "aê" (ă), "aø" (à). */
const VNI_SIGNS =
  /[øûïñöåäëüæîØÛÏÑÖÅÄËÜÆÎ]|[aeoAEO][âÂ]|[aA][êéèÊÉÈ]|[aeiouyAEIOUY][ùõÙÕ]/g;

export type LegacyEncoding = "tcvn3" | "vni";

/**
 * Which legacy encoding the text seems typed in, or null for Unicode (or plain ASCII) text.
 * @example detectLegacyEncoding("Tr\u00adêng tiÓu häc") // "tcvn3"
 * @example detectLegacyEncoding("Tröôøng") // "vni"
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text.normalize("NFC"))) return null;
  const tcvn = (text.match(TCVN3_SIGNS) ?? []).length;
  const strong = (text.match(TCVN3_STRONG) ?? []).length;
  const vni = (text.match(VNI_SIGNS) ?? []).length;
  const isTcvn = strong >= 1 || tcvn >= 2;
  const isVni = vni >= 2;
  if (!isTcvn && !isVni) return null;
  if (isTcvn !== isVni) return isTcvn ? "tcvn3" : "vni";
  // Both could be: the right reading gives real syllables (one tone mark each, no leftovers).
  return badness(fromVni(text)) < badness(fromTcvn3(text)) ? "vni" : "tcvn3";
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Words with more than one tone mark, plus leftover legacy signs: lower is more Vietnamese. */
function badness(text: string): number {
  let bad =
    (text.match(TCVN3_SIGNS) ?? []).length +
    (text.match(VNI_SIGNS) ?? []).length;
  for (const word of text.normalize("NFD").split(/[^\p{L}\p{M}]+/u))
    if ((word.match(TONES) ?? []).length > 1) bad++;
  return bad;
}

/** Converts TCVN3 mojibake to Unicode (NFC). */
export function fromTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3[ch] ?? ch;
  return out.normalize("NFC");
}

const VOWEL = /[aeiouyAEIOUY]/;

/** Converts VNI mojibake to Unicode (NFC). */
export function fromVni(text: string): string {
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    const lowerNext = next?.toLowerCase();
    if (
      VNI_SINGLE[ch] !== undefined &&
      !(VOWEL.test(chars[i - 1] ?? "") && isMarkByte(ch))
    ) {
      // ơ, ư (possibly followed by a tone byte), đ, and the single-byte i / y forms.
      let letter = VNI_SINGLE[ch];
      if (
        (ch === "ô" || ch === "Ô" || ch === "ö" || ch === "Ö") &&
        lowerNext &&
        VNI_TONE[lowerNext]
      ) {
        letter = (letter + VNI_TONE[lowerNext].join("")).normalize("NFC");
        i++;
      }
      out += letter;
      continue;
    }
    if (VOWEL.test(ch) && lowerNext) {
      const base = ch;
      const lower = base.toLowerCase();
      const marks =
        VNI_TONE[lowerNext] ??
        (lower === "a"
          ? (VNI_BREVE[lowerNext] ?? VNI_CIRCUMFLEX[lowerNext])
          : "eo".includes(lower)
            ? VNI_CIRCUMFLEX[lowerNext]
            : undefined);
      if (marks) {
        out += (base + marks.join("")).normalize("NFC");
        i++;
        continue;
      }
    }
    out += ch;
  }
  return out.normalize("NFC");
}

function isMarkByte(ch: string): boolean {
  const l = ch.toLowerCase();
  return (
    VNI_TONE[l] !== undefined ||
    VNI_CIRCUMFLEX[l] !== undefined ||
    VNI_BREVE[l] !== undefined
  );
}

/**
 * NFC plus legacy repair: text typed in TCVN3 or VNI becomes Unicode; Unicode text is only
 * normalised (NFC, spaces).
 * @example repairLegacyText("C«ng ®oµn") // { text: "Công đoàn", encoding: "tcvn3" }
 */
export function repairLegacyText(text: string): {
  text: string;
  encoding: LegacyEncoding | null;
} {
  const encoding = detectLegacyEncoding(text);
  const repaired =
    encoding === "tcvn3"
      ? fromTcvn3(text)
      : encoding === "vni"
        ? fromVni(text)
        : text;
  return { text: normalizeText(repaired), encoding };
}
