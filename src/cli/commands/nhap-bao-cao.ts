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
import { detectFileFormat } from "../../core/workbook/file-format";
import {
  backup,
  fileErrorMessage,
  loadFailedMessage,
  readInput,
  refuseSameFile,
  writeOutput,
} from "../files";
import { EXIT_CODES_TEXT, ExitCode, type CliIo } from "../io";

const KINDS = Object.keys(REPORT_KIND_NAMES) as ReportKindId[];

export const NHAP_BAO_CAO_USAGE = [
  "dvk nhap-bao-cao <báo-cáo-cũ.docx> <sổ.xlsx> [--loai <loại>]",
  "  Nhập báo cáo kỳ trước vào sheet “Nội dung báo cáo” của sổ: chia theo mục, số liệu trùng với sổ thành ô liên kết,",
  `  không ghi đè ô đã có chữ. Loại (đoán từ tiêu đề nếu bỏ trống): ${KINDS.join(", ")}.`,
  "  Trước khi ghi, sổ được chép sang “<tên> (trước khi nhập báo cáo <ngày giờ>).xlsx”; sổ được ghi trọn vẹn",
  "  (lỗi giữa chừng thì sổ giữ nguyên). Sổ có macro (.xlsm) không được ghi lại: hãy lưu một bản .xlsx trước.",
  `  ${EXIT_CODES_TEXT}`,
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
  const docxPath = resolve(io.cwd, docxName);
  const target = resolve(io.cwd, xlsxName);
  const same = refuseSameFile(io, { path: target, name: xlsxName }, [
    { path: docxPath, name: docxName },
  ]);
  if (same !== null) return same;
  const docxRead = readInput(io, docxName, docxPath, "docx");
  if (typeof docxRead === "number") {
    swappedHint(io, docxName, xlsxName, target);
    return docxRead;
  }
  const xlsxRead = readInput(io, xlsxName, target, "workbook");
  if (typeof xlsxRead === "number") return xlsxRead;
  if (xlsxRead.format === "xlsm") {
    // exceljs keeps no macros: the rewritten file would lose them, and Excel refuses an .xlsm
    // name over a macro-free package. Refuse before anything is written.
    io.err(
      `Sổ “${xlsxName}” có macro (.xlsm); ghi lại sổ này sẽ làm mất macro nên DVK không ghi vào. Hãy mở sổ bằng Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi nhập báo cáo vào bản .xlsx đó.`,
    );
    return ExitCode.findings;
  }
  const docx = docxRead.bytes;
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.load(ExcelJS, xlsxRead.bytes, xlsxName);
  } catch (e) {
    io.err(loadFailedMessage(e, xlsxName));
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
  if (result.ops.length || result.sheetAdded) {
    let copy: string;
    try {
      copy = backup(target, "nhập báo cáo");
    } catch (e) {
      io.err(
        `${fileErrorMessage(e, `${xlsxName} (bản sao)`, "ghi")} Chưa giữ được bản sao nên không ghi vào sổ; sổ giữ nguyên như trước.`,
      );
      return ExitCode.writeFailed;
    }
    const failed = writeOutput(io, xlsxName, target, await wb.toBuffer());
    if (failed !== null) return failed;
    io.out(`Bản sao sổ trước khi nhập: ${basename(copy)}.`);
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

/** When the report given is a workbook and the workbook given is a Word document, says the two
 *  are swapped. */
function swappedHint(
  io: CliIo,
  docxName: string,
  xlsxName: string,
  xlsxPath: string,
): void {
  let second: Uint8Array;
  try {
    second = readFileSync(xlsxPath);
  } catch {
    return;
  }
  if (detectFileFormat(second) === "docx")
    io.err(
      `Hai tệp có vẻ bị đảo thứ tự: “${xlsxName}” là tài liệu Word. Viết báo cáo .docx trước, sổ .xlsx sau: dvk nhap-bao-cao ${xlsxName} ${docxName}`,
    );
}
