/** Where a CLI command writes: injected so commands can be tested in-process. */
export interface CliIo {
  /** Standard output, one line per call (no trailing newline). */
  readonly out: (line: string) => void;
  /** Standard error, one line per call. */
  readonly err: (line: string) => void;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
}

/** Exit codes shared by every `dvk` command. */
export const ExitCode = {
  ok: 0,
  /** Findings of severity "lỗi", or a usage error. */
  findings: 1,
  /** Input that cannot be read (missing file, not an .xlsx, …). */
  unreadable: 2,
  /** The output file cannot be written (missing folder, a folder of that name, full disk, no
   *  permission, …); the old file, if any, is unchanged. */
  writeFailed: 3,
  /** A fault in dvk itself (a bug): no file was changed. */
  internal: 4,
} as const;

/** The exit codes as the usage texts state them. */
export const EXIT_CODES_TEXT =
  "Mã thoát: 0 thành công; 1 có lỗi trong số liệu, bản nháp có số liệu mâu thuẫn (đã đánh dấu) hoặc dùng sai lệnh; 2 không đọc được tệp đầu vào; 3 không ghi được tệp kết quả (tệp cũ giữ nguyên); 4 lỗi bên trong dvk.";

/** A CliIo that collects lines, for tests. */
export function memoryIo(
  cwd = process.cwd(),
): CliIo & { readonly stdout: string[]; readonly stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    cwd,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
  };
}
