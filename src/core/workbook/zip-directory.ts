/* The central directory of a ZIP package (ZIP64 included), read from its bytes with a DataView:
 * names, methods and the sizes each entry declares, with no inflating and no Node module — so
 * the format detection (core), the bounded reader (src/xlsx/zip-entries.ts) and the check before
 * exceljs (src/xlsx/package-check.ts) read one directory the same way. */

/** One file of the package, as its central directory describes it. */
export interface ZipDirectoryEntry {
  /** The name as stored (a leading "/" kept). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The size the directory declares once inflated. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** A package that is not a ZIP file this reader can follow. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const SATURATED = 0xffffffff;

/**
 * Every entry of the central directory, folders included, in directory order; throws
 * ZipFormatError when there is no directory or it runs out of the bytes.
 * @example readZipDirectory(xlsxBytes).map((e) => e.name) // ["[Content_Types].xml", "xl/workbook.xml", …]
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  // End of central directory: 22 bytes plus a comment of at most 65535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if (
    (count === 0xffff || offset === SATURATED || size === SATURATED) &&
    eocd >= 20 &&
    u32(eocd - 20) === ZIP64_LOCATOR
  ) {
    const z = u64(eocd - 20 + 8);
    if (z + 56 > bytes.length || u32(z) !== ZIP64_EOCD)
      throw new ZipFormatError("bad ZIP64 end of central directory");
    count = u64(z + 32);
    size = u64(z + 40);
    offset = u64(z + 48);
  }
  if (offset + size > bytes.length)
    throw new ZipFormatError("central directory out of bounds");
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL)
      throw new ZipFormatError("bad central directory entry");
    let compressedSize = u32(at + 20);
    let entrySize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localHeaderOffset = u32(at + 42);
    if (at + 46 + nameLength + extraLength > bytes.length)
      throw new ZipFormatError("bad central directory entry");
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 extra field: the 64-bit values, in order, of those saturated above.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const len = u16(extra + 2);
      if (id === 1) {
        let p = extra + 4;
        const next = () => {
          const v = u64(p);
          p += 8;
          return v;
        };
        if (entrySize === SATURATED) entrySize = next();
        if (compressedSize === SATURATED) compressedSize = next();
        if (localHeaderOffset === SATURATED) localHeaderOffset = next();
      }
      extra += 4 + len;
    }
    entries.push({
      name,
      method: u16(at + 10),
      flags: u16(at + 8),
      compressedSize,
      size: entrySize,
      localHeaderOffset,
    });
    at = extraEnd + commentLength;
  }
  return entries;
}
