/* The limits of reading a workbook file and their Vietnamese messages: shared by the bounded
 * reader (xlsx-reader.ts, Node) and the check before exceljs (package-check.ts, any host). */
import { groupThousands } from "../core/vn/format-vn-number";

const MiB = 1 << 20;

/** Why a part of a package could not be read: its name, what was wrong and the cap. */
export class ZipLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: "declared" | "actual" | "lie" | "total",
    readonly limit: number,
  ) {
    super(`${entry}: ${reason} over ${limit}`);
    this.name = "ZipLimitError";
  }
}

/** What one read of a workbook file may cost. */
export interface ReadLimits {
  /** Rows holding data, per sheet. */
  readonly maxRows: number;
  /** Cells holding data, per sheet (and shared strings in the workbook). */
  readonly maxCells: number;
  /** Inflated bytes of one part of the package. */
  readonly maxPartBytes: number;
  /** Inflated bytes of all parts read. */
  readonly maxTotalBytes: number;
}

/** The limits of the command-line reader: a 200,000-row ledger is well inside them. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxRows: 1_000_000,
  maxCells: 5_000_000,
  maxPartBytes: 256 * MiB,
  maxTotalBytes: 1024 * MiB,
};

const vnInt = (n: number) => groupThousands(String(Math.round(n)));
const mb = (bytes: number) => `${vnInt(bytes / MiB)} MB`;

export const CORRUPT = (file: string): string =>
  `Tệp “${file}” có dạng .xlsx nhưng bị hỏng hoặc có cấu trúc DVK không đọc được. Hãy mở tệp bằng Excel (hoặc LibreOffice Calc), lưu lại dạng “Sổ làm việc Excel (*.xlsx)” rồi thử lại.`;

/** The Vietnamese sentence for a part over a size cap, or a package lying about its sizes. */
export function zipLimitMessage(
  file: string,
  e: ZipLimitError,
  limits: ReadLimits,
  sheet?: string,
): string {
  const part = sheet ? `sheet “${sheet}” (${e.entry})` : `phần “${e.entry}”`;
  switch (e.reason) {
    case "lie":
      return `Tệp “${file}”: ${part} giải nén ra số byte khác với kích thước ghi trong tệp nén (${vnInt(e.limit)} byte) — tệp bị hỏng hoặc được làm ra để gây hại (“bom nén”); DVK không đọc tệp này.`;
    case "total":
      return `Tệp “${file}”: tổng dung lượng giải nén vượt ${mb(limits.maxTotalBytes)} (giới hạn của DVK là ${mb(limits.maxTotalBytes)} cho một lần đọc). Hãy xoá các sheet, dòng và cột thừa trong Excel, lưu lại rồi thử lại.`;
    default:
      return `Tệp “${file}”: ${part} khi giải nén lớn hơn ${mb(limits.maxPartBytes)} (giới hạn của DVK là ${mb(limits.maxPartBytes)} cho mỗi phần). Tệp có thể là “bom nén” hoặc chứa rất nhiều ô trống được định dạng; hãy xoá các dòng, cột thừa trong Excel, lưu lại rồi thử lại.`;
  }
}

export const rowsLimitMessage = (
  file: string,
  sheet: string,
  limits: ReadLimits,
) =>
  `Tệp “${file}”: sheet “${sheet}” có hơn ${vnInt(limits.maxRows)} dòng dữ liệu (giới hạn của DVK là ${vnInt(limits.maxRows)} dòng mỗi sheet). Hãy tách sổ thành nhiều tệp (ví dụ theo năm học) rồi xử lý từng tệp.`;

export const cellsLimitMessage = (
  file: string,
  sheet: string,
  limits: ReadLimits,
) =>
  `Tệp “${file}”: sheet “${sheet}” có hơn ${vnInt(limits.maxCells)} ô có dữ liệu (giới hạn của DVK là ${vnInt(limits.maxCells)} ô mỗi sheet). Hãy tách sổ thành nhiều tệp hoặc xoá các cột, dòng thừa rồi thử lại.`;

/** Limits for files loaded whole by exceljs (`dvk mau`, `dvk nhap-bao-cao`, a file picked in
 *  the pane): exceljs takes about 1 KB per cell, so a million cells stays near 1 GB. */
export const EXCELJS_LIMITS: ReadLimits = {
  maxRows: 1_000_000,
  maxCells: 1_000_000,
  maxPartBytes: 128 * MiB,
  maxTotalBytes: 384 * MiB,
};

export const sharedStringsLimitMessage = (file: string, limits: ReadLimits) =>
  `Tệp “${file}” có hơn ${vnInt(limits.maxCells)} chuỗi dùng chung (giới hạn của DVK là ${vnInt(limits.maxCells)}). Hãy tách sổ thành nhiều tệp rồi thử lại.`;

/** The sentence for a file too large for exceljs to load and write back. */
export const exceljsLimitMessage = (
  file: string,
  part: string,
  rows: boolean,
  limits: ReadLimits,
) =>
  `Tệp “${file}” quá lớn để mở và ghi lại: ${rows ? `phần “${part}” có hơn ${vnInt(limits.maxRows)} dòng` : `sổ có hơn ${vnInt(limits.maxCells)} ô (kể cả ô trống được định dạng)`} — giới hạn của DVK khi ghi vào sổ là ${vnInt(limits.maxCells)} ô và ${vnInt(limits.maxRows)} dòng. Lệnh kiem-tra và bao-cao vẫn đọc được sổ lớn hơn; để ghi, hãy tách sổ thành nhiều tệp hoặc xoá các dòng, cột thừa.`;
