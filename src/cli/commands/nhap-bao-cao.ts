/** `dvk nhap-bao-cao <báo-cáo-cũ.docx> <sổ.xlsx> [--loai K]`: last period's report into the
 *  workbook's narrative sheet ("Nội dung báo cáo"), its figures linked; the workbook is copied
 *  aside first and written atomically. */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  describeImport,
  importReport,
  ReportImportError,
} from "../../core/import";
import {
  REPORT_KIND_NAMES,
  type ReportKindId,
} from "../../core/model/report-outlines";
import { readWorkbook } from "../../core/sheets/read";
import { WorkbookError } from "../../core/workbook/types";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { parseCommand } from "../args";
import { backup, writeFileAtomic } from "../files";
import { ExitCode, type CliIo } from "../io";

const KINDS = Object.keys(REPORT_KIND_NAMES) as ReportKindId[];

export const NHAP_BAO_CAO_USAGE = [
  "dvk nhap-bao-cao <báo-cáo-cũ.docx> <sổ.xlsx> [--loai <loại>]",
  "  Nhập báo cáo kỳ trước vào sheet “Nội dung báo cáo” của sổ: chia theo mục, số liệu trùng với sổ thành ô liên kết,",
  `  không ghi đè ô đã có chữ. Loại (đoán từ tiêu đề nếu bỏ trống): ${KINDS.join(", ")}.`,
].join("\n");

export async function nhapBaoCaoCommand(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const parsed = parseCommand(
    args,
    { loai: { type: "string" } },
    NHAP_BAO_CAO_USAGE,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const kind =
    values.loai === undefined
      ? undefined
      : KINDS.find((k) => k === values.loai);
  if (positionals.length !== 2 || (values.loai !== undefined && !kind)) {
    io.err(
      positionals.length !== 2
        ? "Cần hai tệp: báo cáo cũ (.docx) rồi sổ (.xlsx)."
        : `Loại báo cáo không hợp lệ: “${values.loai}”. Chọn: ${KINDS.join(", ")}.`,
    );
    io.err(NHAP_BAO_CAO_USAGE);
    return ExitCode.findings;
  }
  const [docxName, xlsxName] = positionals as [string, string];
  const read = (name: string): Buffer | null => {
    try {
      return readFileSync(resolve(io.cwd, name));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(
        `Không đọc được tệp “${name}”: ${code === "ENOENT" ? "không có tệp này" : code === "EISDIR" ? "đây là thư mục" : (e as Error).message}.`,
      );
      return null;
    }
  };
  const docx = read(docxName);
  const xlsx = docx && read(xlsxName);
  if (!docx || !xlsx) return ExitCode.unreadable;
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.load(ExcelJS, xlsx, xlsxName);
  } catch (e) {
    io.err((e as Error).message);
    return ExitCode.unreadable;
  }
  let result;
  try {
    result = await importReport(wb, new Uint8Array(docx), {
      kind,
      source: basename(docxName),
    });
  } catch (e) {
    if (e instanceof ReportImportError || e instanceof WorkbookError) {
      io.err(`${basename(docxName)}: ${e.message}`);
      return e instanceof ReportImportError && e.code !== "unknown-kind"
        ? ExitCode.unreadable
        : ExitCode.findings;
    }
    throw e;
  }
  const target = resolve(io.cwd, xlsxName);
  if (result.ops.length || result.sheetAdded) {
    try {
      const copy = backup(target, "nhập báo cáo");
      writeFileAtomic(target, await wb.toBuffer());
      io.out(`Bản sao sổ trước khi nhập: ${basename(copy)}.`);
    } catch (e) {
      io.err(
        `Không ghi được tệp “${xlsxName}”: ${(e as Error).message}. Sổ giữ nguyên như trước.`,
      );
      return ExitCode.unreadable;
    }
  }
  const lines = describeImport(
    result,
    basename(docxName),
    (await readWorkbook(wb)).data,
  );
  for (const [i, l] of lines.entries())
    io.out(
      i === 0
        ? l.text.replace(`vào sheet`, `vào ${xlsxName}, sheet`)
        : `  ${l.text}`,
    );
  return ExitCode.ok;
}
