/** Writing files the way a user's data deserves: never half-written (a temporary file in the same
 *  folder, then renamed over the target), and a dated copy of a workbook before it is replaced. */
import { copyFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";

/** Writes `bytes` to `path` atomically: readers see the old file or the new one, never a part. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${Date.now()}.tmp`,
  );
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "sổ.xlsx" → "sổ (trước khi nhập 2026-12-02 0105).xlsx", beside it: where a copy of the
 *  workbook goes before a command rewrites it. */
export function backupPath(
  path: string,
  what: string,
  now = new Date(),
): string {
  const ext = extname(path);
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return join(
    dirname(path),
    `${basename(path, ext)} (trước khi ${what} ${stamp})${ext}`,
  );
}

/** Copies `path` to its dated backup; returns the backup's path. */
export function backup(path: string, what: string, now = new Date()): string {
  const to = backupPath(path, what, now);
  copyFileSync(path, to);
  return to;
}
