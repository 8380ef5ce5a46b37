/* Making workbooks written by other tools readable by exceljs, before it sees them: openpyxl (and
 * some other writers) point their relationships at absolute part names ("/xl/worksheets/
 * sheet1.xml"), which the OOXML package format allows but exceljs cannot follow. */
import JSZip from "jszip";

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
 * The workbook's bytes with every absolute relationship target made relative; the bytes
 * unchanged (same object) when there is none.
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
  return changed
    ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
    : bytes;
}
