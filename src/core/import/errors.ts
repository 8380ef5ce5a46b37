/** Why a file cannot be read as last period's report: a Vietnamese sentence for the user. */
import { detectFileFormat } from "../workbook/file-format";
import { WorkbookError } from "../workbook/types";

export type ReportImportErrorCode =
  | "empty"
  | "not-docx"
  | "doc"
  | "encrypted"
  | "odt"
  | "damaged"
  /** The report's kind cannot be told from its title and none was given. */
  | "unknown-kind"
  /** The narrative sheet cannot be added (a sheet of that name holds something else). */
  | "no-sheet";

/** A user-facing error (the pane shows its message as it shows a WorkbookError's). */
export class ReportImportError extends WorkbookError {
  constructor(
    readonly code: ReportImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReportImportError";
  }
}

const SAVE_AS =
  "mở tệp bằng Word (hoặc LibreOffice Writer), chọn Tệp → Lưu thành → “Tài liệu Word (*.docx)”, rồi dùng tệp .docx vừa lưu";

/** Throws a `ReportImportError` unless the bytes look like a zip package (a .docx is one). */
export function assertZipPackage(bytes: Uint8Array): void {
  const format = detectFileFormat(bytes);
  switch (format) {
    case "docx":
    case "zip":
      return;
    case "empty":
      throw new ReportImportError("empty", "Tệp báo cáo rỗng (0 byte).");
    case "encrypted":
      throw new ReportImportError(
        "encrypted",
        "Tệp báo cáo được đặt mật khẩu nên không đọc được. Mở tệp bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.",
      );
    case "doc":
    case "cfb":
      throw new ReportImportError(
        "doc",
        `Tệp báo cáo là tài liệu Word cũ (.doc, Word 97–2003); DVK đọc tệp .docx: ${SAVE_AS}.`,
      );
    case "xlsx":
    case "xlsm":
    case "xlsb":
    case "xls":
    case "ods":
      throw new ReportImportError(
        "not-docx",
        "Tệp này là bảng tính, không phải báo cáo Word (.docx). Hãy chọn tệp báo cáo kỳ trước.",
      );
    default: {
      const head = String.fromCharCode(...bytes.subarray(0, 8));
      throw new ReportImportError(
        "not-docx",
        head.startsWith("{\\rtf")
          ? `Tệp báo cáo là văn bản RTF; DVK đọc tệp .docx: ${SAVE_AS}.`
          : `Tệp này không phải tài liệu Word .docx: ${SAVE_AS}.`,
      );
    }
  }
}
