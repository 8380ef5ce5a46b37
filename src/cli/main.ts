/* `dvk`: the same core as the add-in, over .xlsx and .docx files, with no Office. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { EXIT_CODES_TEXT, ExitCode, type CliIo } from "./io";

/** A subcommand: parses its own arguments and returns an exit code. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

interface CommandEntry {
  readonly summary: string;
  readonly run: Command;
}

/**
 * A command loaded on first use, from `commands/<file>` beside this module: the sources through
 * tsx or jest, `dist-cli/commands/<file>.js` in the prebuilt CLI (each command its own bundle),
 * so `dvk ham` never loads exceljs or docx. The path is computed, so bundlers leave it alone.
 */
function lazy(file: string, name: string): Command {
  return (args, io) => {
    const module = require(join(__dirname, "commands", file)) as Record<
      string,
      Command
    >;
    return module[name](args, io);
  };
}

/** Subcommands. */
export const commands: Readonly<Record<string, CommandEntry>> = {
  mau: {
    summary:
      "mau <tệp.xlsx> [--cap …] [--du-lieu-mau] [--ghi-de]   Tạo sổ Excel với các sheet mẫu",
    run: lazy("mau", "mauCommand"),
  },
  "kiem-tra": {
    summary:
      "kiem-tra <tệp.xlsx> [--json]   Kiểm tra toàn bộ sổ, chỉ đúng ô có vấn đề",
    run: lazy("kiem-tra", "kiemTraCommand"),
  },
  "bao-cao": {
    summary:
      "bao-cao <tệp.xlsx> --loai <loại> [-o <tệp.docx>]   Soạn bản nháp báo cáo Word",
    run: lazy("bao-cao", "baoCaoCommand"),
  },
  "nhap-bao-cao": {
    summary:
      "nhap-bao-cao <báo-cáo-cũ.docx> <tệp.xlsx> [--loai <loại>]   Nhập báo cáo kỳ trước vào sheet Nội dung báo cáo",
    run: lazy("nhap-bao-cao", "nhapBaoCaoCommand"),
  },
  ham: {
    summary:
      "ham <TÊN> <đối số…> [--json]   Tính một hàm DVK (DOCSO, SO, TONG, …) như trong Excel",
    run: lazy("ham", "hamCommand"),
  },
};

export function version(): string {
  // src/cli/ or dist-cli/: the package's own package.json is the nearest one above.
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir)
    dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export function usage(): string {
  const lines = [
    "dvk — DVK (Dân vận khéo) trên dòng lệnh: mẫu biểu, kiểm tra số liệu, báo cáo, hàm DVK.",
    "",
    "Cách dùng: dvk <lệnh> [tùy chọn]",
    "",
    "Lệnh:",
    ...Object.values(commands).map((c) => `  ${c.summary}`),
    "",
    "Tùy chọn chung:",
    "  -h, --help      In hướng dẫn này",
    "  -v, --version   In số phiên bản",
    "",
    "An toàn tệp: không bao giờ ghi đè lên tệp đầu vào (kể cả qua liên kết); mỗi tệp được ghi",
    "  trọn vẹn (tệp tạm rồi đổi tên) nên khi lỗi tệp cũ giữ nguyên; ghi đè một sổ có số liệu thì",
    "  bản sao sổ cũ được giữ bên cạnh, tên có ngày giờ.",
    "",
    EXIT_CODES_TEXT,
  ];
  return lines.join("\n");
}

/** Runs `dvk` with its arguments (without "node dvk"); returns the exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo(),
): Promise<number> {
  const [first, ...rest] = argv;
  if (
    first === undefined ||
    first === "-h" ||
    first === "--help" ||
    first === "help"
  ) {
    for (const line of usage().split("\n"))
      (first === undefined ? io.err : io.out)(line);
    return first === undefined ? ExitCode.findings : ExitCode.ok;
  }
  if (first === "-v" || first === "--version") {
    io.out(version());
    return ExitCode.ok;
  }
  const entry = Object.prototype.hasOwnProperty.call(commands, first)
    ? commands[first]
    : undefined;
  if (!entry) {
    io.err(
      `Lệnh không hợp lệ: "${first}". Các lệnh: ${Object.keys(commands).join(", ")}. Xem: dvk --help`,
    );
    return ExitCode.findings;
  }
  return entry.run(rest, io);
}

function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  };
}
