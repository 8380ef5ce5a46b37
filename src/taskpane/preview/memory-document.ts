/* The preview's Word document: a draft inserted as .docx bytes is kept as view blocks and drawn
 * beside the pane; "Cập nhật số liệu" rewrites its linked figures exactly as the Word adapter
 * does (the same refresh plan). Stands in for Word where there is no Office. */
import {
  FIELD_TAG_PREFIX,
  planRefresh,
  type RefreshReport,
} from "../../core/report/fields";
import type { DocumentHost } from "../word/word-document";
import {
  docxViewBlocks,
  fieldRuns,
  type ViewBlock,
  type XmlParser,
} from "./docx-view";

export class MemoryDocument implements DocumentHost {
  /** The document's body; empty until a draft is created. */
  blocks: ViewBlock[] = [];
  /** Called after every change (the preview's document view re-renders). */
  onChange: (() => void) | null = null;

  constructor(private readonly parser: XmlParser) {}

  async insertDraft(base64: string): Promise<"shown"> {
    const { default: JSZip } = await import(
      /* webpackChunkName: "docx" */ "jszip"
    );
    const zip = await JSZip.loadAsync(base64, { base64: true });
    const xml = await zip.file("word/document.xml")?.async("string");
    this.blocks = xml ? docxViewBlocks(xml, this.parser) : [];
    this.onChange?.();
    return "shown";
  }

  async refreshFields(
    values: ReadonlyMap<string, string>,
  ): Promise<RefreshReport> {
    const runs = fieldRuns(this.blocks);
    const { updates, report } = planRefresh(
      runs.map((r) => ({ tag: `${FIELD_TAG_PREFIX}${r.field}`, text: r.text })),
      values,
    );
    for (const u of updates) runs[u.index].text = u.text;
    if (updates.length) this.onChange?.();
    return report;
  }
}
