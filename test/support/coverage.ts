/**
 * Test support: how much of a seed report's text a draft already holds. The seed is cut into
 * sentences (lines, then ". ", "; ", "! ", "? "); a sentence counts as present when its
 * normalised text is part of the normalised draft. Normalising: NFC, one space for any run of
 * spaces (no-break ones included), straight quotes for curly ones and no space beside a quote,
 * no numbering or bullet in front ("II-", "1.", "2 Tồn tại", "a)", "-", "+", "·"), no ":" "."
 * ";" "," at the end. Sentences of fewer than two words (a flattened table's "65", "03") are
 * left out.
 *
 * The text still to type is measured by words: a word of the seed is there when a run of
 * `RUN` words holding it appears in the draft (case and the normalising above aside); the
 * share still to type counts the characters of the other words.
 */

/** A text as compared. */
export function normalise(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s*"\s*/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** A sentence as compared: normalised, without its leading number or bullet and final stop. */
function bare(sentence: string): string {
  return normalise(sentence)
    .replace(/^(?:[-+·•*]\s*)+/, "")
    .replace(
      /^(?:[IVXLC]+|\d+(?:\s*\.\s*\d+)*|[a-zđ])(?:\s*[.)\-:/]\s*|\s+(?=\p{Lu}))/u,
      "",
    )
    .replace(/[\s:.;,]+$/, "")
    .trim();
}

/** The seed's sentences (two words or more), as compared. */
export function sentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[.;!?])\s+/))
    .map(bare)
    .filter((s) => s.split(" ").length >= 2);
}

export interface Coverage {
  readonly sentences: number;
  readonly present: number;
  /** Characters of all sentences, and of those present. */
  readonly chars: number;
  readonly presentChars: number;
  readonly missing: readonly string[];
}

/** Which of the seed's sentences the draft holds. */
export function coverage(seed: string, draft: string): Coverage {
  const all = sentences(seed);
  // The draft's lines joined: a sentence the layout wrapped is found whole; numbering and
  // bullets at the start of each draft line dropped, as in the seed's sentences.
  const text = ` ${draft
    .split(/\r?\n/)
    .map((l) =>
      normalise(l)
        .replace(/^(?:[-+·•*]\s*)+/, "")
        .replace(/^(?:[IVXLC]+|\d+(?:\s*\.\s*\d+)*|[a-zđ])\s*[.)\-:/]\s+/, ""),
    )
    .join(" ")
    .replace(/\s+/g, " ")} `;
  const missing = all.filter((s) => !text.includes(s));
  const chars = all.reduce((a, s) => a + s.length, 0);
  const missingChars = missing.reduce((a, s) => a + s.length, 0);
  return {
    sentences: all.length,
    present: all.length - missing.length,
    chars,
    presentChars: chars - missingChars,
    missing,
  };
}

/** "93,4 %" */
export const percent = (part: number, whole: number): string =>
  `${((100 * part) / Math.max(1, whole)).toFixed(1).replace(".", ",")} %`;

/** Words in a row the draft must share with the seed for them to count as not to type. */
export const RUN = 4;

const wordsOf = (text: string) =>
  normalise(text)
    .toLocaleLowerCase("vi")
    .split(/[\s"'“”()]+/)
    .map((w) => w.replace(/^[.,;:!?…-]+|[.,;:!?…]+$/g, ""))
    .filter(Boolean);

/** The share (0–1) of the seed's characters (in words) that the draft does not hold. */
export function toType(seed: string, draft: string): number {
  const have = new Set<string>();
  const d = wordsOf(draft);
  for (let i = 0; i + RUN <= d.length; i++)
    have.add(d.slice(i, i + RUN).join(" "));
  const w = wordsOf(seed);
  const covered = new Array<boolean>(w.length).fill(false);
  for (let i = 0; i + RUN <= w.length; i++)
    if (have.has(w.slice(i, i + RUN).join(" ")))
      for (let k = i; k < i + RUN; k++) covered[k] = true;
  const total = w.reduce((a, x) => a + x.length, 0);
  const missing = w.reduce((a, x, i) => a + (covered[i] ? 0 : x.length), 0);
  return missing / Math.max(1, total);
}
