/* Making workbooks written by other tools readable by exceljs, before it sees them:
 * - openpyxl (and some other writers) point their relationships at absolute part names
 *   ("/xl/worksheets/sheet1.xml"), which the OOXML package format allows but exceljs cannot
 *   follow;
 * - text escapes `_xHHHH_` (a character XML cannot hold; "_x000D_" for a carriage return,
 *   "_x005F_" for a literal "_"): exceljs decodes them in shared strings, but only with capital
 *   hex digits, and never in inline strings (`t="inlineStr"`, as openpyxl and other tools write
 *   them) — there they would reach the drafts as "_x000D_". */
import JSZip from "jszip";

/** A character an XML 1.0 document can hold (as a character reference). */
const xmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd);

/**
 * The `_xHHHH_` escapes inside the inline strings of a worksheet's XML decoded into character
 * references (characters XML cannot hold are dropped); the XML as it is when there is none.
 * @example decodeInlineEscapes('<c t="inlineStr"><is><t>a_x000D_b</t></is></c>') // '<c t="inlineStr"><is><t>a&#xD;b</t></is></c>'
 */
export function decodeInlineEscapes(xml: string): string {
  if (!xml.includes("inlineStr") || !/_x[0-9A-Fa-f]{4}_/.test(xml)) return xml;
  return xml.replace(/<is>[\s\S]*?<\/is>/g, (is) =>
    is.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => {
      const c = parseInt(h, 16);
      return xmlChar(c) ? `&#x${h.toUpperCase()};` : "";
    }),
  );
}

/** Shared strings with every escape's hex digits in capitals, as exceljs decodes them. */
export function capitaliseEscapes(xml: string): string {
  return /_x[0-9A-Fa-f]{4}_/.test(xml)
    ? xml.replace(/_x([0-9A-Fa-f]{4})_/g, (m, h: string) =>
        /[a-f]/.test(h) ? `_x${h.toUpperCase()}_` : m,
      )
    : xml;
}

/** The package directory of a relationships part: "xl/_rels/workbook.xml.rels" → "xl/". */
function sourceDir(relsPath: string): string {
  const dir = relsPath.slice(0, relsPath.lastIndexOf("_rels/"));
  return dir;
}

/** `target` (absolute, "/xl/worksheets/sheet1.xml") relative to the directory `from` ("xl/"). */
function relativeTo(from: string, target: string): string {
  const to = target.replace(/^\/+/, "").split("/");
  const base = from.split("/").filter(Boolean);
  let common = 0;
  while (
    common < base.length &&
    common < to.length - 1 &&
    base[common] === to[common]
  )
    common++;
  return [...base.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * The workbook's bytes with every absolute relationship target made relative and every text
 * escape readable by exceljs; the bytes unchanged (same object) when there is nothing to fix.
 * @example await normalizePackage(bytesWrittenByOpenpyxl) // readable by exceljs
 */
export async function normalizePackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) =>
    p.endsWith(".rels"),
  )) {
    const xml = await zip.file(path)!.async("string");
    if (!/Target="\//.test(xml)) continue;
    const dir = sourceDir(path);
    const fixed = xml.replace(
      /(<Relationship\b[^>]*?\bTarget=")(\/[^"]*)("[^>]*>)/g,
      (m, pre: string, target: string, post: string) =>
        /TargetMode="External"/.test(m)
          ? m
          : `${pre}${relativeTo(dir, target)}${post}`,
    );
    if (fixed !== xml) {
      zip.file(path, fixed);
      changed = true;
    }
  }
  const rewrite = async (path: string, fix: (xml: string) => string) => {
    const xml = await zip.file(path)!.async("string");
    const fixed = fix(xml);
    if (fixed !== xml) {
      zip.file(path, fixed);
      changed = true;
    }
  };
  if (zip.file("xl/sharedStrings.xml"))
    await rewrite("xl/sharedStrings.xml", capitaliseEscapes);
  for (const path of Object.keys(zip.files).filter((p) =>
    /^xl\/worksheets\/[^/]+\.xml$/.test(p),
  ))
    await rewrite(path, decodeInlineEscapes);
  return changed
    ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
    : bytes;
}
