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
} as const;

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
