/** `dvk mau <tệp.xlsx> [--cap …] [--du-lieu-mau] [--ghi-de]`: writes the template workbook. */
import ExcelJS from "exceljs";
import { SAMPLE_LEVEL } from "../../core/sheets/sample";
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { SchoolLevel, SchoolLevelId } from "../../core/model/enums";
import { insertTemplates } from "../../core/sheets/insert";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { parseCommand } from "../args";
import { ExitCode, type CliIo } from "../io";

export const MAU_USAGE = [
  "dvk mau <tệp.xlsx> [--cap mam-non|tieu-hoc|thcs|th-thcs|thpt] [--du-lieu-mau] [--ghi-de]",
  "  Tạo sổ Excel có đủ các sheet mẫu (thông tin chung, CB-GV-NV, học sinh, sổ tài trợ, tổng hợp,",
  "  mô hình, văn bản căn cứ). --du-lieu-mau: điền dữ liệu trường mẫu. Không ghi đè tệp đã có trừ khi có --ghi-de.",
].join("\n");

export async function mauCommand(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      cap: { type: "string" },
      "du-lieu-mau": { type: "boolean" },
      "ghi-de": { type: "boolean" },
    },
    MAU_USAGE,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !/\.xlsx$/i.test(positionals[0])) {
    io.err(
      positionals.length
        ? `Tên tệp phải có đuôi .xlsx: “${positionals[0]}”.`
        : "Thiếu tên tệp .xlsx cần tạo.",
    );
    io.err(MAU_USAGE);
    return ExitCode.findings;
  }
  const level = SchoolLevelId.safeParse(values.cap ?? "thcs");
  if (!level.success) {
    io.err(
      `Cấp học không hợp lệ: “${values.cap}”. Chọn một trong: ${Object.keys(SchoolLevel).join(", ")}.`,
    );
    return ExitCode.findings;
  }
  const file = resolve(io.cwd, positionals[0]);
  if (existsSync(file) && !values["ghi-de"]) {
    io.err(
      `Tệp “${positionals[0]}” đã có; không ghi đè. Thêm --ghi-de nếu muốn thay thế.`,
    );
    return ExitCode.findings;
  }
  const sample = Boolean(values["du-lieu-mau"]);
  const wb = XlsxWorkbook.create(ExcelJS);
  const outcomes = await insertTemplates(wb, {
    level: sample ? SAMPLE_LEVEL : level.data,
    sample,
  });
  try {
    writeFileSync(file, await wb.toBuffer());
  } catch (e) {
    io.err(`Không ghi được tệp “${positionals[0]}”: ${(e as Error).message}`);
    return ExitCode.unreadable;
  }
  for (const o of outcomes) io.out(`  ${o.message}`);
  io.out(
    `Đã tạo ${positionals[0]} (${sample ? "dữ liệu mẫu: Trường TH&THCS Vĩnh Bình Bắc" : `cấp học: ${SchoolLevel[level.data]}`}).`,
  );
  return ExitCode.ok;
}
