/* Report actions of the task pane, outside React: building, downloading, copying a table. Heavy
 * libraries (docx, exceljs) are loaded on first use. */
import { flaggedFields } from "../../core/report/fields";
import { REPORT_KINDS, type ReportKind } from "../../core/report/kinds";
import type { Block, ReportTree } from "../../core/report/tree";
import { readTables, type WorkbookData } from "../../core/sheets/read";
import type { TableData } from "../../core/workbook/types";

export { REPORT_KINDS, type ReportKind };

export function dataOf(tables: readonly TableData[]): WorkbookData {
  return readTables(tables).data;
}

/** Headings and tables of the tree, for the outline preview, then the figures it marks as
 *  contradicted by the workbook. */
export function outline(tree: ReportTree): string[] {
  const out: string[] = [];
  const flagged = flaggedFields(tree);
  for (const b of tree.blocks) {
    if (b.kind === "paragraph" && b.heading !== undefined)
      out.push(
        `${"  ".repeat(Math.max(0, b.heading - 1))}${(b.inlines[0]?.text ?? "").replace(/:\s*$/, "")}`,
      );
    else if (b.kind === "paragraph" && b.bold)
      out.push(b.inlines.map((i) => i.text).join(""));
    if (b.kind === "table")
      out.push(`  [Bảng: ${b.header.join(" | ")} — ${b.rows.length} dòng]`);
  }
  if (flagged.length)
    out.push(
      "Số liệu mâu thuẫn (tô vàng trong bản nháp):",
      ...flagged.map((f) => `  ⚠ ${f.text}: ${f.flag}`),
    );
  return out;
}

export async function docxBytes(tree: ReportTree): Promise<Uint8Array> {
  const { renderDocx } = await import(
    /* webpackChunkName: "docx" */ "../../report-docx/render-docx"
  );
  return renderDocx(tree);
}

export async function docxBase64(tree: ReportTree): Promise<string> {
  const { renderDocxBase64 } = await import(
    /* webpackChunkName: "docx" */ "../../report-docx/render-docx"
  );
  return renderDocxBase64(tree);
}

/** Saves the bytes as a file through the browser. */
export function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const esc = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The tables of a tree as HTML that pastes into Word as formatted tables. */
export function tablesHtml(tree: ReportTree): string {
  const tables = tree.blocks.filter(
    (b): b is Extract<Block, { kind: "table" }> => b.kind === "table",
  );
  const cell = (t: string, th = false) =>
    `<${th ? "th" : "td"} style="border:1px solid #000;padding:2pt 4pt;font-family:'Times New Roman';font-size:13pt">${esc(t)}</${th ? "th" : "td"}>`;
  return tables
    .map(
      (t) =>
        `<table style="border-collapse:collapse">` +
        `<tr>${t.header.map((h) => cell(h, true)).join("")}</tr>` +
        t.rows
          .map(
            (r) =>
              `<tr>${r.map((c) => cell(c.map((i) => i.text).join(""))).join("")}</tr>`,
          )
          .join("") +
        `</table><p></p>`,
    )
    .join("");
}

/** Copies HTML (and a text fallback) to the clipboard. */
export async function copyHtml(html: string, text: string): Promise<void> {
  const ClipboardItemCtor = (
    window as unknown as { ClipboardItem?: typeof ClipboardItem }
  ).ClipboardItem;
  if (navigator.clipboard?.write && ClipboardItemCtor) {
    await navigator.clipboard.write([
      new ClipboardItemCtor({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      }),
    ]);
    return;
  }
  const holder = document.createElement("div");
  holder.contentEditable = "true";
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  document.execCommand("copy");
  holder.remove();
}

/** Tables from an .xlsx the user picked (Word pane). */
export async function tablesFromFile(file: File): Promise<TableData[]> {
  const [{ default: ExcelJS }, { XlsxWorkbook }, { TABLE_NAMES }] =
    await Promise.all([
      import(/* webpackChunkName: "exceljs" */ "exceljs"),
      import(/* webpackChunkName: "exceljs" */ "../../xlsx/xlsx-workbook"),
      import("../../core/sheets/registry"),
    ]);
  const wb = await XlsxWorkbook.load(
    ExcelJS,
    new Uint8Array(await file.arrayBuffer()),
    file.name,
  );
  return (await wb.readTables(TABLE_NAMES)).filter(
    (t): t is TableData => t !== null,
  );
}
