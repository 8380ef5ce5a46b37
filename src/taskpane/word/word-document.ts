/* The Word adapter: drafts in, figures refreshed by tag. Office.js, batched; no business logic. */
import { guard } from "../office-errors";
import { planRefresh, type RefreshReport } from "../../core/report/fields";

/** `Word.run`, injectable so tests can pass a mocked context. */
export type WordRun = <T>(
  batch: (context: Word.RequestContext) => Promise<T>,
) => Promise<T>;
export type SetSupported = (name: string, version: string) => boolean;

export interface DocumentHost {
  /** Opens the draft in a new document (WordApi 1.3), or inserts it at the end of this one (the
   *  preview shows it beside the pane). */
  insertDraft(base64: string): Promise<"opened" | "inserted" | "shown">;
  /** Replaces the text of every `dvk:` content control whose figure changed; ≤ 2 syncs. */
  refreshFields(values: ReadonlyMap<string, string>): Promise<RefreshReport>;
}

export function createWordDocument(
  run: WordRun,
  supported: SetSupported,
): DocumentHost {
  return {
    insertDraft: (base64) =>
      guard("Word", run, async (ctx: Word.RequestContext) => {
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
      guard("Word", run, async (ctx: Word.RequestContext) => {
        const controls = ctx.document.contentControls;
        controls.load("items/tag,items/text");
        await ctx.sync();
        const { updates, report } = planRefresh(controls.items, values);
        for (const u of updates)
          controls.items[u.index].insertText(u.text, "Replace");
        if (updates.length) await ctx.sync();
        return report;
      }),
  };
}
