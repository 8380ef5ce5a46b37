/** `dvk kiem-tra <tệp.xlsx> [--json]`: checks a workbook file. Exit 0 without "lỗi", 1 with,
 *  2 when the file cannot be read. */
import { describeCounts } from "../../core/model/finding";
import { resolve } from "node:path";
import { checkWorkbook } from "../../core/checks/check-workbook";
import { DEFAULT_SETTINGS } from "../../core/checks/rule";
import { parseVnNumber } from "../../core/vn/parse-number";
import { hasErrors } from "../../core/checks/run";
import { openWorkbookForReading } from "../../xlsx/read-workbook-file";
import type { XlsxReader } from "../../xlsx/xlsx-reader";
import { parseCommand } from "../args";
import { loadFailedMessage, readInput } from "../files";
import { ExitCode, type CliIo } from "../io";

export const KIEM_TRA_USAGE = [
  "dvk kiem-tra <tệp.xlsx> [--json] [--nguong-tien-mat <số đồng>]",
  "  Kiểm tra toàn bộ sổ: tổng khớp thành phần, sĩ số lớp, sổ tài trợ, mô hình, văn bản căn cứ, chữ.",
  "  --json: mảng kết quả {rule, severity, sheet, cell, message, expected?, actual?}.",
  "  Mã thoát: 0 không có lỗi; 1 có lỗi hoặc dùng sai lệnh; 2 không đọc được tệp (không có tệp, không phải sổ .xlsx, …).",
].join("\n");

export async function kiemTraCommand(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      json: { type: "boolean" },
      "nguong-tien-mat": { type: "string" },
    },
    KIEM_TRA_USAGE,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.err("Cần đúng một tệp .xlsx để kiểm tra.");
    io.err(KIEM_TRA_USAGE);
    return ExitCode.findings;
  }
  const given = values["nguong-tien-mat"];
  const parsedThreshold = given === undefined ? null : parseVnNumber(given);
  if (parsedThreshold && (!parsedThreshold.ok || parsedThreshold.value < 0)) {
    io.err(`Ngưỡng tiền mặt không hợp lệ: “${given}” (ví dụ 2.000.000).`);
    return ExitCode.findings;
  }
  const threshold = parsedThreshold?.ok
    ? parsedThreshold.value
    : DEFAULT_SETTINGS.cashVoucherThreshold;
  const read = readInput(
    io,
    positionals[0],
    resolve(io.cwd, positionals[0]),
    "workbook",
  );
  if (typeof read === "number") return read;
  let wb: XlsxReader;
  try {
    wb = await openWorkbookForReading(read.bytes, positionals[0]);
  } catch (e) {
    io.err(loadFailedMessage(e, positionals[0]));
    return ExitCode.unreadable;
  }
  const report = await checkWorkbook(wb, { cashVoucherThreshold: threshold });
  if (values.json) {
    io.out(JSON.stringify(report.findings, null, 2));
  } else {
    let sheet = "";
    for (const f of report.findings) {
      if (f.sheet !== sheet) {
        sheet = f.sheet;
        io.out("");
        io.out(sheet);
      }
      io.out(`  [${f.severity}] ${f.cell ? `${f.cell}: ` : ""}${f.message}`);
    }
    const c = report.counts;
    io.out("");
    io.out(`${positionals[0]}: ${describeCounts(c)}.`);
  }
  return hasErrors(report) ? ExitCode.findings : ExitCode.ok;
}
