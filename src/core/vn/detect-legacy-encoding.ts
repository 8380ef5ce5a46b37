/** Telling text typed in the legacy TCVN3 or VNI encodings (mojibake in Unicode programs) from
 *  Unicode Vietnamese and other languages. */
import { fromTcvn3 } from "./from-tcvn3";
import { fromVni } from "./from-vni";
import { TCVN3 } from "./legacy-tables";
import { isVietnameseSyllable } from "./vietnamese-syllable";

export type LegacyEncoding = "tcvn3" | "vni";

/** Letters only Unicode Vietnamese has: ă đ ơ ư and the precomposed tone letters (U+1EA0–1EF9). */
const UNICODE_VIETNAMESE = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/;
/** Latin-1 letters Unicode Vietnamese uses as themselves (so they prove nothing). */
const VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
/** TCVN3 codes that Unicode Vietnamese never contains. */
const TCVN3_SIGN = new RegExp(
  `[${Object.keys(TCVN3)
    .filter((k) => !VIETNAMESE_LATIN1.includes(k))
    .join("")}]`,
);
/** VNI mark bytes Vietnamese never has, and vowel + mark pairs it never has ("oâ" ô, "aê" ă,
 *  "aù" á); "oá", "oà" are left out: Unicode writes "hoá", "hoà". */
const VNI_SIGN =
  /[øûïñöåäëüæîØÛÏÑÖÅÄËÜÆÎ]|[aeAE][âáàãÂÁÀÃ]|[oO][âÂ]|[aA][êéèúÊÉÈÚ]|[aeiouyAEIOUY][ùõÙÕ]/;
const WORD_EDGE = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** Words that carry a sign and change when converted: how many become Vietnamese syllables,
 *  how many do not. Words of one letter prove nothing either way. */
function evidence(
  words: readonly string[],
  sign: RegExp,
  convert: (s: string) => string,
): number {
  let good = 0;
  let bad = 0;
  for (const w of words) {
    if (!sign.test(w)) continue;
    const core = convert(w).replace(WORD_EDGE, "");
    if (core.length < 2 || core === w) continue;
    if (isVietnameseSyllable(core)) good++;
    else bad++;
  }
  return good > bad ? good - bad : 0;
}

/**
 * Which legacy encoding the text was typed in, or null for Unicode Vietnamese, plain ASCII and
 * other languages ("Müller", "© Microsoft", "Crème brûlée"): the words carrying signs of an
 * encoding must mostly become real Vietnamese syllables once converted.
 * @example detectLegacyEncoding("Tr\u00adêng tiÓu häc") // "tcvn3"
 * @example detectLegacyEncoding("Tröôøng") // "vni"
 * @example detectLegacyEncoding("Trường tiểu học") // null
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  let high = false;
  for (let i = 0; i < text.length && !high; i++)
    high = text.charCodeAt(i) >= 0xa0;
  if (!high) return null;
  if (UNICODE_VIETNAMESE.test(text.normalize("NFC"))) return null;
  const words = text.split(/\s+/);
  const tcvn = TCVN3_SIGN.test(text)
    ? evidence(words, TCVN3_SIGN, fromTcvn3)
    : 0;
  const vni = VNI_SIGN.test(text) ? evidence(words, VNI_SIGN, fromVni) : 0;
  if (tcvn === 0 && vni === 0) return null;
  return vni > tcvn ? "vni" : "tcvn3";
}
