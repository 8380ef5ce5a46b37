/** Total rows people type inside their tables (DOMAIN.md §9): "Tổng cộng", "Tổng số", "Toàn
 *  trường", "TC", "Tổng" total everything above; "Cộng" (often "Cộng khối …") a block. */
import { fold } from "./enums";

export type TotalKind = "grand" | "sub";

/**
 * Whether a cell's text labels a total row, and which kind.
 * @example totalLabelKind("Tổng cộng:") // "grand"
 * @example totalLabelKind("Cộng khối tiểu học") // "sub"
 * @example totalLabelKind("Giáo viên") // null
 */
export function totalLabelKind(
  text: string | null | undefined,
): TotalKind | null {
  if (!text) return null;
  // A label column repeats its texts down a 200,000-row ledger (donor names): judge each once.
  let kind = kindMemo.get(text);
  if (kind === undefined) {
    kind = kindOf(text);
    if (kindMemo.size > 20_000) kindMemo.clear();
    kindMemo.set(text, kind);
  }
  return kind;
}

const kindMemo = new Map<string, TotalKind | null>();

function kindOf(text: string): TotalKind | null {
  const f = fold(text)
    .replace(/[:.;*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (
    f === "tc" ||
    f === "tong" ||
    /^tong (cong|so|chung)\b/.test(f) ||
    /^toan (truong|don vi|chi bo)\b/.test(f)
  )
    return "grand";
  if (f === "cong" || /^cong (khoi|cap|nhom|to|bo phan|phan)\b/.test(f))
    return "sub";
  return null;
}
