/** `dvk mau <tệp.xlsx> [--cap …] [--du-lieu-mau] [--ghi-de]`: writes the template workbook. */
import ExcelJS from "exceljs";
import { SAMPLE_LEVEL } from "../../core/sheets/sample";
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { SchoolLevel, SchoolLevelId } from "../../core/model/enums";
import { insertTemplates } from "../../core/sheets/insert";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { parseCommand } from "../args";
import type { CellValue, WorkbookHost } from "../../core/workbook/types";
import { detectFileFormat } from "../../core/workbook/file-format";
import { parseRange } from "../../core/workbook/a1";
import {
  backup,
  fileErrorMessage,
  refuseDirectoryOutput,
  writeOutput,
} from "../files";
import { EXIT_CODES_TEXT, ExitCode, type CliIo } from "../io";

export const MAU_USAGE = [
  "dvk mau <tệp.xlsx> [--cap mam-non|tieu-hoc|thcs|th-thcs|thpt] [--du-lieu-mau] [--ghi-de]",
  "  Tạo sổ Excel có đủ các sheet mẫu (thông tin chung, CB-GV-NV, học sinh, sổ tài trợ, tổng hợp,",
  "  mô hình, văn bản căn cứ). --du-lieu-mau: điền dữ liệu trường mẫu. Không ghi đè tệp đã có trừ khi có --ghi-de;",
  "  khi ghi đè một sổ có số liệu, bản sao sổ cũ được giữ bên cạnh: “<tên> (trước khi ghi đè <ngày giờ>).xlsx”.",
  `  ${EXIT_CODES_TEXT}`,
].join("\n");

/** Every typed (non-formula, non-empty) cell of a workbook, as "sheet!row,col" → value. */
async function typedCells(wb: WorkbookHost): Promise<Map<string, CellValue>> {
  const sheets = (await wb.inspect()).filter((s) => s.usedRange);
  const ranges = await wb.readRanges(
    sheets.map((s) => ({ sheet: s.name, range: s.usedRange! })),
    { formulas: true },
  );
  const cells = new Map<string, CellValue>();
  for (const r of ranges) {
    const { top, left } = parseRange(r.range);
    r.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === "" || r.formulas?.[i]?.[j]) return;
        cells.set(`${r.sheet.toLowerCase()}!${top + i},${left + j}`, v);
      }),
    );
  }
  return cells;
}

/**
 * Whether the file about to be replaced holds data the new workbook would lose: a typed value in a
 * cell where the new workbook has not the same value (its own template texts do not count).
 * Anything that is not a readable workbook, but not empty, counts as data too.
 */
async function holdsData(
  old: Uint8Array,
  fresh: WorkbookHost,
  name: string,
): Promise<boolean> {
  if (old.length === 0) return false;
  const format = detectFileFormat(old);
  if (format !== "xlsx" && format !== "xlsm") return true;
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.load(ExcelJS, old, name);
  } catch {
    return true;
  }
  const kept = await typedCells(fresh);
  for (const [key, value] of await typedCells(wb))
    if (kept.get(key) !== value) return true;
  return false;
}

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
  const name = positionals[0];
  const file = resolve(io.cwd, name);
  const folder = refuseDirectoryOutput(io, name, file);
  if (folder !== null) return folder;
  const exists = existsSync(file);
  if (exists && !values["ghi-de"]) {
    io.err(
      `Tệp “${name}” đã có; không ghi đè. Thêm --ghi-de nếu muốn thay thế.`,
    );
    return ExitCode.findings;
  }
  const sample = Boolean(values["du-lieu-mau"]);
  const wb = XlsxWorkbook.create(ExcelJS);
  const outcomes = await insertTemplates(wb, {
    level: sample ? SAMPLE_LEVEL : level.data,
    sample,
  });
  const bytes = await wb.toBuffer();
  let kept: string | null = null;
  if (exists) {
    let old: Buffer;
    try {
      old = readFileSync(file);
    } catch (e) {
      io.err(
        `${fileErrorMessage(e, name, "đọc")} Không ghi đè vì không xem được tệp cũ có số liệu hay không.`,
      );
      return ExitCode.writeFailed;
    }
    if (await holdsData(old, wb, name)) {
      try {
        kept = backup(file, "ghi đè");
      } catch (e) {
        io.err(
          `${fileErrorMessage(e, `${name} (bản sao)`, "ghi")} Không ghi đè khi chưa giữ được bản sao của sổ cũ; sổ cũ giữ nguyên.`,
        );
        return ExitCode.writeFailed;
      }
    }
  }
  const failed = writeOutput(io, name, file, bytes);
  if (failed !== null) return failed;
  for (const o of outcomes) io.out(`  ${o.message}`);
  if (kept)
    io.out(
      `Sổ cũ có số liệu: đã giữ bản sao “${basename(kept)}” bên cạnh trước khi ghi đè.`,
    );
  io.out(
    `Đã tạo ${name} (${sample ? "dữ liệu mẫu: Trường TH&THCS Vĩnh Bình Bắc" : `cấp học: ${SchoolLevel[level.data]}`}).`,
  );
  return ExitCode.ok;
}
