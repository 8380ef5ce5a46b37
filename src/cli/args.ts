/** Command-line options with Vietnamese errors (node:util parseArgs underneath). */
import { parseArgs } from "node:util";

export type OptionSpec = Record<
  string,
  { type: "string" | "boolean"; short?: string }
>;

export class UsageError extends Error {}

/** Parses `args`; throws UsageError with a Vietnamese message on unknown or malformed options. */
export function parseOptions<T extends OptionSpec>(
  args: readonly string[],
  options: T,
) {
  try {
    return parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const text = (e as Error).message;
    const m = /'(-{1,2}[^']+)'/.exec(text);
    if (/Unknown option/i.test(text))
      throw new UsageError(`Tùy chọn không hợp lệ: ${m?.[1] ?? text}`);
    if (/argument missing/i.test(text))
      throw new UsageError(`Tùy chọn ${m?.[1] ?? ""} cần một giá trị.`);
    throw new UsageError(`Tham số không hợp lệ: ${text}`);
  }
}

/**
 * A subcommand's options: `--help` prints its usage (exit 0 is returned as a number), a usage
 * error prints the message and the usage (exit 1). Otherwise the parsed values and positionals.
 */
export function parseCommand<T extends OptionSpec>(
  args: readonly string[],
  options: T,
  usage: string,
  io: { out: (l: string) => void; err: (l: string) => void },
):
  | ReturnType<
      typeof parseOptions<T & { help: { type: "boolean"; short: "h" } }>
    >
  | 0
  | 1 {
  try {
    const parsed = parseOptions(args, {
      ...options,
      help: { type: "boolean", short: "h" } as const,
    });
    if ((parsed.values as { help?: boolean }).help) {
      usage.split("\n").forEach(io.out);
      return 0;
    }
    return parsed;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    io.err(usage);
    return 1;
  }
}
