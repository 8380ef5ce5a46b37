/** Reading and writing files the way a user's data deserves: every failure told in Vietnamese
 *  (never Node's English errno text), an input checked for what it is before any parser sees it,
 *  an output that can never be one of the inputs, writes never half-done (a temporary file in the
 *  same folder, then renamed over the target), and a dated copy of a workbook before it is
 *  replaced. */
import {
  closeSync,
  copyFileSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { assertZipPackage, ReportImportError } from "../core/import/errors";
import {
  detectFileFormat,
  unreadableFileMessage,
  type FileFormat,
} from "../core/workbook/file-format";
import { WorkbookError } from "../core/workbook/types";
import { ExitCode, type CliIo } from "./io";

/** Why a file operation failed, as the end of a Vietnamese sentence (no final full stop). */
function errnoReason(code: string | undefined, action: "đọc" | "ghi"): string {
  switch (code) {
    case "ENOENT":
      return action === "đọc"
        ? "không có tệp này"
        : "thư mục chứa tệp không tồn tại (hãy tạo thư mục trước hoặc chọn thư mục khác)";
    case "EISDIR":
      return "đây là một thư mục, không phải tệp";
    case "ENOTDIR":
      return "một phần của đường dẫn là tệp chứ không phải thư mục";
    case "EACCES":
    case "EPERM":
      return `không có quyền ${action} (kiểm tra quyền của tệp và thư mục, hoặc tệp đang bị chương trình khác khóa)`;
    case "EBUSY":
    case "ETXTBSY":
      return "tệp đang được chương trình khác mở (ví dụ Excel hoặc Word); hãy đóng tệp rồi thử lại";
    case "ENOSPC":
      return "ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại";
    case "EDQUOT":
      return "đã hết hạn mức dung lượng được cấp trên ổ đĩa";
    case "EFBIG":
    case "ERR_FS_FILE_TOO_LARGE":
      return "tệp quá lớn";
    case "EROFS":
      return "ổ đĩa hoặc thư mục chỉ cho phép đọc";
    case "EEXIST":
      return "đã có tệp trùng tên";
    case "EMFILE":
    case "ENFILE":
      return "đang mở quá nhiều tệp; hãy đóng bớt chương trình rồi thử lại";
    case "ENAMETOOLONG":
      return "tên tệp hoặc đường dẫn quá dài";
    case "ELOOP":
      return "đường dẫn có liên kết tượng trưng vòng quanh";
    case "EINVAL":
      return "tên tệp không hợp lệ (có ký tự không được phép)";
    case "EIO":
      return `lỗi ${action} ổ đĩa (ổ đĩa có thể bị hỏng hoặc vừa bị rút ra)`;
    case "EXDEV":
      return "không chuyển được tệp giữa hai ổ đĩa khác nhau";
    case "ENOTEMPTY":
      return "đã có thư mục trùng tên và thư mục đó không trống";
    case "EAGAIN":
      return "hệ thống đang bận; hãy thử lại";
    case "ENXIO":
    case "ENODEV":
      return "thiết bị không sẵn sàng";
    default:
      return code
        ? `lỗi hệ thống (mã ${code})`
        : "lỗi hệ thống không rõ nguyên nhân";
  }
}

/**
 * The Vietnamese sentence for a failed read or write of `name`: never Node's English text; an
 * errno code DVK does not know is quoted as a code only.
 * @example fileErrorMessage(Object.assign(new Error(), { code: "ENOSPC" }), "so.docx", "ghi")
 *   // "Không ghi được tệp “so.docx”: ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại."
 */
export function fileErrorMessage(
  error: unknown,
  name: string,
  action: "đọc" | "ghi",
): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return `Không ${action} được tệp “${name}”: ${errnoReason(typeof code === "string" ? code : undefined, action)}.`;
}

/** Whether two paths name the same file: the same resolved real path (symbolic links), or the
 *  same device and inode (hard links). A path that does not exist is no existing file. */
