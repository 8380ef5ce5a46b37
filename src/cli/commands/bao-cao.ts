/** `dvk bao-cao <tệp.xlsx> --loai <kind> [-o <tệp.docx>] [--ghi-de]`: a report draft as .docx. */
import { describeConflicts, reportFigures } from "../../core/figures/figures";
import { existsSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import {
  findReportKind,
  missingGeneral,
  REPORT_KINDS,
} from "../../core/report/kinds";
import { readWorkbook, type WorkbookData } from "../../core/sheets/read";
import { APPENDIX_LIMIT } from "../../core/report/sections";
import { formatVnNumber } from "../../core/vn/format-vn-number";
import { renderDocx } from "../../report-docx/render-docx";
import { openWorkbookForReading } from "../../xlsx/read-workbook-file";
import type { XlsxReader } from "../../xlsx/xlsx-reader";
import { parseCommand } from "../args";
import {
  loadFailedMessage,
  readInput,
  refuseDirectoryOutput,
  refuseSameFile,
  writeOutput,
} from "../files";
import { EXIT_CODES_TEXT, ExitCode, type CliIo } from "../io";

export const BAO_CAO_USAGE = [
  "dvk bao-cao <tệp.xlsx> --loai <loại> [-o <tệp.docx>] [--mo-hinh <số>] [--ghi-de]",
  `  Soạn bản nháp báo cáo Word từ sổ. Loại: ${REPORT_KINDS.map((k) => k.id).join(", ")}.`,
  "  -o: tên tệp Word (mặc định: <tên sổ>-<loại>.docx trong thư mục hiện tại); không bao giờ là tệp sổ.",
  "  --mo-hinh: số thứ tự mô hình ở sheet Mô hình DVK (1, 2, …); mặc định mô hình tập thể đầu tiên.",
  "  --ghi-de: thay tệp Word đã có (ghi trọn vẹn: lỗi giữa chừng thì tệp cũ giữ nguyên).",
  `  ${EXIT_CODES_TEXT}`,
].join("\n");

/** The model index given by --mo-hinh: a positive whole number, or null when malformed. */
function parseModelIndex(given: string): number | null {
  const t = given.trim();
  return /^\d{1,6}$/.test(t) && Number(t) >= 1 ? Number(t) : null;
}

/** The Vietnamese refusal for a model index outside the workbook's models, or null. */
function modelIndexProblem(
  data: WorkbookData,
  given: string,
  index: number,
): string | null {
  const models = data.models?.rows.map((r) => r.value) ?? [];
  if (index <= models.length) return null;
  if (models.length === 0)
    return `--mo-hinh ${given}: sổ chưa có mô hình nào ở sheet Mô hình DVK. Hãy nhập mô hình vào sổ, hoặc bỏ --mo-hinh.`;
  const names =
    models.length <= 10
      ? ` Các mô hình: ${models.map((m, i) => `${i + 1}. ${m.name ?? "(chưa có tên)"}`).join("; ")}.`
      : "";
  return `--mo-hinh ${given}: sổ chỉ có ${models.length} mô hình; chọn số từ 1 đến ${models.length}.${names}`;
}

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
        : values.loai === undefined
          ? `Thiếu --loai. Chọn: ${REPORT_KINDS.map((k) => k.id).join(", ")}.`
          : `Loại báo cáo không hợp lệ: “${values.loai}”. Chọn: ${REPORT_KINDS.map((k) => k.id).join(", ")}.`,
    );
    io.err(BAO_CAO_USAGE);
    return ExitCode.findings;
  }
  const givenModel = values["mo-hinh"];
  const modelIndex =
    givenModel === undefined ? undefined : parseModelIndex(givenModel);
  if (modelIndex === null) {
    io.err(
      `--mo-hinh phải là số thứ tự của mô hình ở sheet Mô hình DVK, một số nguyên từ 1 trở lên: “${givenModel}” không hợp lệ.`,
    );
    return ExitCode.findings;
  }
  const inputName = positionals[0];
  const input = resolve(io.cwd, inputName);
  // Default name: the workbook's name without its extension, whatever it is (an input with no
  // extension must not name itself as the output).
  const out =
    values.o ??
    `${basename(inputName, extname(inputName)) || basename(inputName)}-${kind.id}.docx`;
  const target = resolve(io.cwd, out);
  const same = refuseSameFile(io, { path: target, name: out }, [
    { path: input, name: inputName },
  ]);
  if (same !== null) return same;
  const folder = refuseDirectoryOutput(io, out, target);
  if (folder !== null) return folder;
  if (existsSync(target) && !values["ghi-de"]) {
    io.err(
      `Tệp “${out}” đã có; không ghi đè. Thêm --ghi-de nếu muốn thay thế.`,
    );
    return ExitCode.findings;
  }
  const read = readInput(io, inputName, input, "workbook");
  if (typeof read === "number") return read;
  let wb: XlsxReader;
  try {
    wb = await openWorkbookForReading(read.bytes, inputName);
  } catch (e) {
    io.err(loadFailedMessage(e, inputName));
    return ExitCode.unreadable;
  }
  const { data, findings } = await readWorkbook(wb);
  if (modelIndex !== undefined) {
    const problem = modelIndexProblem(data, givenModel!, modelIndex);
    if (problem) {
      io.err(problem);
      return ExitCode.findings;
    }
  }
  const failed = writeOutput(
    io,
    out,
    target,
    await renderDocx(kind.build(data, { modelIndex })),
  );
  if (failed !== null) return failed;
  const ledger = data.donations?.rows.length ?? 0;
  if (ledger > APPENDIX_LIMIT)
    io.err(
      `Lưu ý: sổ tài trợ có ${formatVnNumber(ledger)} lượt; bản nháp in bảng tổng hợp theo nhà tài trợ, không in danh sách đầy đủ (phụ lục tối đa ${formatVnNumber(APPENDIX_LIMIT)} lượt) — hãy in sheet “${data.donations!.sheet}” để đính kèm.`,
    );
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
