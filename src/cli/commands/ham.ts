/** `dvk ham <TÊN> <đối số…> [--json]`: evaluates a DVK function with the same code as Excel. */
import {
  DvkFunctionError,
  type Cell,
  type CellResult,
} from "../../core/functions/index";
import {
  dvkFunctions,
  findFunction,
  type FunctionSpec,
  type ParamSpec,
} from "../../core/functions/registry";
import { parseVnNumber } from "../../core/vn/parse-number";
import { ExitCode, type CliIo } from "../io";

export const HAM_USAGE = [
  "Cách dùng: dvk ham <TÊN> <đối số…> [--json]",
  "  Tính một hàm DVK như trong Excel (tên không phân biệt hoa thường, có hoặc không có “DVK.”).",
  '  Đối số viết như gõ vào ô: số nguyên (332400000) là số; văn bản số kiểu Việt Nam ("1.000", "18,4 triệu") được hàm đọc như trong Excel.',
  "  Kết quả số in kiểu máy (18.4); vùng kết quả in mỗi dòng một hàng, các cột cách nhau bằng tab; --json in dạng JSON.",
  "  Lỗi (#VALUE!) in ra stderr với lời giải thích, mã thoát 1.",
  "  Ví dụ: dvk ham DOCSO 332400000",
  '         dvk ham SO "18,4 triệu"          → 18400000',
  '         dvk ham TONG "1.000" 2 "3,5"     → 1005.5',
  '         dvk ham DOCSO 105 "" "lẻ, chẵn"',
  "  Xem một hàm: dvk ham <TÊN> --help",
  `  Các hàm: ${Object.keys(dvkFunctions).join(", ")}`,
];

/** A command-line argument as Excel would pass it for a parameter: whole numbers are numbers for
 *  "any" parameters; "number" parameters read Vietnamese-written numbers ("2", "1,5"), as Excel
 *  converts text for them; "string" parameters stay text. */
function asExcelValue(arg: string, param: ParamSpec | undefined): unknown {
  if (param?.type === "string") return arg;
  if (param?.type === "number") {
    const p = parseVnNumber(arg);
    return p.ok ? p.value : arg;
  }
  return /^-?\d{1,15}$/.test(arg) ? Number(arg) : arg;
}

function signature(id: string, spec: FunctionSpec): string {
  const names = spec.params.map((p) =>
    p.repeating ? `${p.name}; …` : p.optional ? `[${p.name}]` : p.name,
  );
  return `DVK.${id}(${names.join("; ")})`;
}

function functionHelp(id: string, spec: FunctionSpec): string[] {
  return [
    signature(id, spec),
    `  ${spec.description}`,
    ...spec.params.map(
      (p) => `  ${p.optional ? `[${p.name}]` : p.name}: ${p.description}`,
    ),
    `  Ví dụ: ${spec.example}`,
  ];
}

function show(c: Cell): string {
  return c instanceof DvkFunctionError
    ? `${c.kind === "na" ? "#N/A" : "#VALUE!"} ${c.message}`
    : String(c);
}

function plain(c: Cell): unknown {
  return c instanceof DvkFunctionError
    ? { error: c.kind === "na" ? "#N/A" : "#VALUE!", message: c.message }
    : c;
}

/**
 * Runs `dvk ham`; returns the exit code (0, or 1 for a refusal, an unknown function or wrong
 * arguments).
 * @example await hamCommand(["SO", "18,4 triệu"], io) // prints "18400000", returns 0
 */
export async function hamCommand(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const json = args.includes("--json");
  const help = args.includes("--help") || args.includes("-h");
  const rest = args.filter(
    (a) => a !== "--json" && a !== "--help" && a !== "-h",
  );
  if (rest.length === 0) {
    HAM_USAGE.forEach(help ? io.out : io.err);
    return help ? ExitCode.ok : ExitCode.findings;
  }
  const found = findFunction(rest[0]);
  if (!found) {
    io.err(
      `Không có hàm “${rest[0]}”. Các hàm: ${Object.keys(dvkFunctions).join(", ")}. Xem: dvk ham --help`,
    );
    return ExitCode.findings;
  }
  const { id, spec } = found;
  if (help) {
    functionHelp(id, spec).forEach(io.out);
    return ExitCode.ok;
  }
  const repeating = spec.params.find((p) => p.repeating);
  const values = rest
    .slice(1)
    .map((a, i) => asExcelValue(a, spec.params[i] ?? repeating));
  const required = spec.params.filter((p) => !p.optional).length;
  const max = repeating ? Infinity : spec.params.length;
  if (values.length < required || values.length > max) {
    const count =
      required === max
        ? `${required}`
        : max === Infinity
          ? `ít nhất ${required}`
          : `${required}–${max}`;
    io.err(`DVK.${id} cần ${count} đối số: ${signature(id, spec)}.`);
    return ExitCode.findings;
  }
  let result: CellResult;
  try {
    result = spec.evaluate(values);
  } catch (e) {
    if (!(e instanceof DvkFunctionError)) throw e;
    if (json) io.out(JSON.stringify(plain(e)));
    io.err(e.message);
    return ExitCode.findings;
  }
  if (json)
    io.out(
      JSON.stringify(
        Array.isArray(result)
          ? result.map((row) => row.map(plain))
          : plain(result),
      ),
    );
  else if (Array.isArray(result))
    for (const row of result) io.out(row.map(show).join("\t"));
  else io.out(show(result));
  return ExitCode.ok;
}
