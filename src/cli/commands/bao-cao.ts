/** `dvk bao-cao <tệp.xlsx> --loai <kind> [-o <tệp.docx>] [--ghi-de]`: a report draft as .docx. */
import ExcelJS from "exceljs";
import { describeConflicts, reportFigures } from "../../core/figures/figures";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  findReportKind,
  missingGeneral,
  REPORT_KINDS,
} from "../../core/report/kinds";
import { readWorkbook } from "../../core/sheets/read";
import { renderDocx } from "../../report-docx/render-docx";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { parseCommand } from "../args";
import { ExitCode, type CliIo } from "../io";

export const BAO_CAO_USAGE = [
  "dvk bao-cao <tệp.xlsx> --loai <loại> [-o <tệp.docx>] [--mo-hinh <số>] [--ghi-de]",
  `  Soạn bản nháp báo cáo Word từ sổ. Loại: ${REPORT_KINDS.map((k) => k.id).join(", ")}.`,
].join("\n");

export async function baoCaoCommand(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      loai: { type: "string" },
      "mo-hinh": { type: "string" },
      o: { type: "string", short: "o" },
      "ghi-de": { type: "boolean" },
    },
    BAO_CAO_USAGE,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const kind = findReportKind(values.loai ?? "");
  if (positionals.length !== 1 || !kind) {
    io.err(
      positionals.length !== 1
        ? "Cần đúng một tệp .xlsx."
        : `Loại báo cáo không hợp lệ: “${values.loai ?? ""}”. Chọn: ${REPORT_KINDS.map((k) => k.id).join(", ")}.`,
    );
    io.err(BAO_CAO_USAGE);
    return ExitCode.findings;
  }
  const out =
    values.o ??
    basename(positionals[0]).replace(/\.xlsx$/i, `-${kind.id}.docx`);
  const target = resolve(io.cwd, out);
  if (existsSync(target) && !values["ghi-de"]) {
    io.err(
      `Tệp “${out}” đã có; không ghi đè. Thêm --ghi-de nếu muốn thay thế.`,
    );
    return ExitCode.findings;
  }
  let wb: XlsxWorkbook;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, positionals[0]));
  } catch (e) {
    io.err(
      `Không đọc được tệp “${positionals[0]}”: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "không có tệp này" : (e as Error).message}`,
    );
    return ExitCode.unreadable;
  }
  try {
    wb = await XlsxWorkbook.load(ExcelJS, bytes, positionals[0]);
  } catch (e) {
    io.err((e as Error).message);
    return ExitCode.unreadable;
  }
  const { data, findings } = await readWorkbook(wb);
  try {
    writeFileSync(
      target,
      await renderDocx(
        kind.build(data, { modelIndex: Number(values["mo-hinh"] ?? 1) || 1 }),
      ),
    );
  } catch (e) {
    io.err(`Không ghi được tệp “${out}”: ${(e as Error).message}`);
    return ExitCode.unreadable;
  }
  const missing = missingGeneral(data);
  if (missing.length)
    io.err(
      `Lưu ý: thiếu thông tin chung (để trống trong bản nháp): ${missing.join(", ")}.`,
    );
  if (findings.length)
    io.err(
      `Lưu ý: ${findings.length} ô không đọc được đã bị bỏ qua (xem: dvk kiem-tra ${positionals[0]}).`,
    );
  io.out(`Đã soạn ${out} (${kind.name}).`);
  // A draft carrying figures the workbook contradicts is not finished: say which, exit 1.
  const conflicts = describeConflicts(reportFigures(data));
  if (conflicts.length) {
    io.err(
      `Cần kiểm tra ${conflicts.length} số liệu mâu thuẫn (đã tô vàng và ghi chú trong bản nháp):`,
    );
    for (const c of conflicts) io.err(`  - ${c}`);
    return ExitCode.findings;
  }
  return ExitCode.ok;
}
