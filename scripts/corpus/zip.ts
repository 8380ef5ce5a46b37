/* Byte-stable .xlsx files: the same parts, in the same order, with a fixed date on every zip
 * entry and in the document properties, so regenerating the corpus changes no committed file
 * unless its content changed. The parts themselves are left exactly as their writer wrote
 * them. */
import JSZip from "jszip";
import { FIXED_DATE } from "./case";

const STAMP = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The package with its timestamps fixed. */
export async function stableZip(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async("uint8array");
    if (name === "docProps/core.xml")
      content = (await entry.async("string")).replace(
        /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${STAMP}$2`,
      );
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
