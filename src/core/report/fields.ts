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

/** Every flagged figure of the tree (a typed total its parts contradict), in document order,
 *  each key once: what the pane, the outline and `dvk bao-cao` list. */
export function flaggedFields(
  tree: ReportTree,
): { key: string; text: string; flag: string }[] {
  const seen = new Set<string>();
  const out: { key: string; text: string; flag: string }[] = [];
  for (const b of tree.blocks)
    for (const i of inlinesOf(b))
      if (i.kind === "field" && i.flag && !seen.has(i.key.split(":")[0]!)) {
        // `staff.total:00` is `staff.total` printed another way: listed once.
        seen.add(i.key.split(":")[0]!);
        out.push({ key: i.key, text: i.text, flag: i.flag });
      }
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

/** The tag prefix of every linked figure's content control. */
export const FIELD_TAG_PREFIX = "dvk:";

/**
 * What "Cập nhật số liệu" does to a document's content controls, decided once for every host:
 * the indexes of the controls to rewrite with their new text, and the report for the user.
 * Controls not tagged `dvk:` are the user's and are never touched.
 * @example planRefresh([{ tag: "dvk:staff.total", text: "61" }], new Map([["staff.total", "65"]]))
 * // { updates: [{ index: 0, text: "65" }], report: { changed: [{ key: "staff.total", from: "61", to: "65" }], … } }
 */
export function planRefresh(
  controls: readonly {
    readonly tag: string | null | undefined;
    readonly text: string;
  }[],
  values: ReadonlyMap<string, string>,
): { updates: { index: number; text: string }[]; report: RefreshReport } {
  const updates: { index: number; text: string }[] = [];
  const changed: { key: string; from: string; to: string }[] = [];
  const orphaned: string[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  controls.forEach((cc, index) => {
    if (!cc.tag?.startsWith(FIELD_TAG_PREFIX)) return;
    const key = cc.tag.slice(FIELD_TAG_PREFIX.length);
    seen.add(key);
    const next = values.get(key);
    if (next === undefined) orphaned.push(key);
    else if (next === cc.text) unchanged++;
    else {
      updates.push({ index, text: next });
      changed.push({ key, from: cc.text, to: next });
    }
  });
  const missing = [...values.keys()].filter((k) => !seen.has(k));
  return { updates, report: { changed, unchanged, orphaned, missing } };
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
