/* What a package would cost exceljs, measured before exceljs sees it: every part inflated once
 * as a stream (declared and actual sizes capped, nothing kept), the cells and rows of every
 * worksheet counted — exceljs builds an object for each `<c>` and `<row>`, data or not, and
 * one for every cell of a merged area — so that `XlsxWorkbook.load` refuses, in Vietnamese,
 * a file that would take gigabytes or crash the process instead of trying. Runs wherever
 * exceljs runs (JSZip's streams, no Node module), so the pane's file pick is guarded too. */
import JSZip from "jszip";
import { parseRange } from "../core/workbook/a1";
import { WorkbookError } from "../core/workbook/types";
import { readZipDirectory } from "../core/workbook/zip-directory";
import {
  EXCELJS_LIMITS,
  exceljsLimitMessage,
  zipLimitMessage,
  ZipLimitError,
  type ReadLimits,
} from "./limits";

const MiB = 1 << 20;

/** Counts `<c>` and `<row>` start tags and merged cells in worksheet XML fed chunk by chunk. */
class SheetCounter {
  cells = 0;
  rows = 0;
  private pending = "";

  feed(text: string): void {
    const s = this.pending + text;
    const end = s.lastIndexOf(">") + 1;
    this.pending = s.slice(end);
    if (this.pending.length > 16 * MiB) throw new Error("text run too long");
    const re = /<(?:[\w.-]+:)?(c|row|mergeCell)(?=[\s/>])([^>]*)>/g;
    const part = s.slice(0, end);
    for (let m = re.exec(part); m; m = re.exec(part)) {
      if (m[1] === "c") this.cells++;
      else if (m[1] === "row") this.rows++;
      else {
        const ref = /\sref="([^"]*)"/.exec(m[2])?.[1];
        if (!ref) continue;
        try {
          const b = parseRange(ref);
          this.cells += (b.bottom - b.top + 1) * (b.right - b.left + 1);
        } catch {
          // exceljs refuses it too: the load fails with the "damaged file" message.
        }
      }
    }
  }
}

/** JSZip's streaming helper, as far as this check uses it. */
interface StreamHelper {
  on(event: "data", fn: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", fn: (e: Error) => void): StreamHelper;
  on(event: "end", fn: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/**
 * Throws a WorkbookError naming the file and the limit when loading `bytes` with exceljs would
 * go over `limits`; returns quietly for a package within them (a package that is not a ZIP
 * file, or a damaged part, is left to the load's own "damaged file" refusal).
 * @example await checkPackage(bytes, "so.xlsx") // throws for a zip bomb
 */
export async function checkPackage(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits = EXCELJS_LIMITS,
): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return;
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  // The sizes the directory declares, read as the bounded reader reads them (a name JSZip
  // decoded otherwise has none: only the actual bytes are capped for it).
  let sizes: Map<string, number>;
  try {
    sizes = new Map(readZipDirectory(bytes).map((e) => [e.name, e.size]));
  } catch {
    return; // the load's own "damaged file" refusal says so
  }
  const declaredSize = (file: JSZip.JSZipObject) => sizes.get(file.name) ?? 0;
  let declared = 0;
  for (const e of entries) {
    if (declaredSize(e) > limits.maxPartBytes)
      throw new WorkbookError(
        zipLimitMessage(
          file,
          new ZipLimitError(e.name, "declared", limits.maxPartBytes),
          limits,
        ),
      );
    declared += declaredSize(e);
  }
  if (declared > limits.maxTotalBytes)
    throw new WorkbookError(
      zipLimitMessage(
        file,
        new ZipLimitError("", "total", limits.maxTotalBytes),
        limits,
      ),
    );
  let total = 0;
  let cells = 0;
  for (const e of entries) {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    const counter = new SheetCounter();
    const decoder = new TextDecoder("utf-8");
    const size = sizes.get(e.name) ?? Infinity;
    let seen = 0;
    try {
      await new Promise<void>((done, fail) => {
        const helper = (
          e as unknown as { internalStream(t: string): StreamHelper }
        ).internalStream("uint8array");
        const stop = (error: Error) => {
          helper.pause();
          fail(error);
        };
        helper
          .on("data", (chunk) => {
            seen += chunk.length;
            total += chunk.length;
            try {
              if (seen > size) throw new ZipLimitError(e.name, "lie", size);
              if (seen > limits.maxPartBytes)
                throw new ZipLimitError(e.name, "actual", limits.maxPartBytes);
              if (total > limits.maxTotalBytes)
                throw new ZipLimitError(e.name, "total", limits.maxTotalBytes);
              if (sheet) counter.feed(decoder.decode(chunk, { stream: true }));
              if (
                counter.rows > limits.maxRows ||
                cells + counter.cells > limits.maxCells
              )
                throw new WorkbookError(
                  exceljsLimitMessage(
                    file,
                    e.name,
                    counter.rows > limits.maxRows,
                    limits,
                  ),
                );
            } catch (error) {
              stop(error as Error);
            }
          })
          .on("error", (error) => fail(error))
          .on("end", () => {
            if (size !== Infinity && seen !== size)
              fail(new ZipLimitError(e.name, "lie", size));
            else done();
          })
          .resume();
      });
    } catch (error) {
      if (error instanceof ZipLimitError)
        throw new WorkbookError(zipLimitMessage(file, error, limits));
      if (error instanceof WorkbookError) throw error;
      return; // a damaged part: the load's own refusal says so
    }
    cells += counter.cells;
  }
}
