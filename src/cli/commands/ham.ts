/** `dvk ham <TÊN> <đối số…> [--json]`: evaluates a DVK function with the same code as Excel. */
import {
  DvkFunctionError,
  type Cell,
} from "../../core/functions/dvk-functions";
import { DVK_FUNCTIONS, findFunction } from "../../core/functions/registry";
import { ExitCode, type CliIo } from "../io";

export const HAM_USAGE = [
  "dvk ham <TÊN> <đối số…> [--json]",
  "  Tính một hàm DVK như trong Excel. Đối số viết như gõ vào ô: số kiểu Việt Nam (1.000; 18,4); kết quả số in kiểu máy (18.4).",
  '  Ví dụ: dvk ham DOCSO 332400000    dvk ham SO "18,4 triệu"    dvk ham TONG "1.000" 2 "3,5"',
  `  Các hàm: ${Object.keys(DVK_FUNCTIONS).join(", ")}`,
].join("\n");

/** A command-line argument as a cell typed on a Vietnamese system: whole numbers are numbers,
 *  anything else is text read the Vietnamese way ("1.000" is a thousand, "18,4" a decimal). */
function asExcelValue(arg: string): unknown {
  return /^-?\d{1,15}$/.test(arg) ? Number(arg) : arg;
}

function show(c: Cell): string {
  if (c instanceof DvkFunctionError) return `#VALUE! ${c.message}`;
  return c === null ? "" : String(c);
}

export async function hamCommand(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
  if (rest.length === 0 || rest[0] === "--help" || rest[0] === "-h") {
    HAM_USAGE.split("\n").forEach(rest.length ? io.out : io.err);
    return rest.length ? ExitCode.ok : ExitCode.findings;
  }
  const found = findFunction(rest[0]);
  if (!found) {
    io.err(
      `Không có hàm “${rest[0]}”. Các hàm: ${Object.keys(DVK_FUNCTIONS).join(", ")}.`,
    );
    return ExitCode.findings;
  }
  const { spec } = found;
  const values = rest.slice(1).map(asExcelValue);
  const required =
    spec.params.filter((p) => !p.optional && !p.repeating).length +
    (spec.params.some((p) => p.repeating) ? 1 : 0);
  const max = spec.params.some((p) => p.repeating)
    ? Infinity
    : spec.params.length;
  if (values.length < required || values.length > max) {
    io.err(
      `DVK.${found.id} cần ${required === max ? required : `${required}–${max === Infinity ? "nhiều" : max}`} đối số: ${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")}.`,
    );
    return ExitCode.findings;
  }
  let result: Cell | Cell[][];
  try {
    result = spec.evaluate(values);
  } catch (e) {
    if (!(e instanceof DvkFunctionError)) throw e;
    if (json) io.out(JSON.stringify({ error: "#VALUE!", message: e.message }));
    io.err(e.message);
    return ExitCode.findings;
  }
  if (json) {
    const plain = (c: Cell) =>
      c instanceof DvkFunctionError
        ? { error: "#VALUE!", message: c.message }
        : c;
    io.out(
      JSON.stringify(
        Array.isArray(result) ? result.map((r) => r.map(plain)) : plain(result),
      ),
    );
  } else if (Array.isArray(result)) {
    for (const row of result) io.out(row.map(show).join("\t"));
  } else io.out(show(result));
  return ExitCode.ok;
}