export function sameFile(a: string, b: string): boolean {
  let sa, sb;
  try {
    sa = statSync(a, { bigint: true });
    sb = statSync(b, { bigint: true });
  } catch {
    return false;
  }
  if (sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  try {
    return realpathSync.native(a) === realpathSync.native(b);
  } catch {
    return false;
  }
}

/**
 * Refuses (Vietnamese message, exit 1) when `output` is the same file as one of `inputs`, even
 * with --ghi-de: writing would destroy the input. Returns null when they differ.
 */
export function refuseSameFile(
  io: CliIo,
  output: { readonly path: string; readonly name: string },
  inputs: readonly { readonly path: string; readonly name: string }[],
): number | null {
  const same = inputs.find((i) => sameFile(i.path, output.path));
  if (!same) return null;
  io.err(
    same.name === output.name
      ? `Tệp kết quả “${output.name}” chính là tệp đầu vào; không ghi để khỏi mất tệp đầu vào (kể cả khi có --ghi-de). Hãy chọn tên khác cho tệp kết quả.`
      : `Tệp kết quả “${output.name}” chính là tệp đầu vào “${same.name}” (cùng một tệp qua liên kết hoặc đường dẫn khác); không ghi để khỏi mất tệp đầu vào (kể cả khi có --ghi-de). Hãy chọn tên khác cho tệp kết quả.`,
  );
  return ExitCode.findings;
}

/** What an input must be. */
export type InputKind = "workbook" | "docx";

/** An input read and recognised. */
export interface Input {
  readonly bytes: Buffer;
  readonly format: FileFormat;
}

/**
 * Reads an input and tells what it is before any parser sees it. On failure prints the
 * Vietnamese reason (errno, or a format that is not the `kind` expected, with advice) and returns
 * exit code 2 (unreadable input).
 */
export function readInput(
  io: CliIo,
  name: string,
  path: string,
  kind: InputKind,
): Input | number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    io.err(fileErrorMessage(e, name, "đọc"));
    return ExitCode.unreadable;
  }
  const format = detectFileFormat(bytes);
  if (kind === "workbook") {
    const refused = unreadableFileMessage(format, name);
    if (refused) {
      io.err(refused);
      return ExitCode.unreadable;
    }
  } else {
    try {
      assertZipPackage(bytes);
    } catch (e) {
      if (!(e instanceof ReportImportError)) throw e;
      io.err(`${name}: ${e.message}`);
      return ExitCode.unreadable;
    }
  }
  return { bytes, format };
}

/** A fresh name for a temporary file beside `path`: hidden, unique, removed on failure. */
function tempPathFor(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
}

/**
 * Writes `bytes` to `path` atomically: readers see the old file or the new one, never a part. The
 * bytes go to a new temporary file in the same folder (flushed to disk), which is then renamed
 * over the target; on any failure the temporary file is removed and the old file is untouched.
 * A symbolic link as the target is followed (the file it points to is replaced, the link stays);
 * an existing file's permissions are kept.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  let target = path;
  let mode: number | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // No file there yet (or a dangling link, which is replaced): a new file.
  }
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", mode ?? 0o666);
    writeFileSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        // Already failing: the first error is the one to report.
      }
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * Writes an output file atomically; on failure prints the Vietnamese reason (the old file, if any,
 * is unchanged) and returns exit code 3. Returns null on success.
 */
export function writeOutput(
  io: CliIo,
  name: string,
  path: string,
  bytes: Uint8Array,
): number | null {
  try {
    writeFileAtomic(path, bytes);
    return null;
  } catch (e) {
    io.err(`${fileErrorMessage(e, name, "ghi")} Không có tệp nào bị thay đổi.`);
    return ExitCode.writeFailed;
  }
}

/**
 * Refuses early (exit 3) when the output path is a folder: nothing is computed for a file that
 * cannot be written. Returns null otherwise.
 */
export function refuseDirectoryOutput(
  io: CliIo,
  name: string,
  path: string,
): number | null {
  try {
    if (!statSync(path).isDirectory()) return null;
  } catch {
    return null;
  }
  io.err(fileErrorMessage({ code: "EISDIR" }, name, "ghi"));
  return ExitCode.writeFailed;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "sổ.xlsx" → "sổ (trước khi nhập báo cáo 2026-12-02 010509).xlsx", beside it: where a copy of
 *  the workbook goes before a command rewrites it. */
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

/** Copies `path` to its dated backup (never over an existing file; a partial copy is removed on
 *  failure); returns the backup's path. */
export function backup(path: string, what: string, now = new Date()): string {
  let to = backupPath(path, what, now);
  for (let n = 2; existsQuiet(to); n++) {
    const ext = extname(to);
    to = `${backupPath(path, what, now).slice(0, -ext.length || undefined)} (${n})${ext}`;
  }
  try {
    copyFileSync(path, to, constants.COPYFILE_EXCL);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST")
      rmSync(to, { force: true });
    throw e;
  }
  return to;
}

function existsQuiet(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The Vietnamese message for a workbook or document that failed to load: the loader's own
 *  message when it is a user-facing WorkbookError, else a sentence that never quotes a library's
 *  English text. */
export function loadFailedMessage(error: unknown, name: string): string {
  return error instanceof WorkbookError
    ? error.message
    : `Tệp “${name}” có dạng .xlsx nhưng bị hỏng hoặc có cấu trúc DVK không đọc được. Hãy mở tệp bằng Excel (hoặc LibreOffice Calc), lưu lại dạng “Sổ làm việc Excel (*.xlsx)” rồi thử lại.`;
}
