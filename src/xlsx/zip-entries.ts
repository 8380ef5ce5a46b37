/* A ZIP package read through its central directory, one entry at a time, with node's zlib and
 * a cap on inflated bytes: an entry is refused when its declared size is over the cap before any
 * byte is inflated, and inflation stops as soon as the actual bytes pass the cap or the declared
 * size (a directory that lies about sizes is a zip bomb, not a workbook). Node-only. */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { ZipLimitError } from "./limits";

export { ZipLimitError } from "./limits";

/** One file of the package, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
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
const LOCAL = 0x04034b50;

/** Caps on inflated bytes: per entry, and for everything read from one package. */
export interface InflateCaps {
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

/**
 * The entries of a ZIP package, by name, read from its central directory (ZIP64 included).
 * @example const zip = new ZipEntries(bytes, { maxEntryBytes: 1 << 28, maxTotalBytes: 1 << 30 }); await zip.text("xl/workbook.xml")
 */
export class ZipEntries {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Inflated bytes handed out so far (counted against `maxTotalBytes`). */
  inflated = 0;
  private readonly buf: Buffer;

  constructor(
    bytes: Uint8Array,
    readonly caps: InflateCaps,
  ) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.entries = readDirectory(this.buf);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, inflated whole (for small parts: relationships, workbook, styles). */
  bytes(name: string): Buffer {
    const entry = this.entry(name);
    const raw = this.raw(entry);
    if (entry.method === 0) return this.count(entry, raw.length, raw);
    const cap = this.entryCap(entry);
    let out: Buffer;
    try {
      out = inflateRawSync(raw, { maxOutputLength: cap + 1 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        throw this.overflow(entry, cap);
      throw new ZipFormatError(`${name}: ${(e as Error).message}`);
    }
    return this.count(entry, out.length, out);
  }

  /** The entry's text (UTF-8). */
  text(name: string): string {
    return this.bytes(name).toString("utf8");
  }

  /**
   * The entry inflated chunk by chunk into `onChunk`, never whole in memory; stops with a
   * `ZipLimitError` as soon as the bytes pass a cap or the declared size.
   */
  async stream(name: string, onChunk: (chunk: Buffer) => void): Promise<void> {
    const entry = this.entry(name);
    const raw = this.raw(entry);
    const cap = this.entryCap(entry);
    if (entry.method === 0) {
      this.count(entry, raw.length, raw);
      for (let at = 0; at < raw.length; at += 1 << 20)
        onChunk(raw.subarray(at, Math.min(raw.length, at + (1 << 20))));
      return;
    }
    const inflate = createInflateRaw({ chunkSize: 1 << 18 });
    let seen = 0;
    let failure: Error | null = null;
    await new Promise<void>((done, fail) => {
      inflate.on("data", (chunk: Buffer) => {
        if (failure) return;
        seen += chunk.length;
        try {
          if (seen > cap) throw this.overflow(entry, cap);
          onChunk(chunk);
        } catch (e) {
          failure = e as Error;
          inflate.destroy();
          fail(failure);
        }
      });
      inflate.on("error", (e) =>
        fail(failure ?? new ZipFormatError(`${name}: ${e.message}`)),
      );
      inflate.on("end", () => done());
      inflate.on("close", () => (failure ? fail(failure) : undefined));
      inflate.end(raw);
    });
    this.count(entry, seen, null);
  }

  private entry(name: string): ZipEntry {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`${name}: no such entry`);
    if (entry.flags & 1) throw new ZipFormatError(`${name}: encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw new ZipFormatError(`${name}: compression method ${entry.method}`);
    if (entry.size > this.caps.maxEntryBytes)
      throw new ZipLimitError(name, "declared", this.caps.maxEntryBytes);
    if (this.inflated + entry.size > this.caps.maxTotalBytes)
      throw new ZipLimitError(name, "total", this.caps.maxTotalBytes);
    return entry;
  }

  /** Bytes this entry may inflate to: its declared size, within what the caps leave. */
  private entryCap(entry: ZipEntry): number {
    return Math.min(
      entry.size,
      this.caps.maxEntryBytes,
      this.caps.maxTotalBytes - this.inflated,
    );
  }

  private overflow(entry: ZipEntry, cap: number): ZipLimitError {
    if (cap === entry.size) return new ZipLimitError(entry.name, "lie", cap);
    if (cap === this.caps.maxEntryBytes)
      return new ZipLimitError(entry.name, "actual", cap);
    return new ZipLimitError(entry.name, "total", this.caps.maxTotalBytes);
  }

  private count<T>(entry: ZipEntry, length: number, value: T): T {
    if (length !== entry.size)
      throw new ZipLimitError(entry.name, "lie", entry.size);
    this.inflated += length;
    return value;
  }

  /** The entry's compressed bytes, located through its local header. */
  private raw(entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.buf.length || this.buf.readUInt32LE(at) !== LOCAL)
      throw new ZipFormatError(`${entry.name}: bad local header`);
    const start =
      at + 30 + this.buf.readUInt16LE(at + 26) + this.buf.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.buf.length)
      throw new ZipFormatError(`${entry.name}: truncated`);
    return this.buf.subarray(start, end);
  }
}

function readDirectory(buf: Buffer): Map<string, ZipEntry> {
  // The end-of-central-directory record: within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR
  ) {
    const z = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== ZIP64_EOCD)
      throw new ZipFormatError("bad ZIP64 end of central directory");
    count = Number(buf.readBigUInt64LE(z + 32));
    size = Number(buf.readBigUInt64LE(z + 40));
    offset = Number(buf.readBigUInt64LE(z + 48));
  }
  if (offset + size > buf.length)
    throw new ZipFormatError("central directory out of bounds");
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new ZipFormatError("bad central directory entry");
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    let compressedSize = buf.readUInt32LE(at + 20);
    let size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    let localHeaderOffset = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    // ZIP64 extra field: the 64-bit values, in order, of those saturated above.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = buf.readUInt16LE(extra);
      const len = buf.readUInt16LE(extra + 2);
      if (id === 1) {
        let p = extra + 4;
        const next = () => {
          const v = Number(buf.readBigUInt64LE(p));
          p += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      extra += 4 + len;
    }
    if (!name.endsWith("/"))
      entries.set(name.replace(/^\/+/, ""), {
        name,
        method,
        flags,
        compressedSize,
        size,
        localHeaderOffset,
      });
    at = extraEnd + commentLength;
  }
  return entries;
}
