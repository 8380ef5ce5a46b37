/** The figures of a report tree by key: what "Cập nhật số liệu" writes into the tagged
 *  content controls of the Word document. */
import type { Block, Inline, ReportTree } from "./tree";

function inlinesOf(b: Block): readonly Inline[] {
  switch (b.kind) {
    case "paragraph":
      return b.inlines;
    case "table":
      return b.rows.flat(2);
    case "headerBlock":
      return [...b.left, ...b.right].flatMap((l) => l.inlines);
    case "signature":
      return b.lines.flatMap((l) => l.inlines);
  }
}

/** key → text of every field in the tree (the first occurrence of a key wins). */
export function fieldValues(tree: ReportTree): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of tree.blocks)
    for (const i of inlinesOf(b))
      if (i.kind === "field" && !out.has(i.key)) out.set(i.key, i.text);
  return out;
}

/** What a refresh did, for the user. */
export interface RefreshReport {
  /** Figures whose text changed: key, old text, new text. */
  readonly changed: readonly {
    readonly key: string;
    readonly from: string;
    readonly to: string;
  }[];
  readonly unchanged: number;
  /** Controls whose key the workbook no longer has (left as they are). */
  readonly orphaned: readonly string[];
  /** Keys of the current report that no control holds (deleted by hand). */
  readonly missing: readonly string[];
}

/** Vietnamese summary of a refresh. */
export function describeRefresh(r: RefreshReport): string[] {
  const lines = [
    `Đã cập nhật ${r.changed.length} số liệu; ${r.unchanged} số liệu không đổi.`,
  ];
  for (const c of r.changed.slice(0, 20))
    lines.push(`• ${c.key}: “${c.from}” → “${c.to}”`);
  if (r.changed.length > 20)
    lines.push(`• … và ${r.changed.length - 20} số liệu khác.`);
  if (r.orphaned.length)
    lines.push(
      `${r.orphaned.length} ô liên kết không còn dữ liệu trong sổ, giữ nguyên: ${r.orphaned.slice(0, 10).join(", ")}.`,
    );
  if (r.missing.length)
    lines.push(
      `${r.missing.length} số liệu không còn ô liên kết trong văn bản (có thể đã bị xóa): ${r.missing.slice(0, 10).join(", ")}.`,
    );
  return lines;
}
