/* The Word adapter: drafts in, figures refreshed by tag. Office.js, batched; no business logic. */
import type { RefreshReport } from "../../core/report/fields";

/** `Word.run`, injectable so tests can pass a mocked context. */
export type WordRun = <T>(
  batch: (context: Word.RequestContext) => Promise<T>,
) => Promise<T>;
export type SetSupported = (name: string, version: string) => boolean;

export const TAG_PREFIX = "dvk:";

export interface DocumentHost {
  /** Opens the draft in a new document (WordApi 1.3), or inserts it at the end of this one. */
  insertDraft(base64: string): Promise<"opened" | "inserted">;
  /** Replaces the text of every `dvk:` content control whose figure changed; ≤ 2 syncs. */
  refreshFields(values: ReadonlyMap<string, string>): Promise<RefreshReport>;
}

export function createWordDocument(
  run: WordRun,
  supported: SetSupported,
): DocumentHost {
  return {
    insertDraft: (base64) =>
      run(async (ctx) => {
        if (supported("WordApi", "1.3")) {
          ctx.application.createDocument(base64).open();
          await ctx.sync();
          return "opened" as const;
        }
        ctx.document.body.insertFileFromBase64(base64, "End");
        await ctx.sync();
        return "inserted" as const;
      }),

    refreshFields: (values) =>
      run(async (ctx) => {
        const controls = ctx.document.contentControls;
        controls.load("items/tag,items/text");
        await ctx.sync();
        const changed: { key: string; from: string; to: string }[] = [];
        const orphaned: string[] = [];
        const seen = new Set<string>();
        let unchanged = 0;
        for (const cc of controls.items) {
          if (!cc.tag?.startsWith(TAG_PREFIX)) continue;
          const key = cc.tag.slice(TAG_PREFIX.length);
          seen.add(key);
          const next = values.get(key);
          if (next === undefined) orphaned.push(key);
          else if (next === cc.text) unchanged++;
          else {
            cc.insertText(next, "Replace");
            changed.push({ key, from: cc.text, to: next });
          }
        }
        if (changed.length) await ctx.sync();
        const missing = [...values.keys()].filter((k) => !seen.has(k));
        return { changed, unchanged, orphaned, missing };
      }),
  };
}
