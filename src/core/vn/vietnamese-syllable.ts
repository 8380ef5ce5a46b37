/** Is a word a well-formed Vietnamese syllable? Used to tell legacy-encoded text (which becomes
 *  real syllables once repaired) from other languages (which does not). */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIAL = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?";
/** Vowel groups that end the syllable (no final consonant). */
const OPEN =
  "(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)";
/** Vowel groups that may take a final consonant. */
const CLOSABLE =
  "(?:uyê|iê|yê|oa|oă|oe|oo|uâ|uê|uô|uơ|uy|ươ|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
const SYLLABLE = new RegExp(
  `^${INITIAL}(?:${OPEN}|${CLOSABLE}(?:ng|nh|ch|[cmnpt])?)$`,
);
/** Syllables ending in a stop (c, ch, p, t) take only the sắc or nặng tone. */
const STOP = /(?:c|ch|p|t)$/;

/**
 * Whether `word` is one Vietnamese syllable: initial consonant, vowel group, final consonant,
 * at most one tone mark (and sắc or nặng before a final c, ch, p, t). Case-insensitive.
 * @example isVietnameseSyllable("Trường") // true
 * @example isVietnameseSyllable("Mỹller") // false
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const nfd = word.toLowerCase().normalize("NFD");
  const tones = nfd.match(TONES);
  if (tones && tones.length > 1) return false;
  const base = nfd.replace(TONES, "").normalize("NFC");
  if (!SYLLABLE.test(base)) return false;
  return (
    !STOP.test(base) ||
    (tones !== null && (tones[0] === "\u0301" || tones[0] === "\u0323"))
  );
}
