/* A ZIP package read through its central directory, one entry at a time, with node's zlib and
 * a cap on inflated bytes: an entry is refused when its declared size is over the cap before any
 * byte is inflated, and inflation stops as soon as the actual bytes pass the cap or the declared
 * size (a directory that lies about sizes is a zip bomb, not a workbook). Node-only. */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import {
  readZipDirectory,
  ZipFormatError,
  type ZipDirectoryEntry,
} from "../core/workbook/zip-directory";
import { ZipLimitError } from "./limits";

export { ZipLimitError } from "./limits";

/** One file of the package, as its central directory describes it. */
export type ZipEntry = ZipDirectoryEntry;

export { ZipFormatError };

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

/** The files of the package by name (folders left out, a leading "/" dropped). */
function readDirectory(buf: Buffer): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  for (const e of readZipDirectory(buf))
    if (!e.name.endsWith("/")) entries.set(e.name.replace(/^\/+/, ""), e);
  return entries;
}
