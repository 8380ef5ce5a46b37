/* Office errors turned into Vietnamese for the user, the same way for Excel and Word: the
 * sentence says what went wrong; Office's own text (English) is kept apart as technical detail,
 * which the pane folds away. */
import { WorkbookError } from "../core/workbook/types";

/** A failure reported by Office: a Vietnamese message, and Office's code and text. */
export class OfficeError extends WorkbookError {
  constructor(
    message: string,
    /** Office's error code and message, for whoever helps the user. */
    readonly technical: string,
  ) {
    super(message);
    this.name = "OfficeError";
  }
}

type HostName = "Excel" | "Word";

/** Vietnamese sentences for Office's error codes (Excel.ErrorCodes, Word.ErrorCodes). */
const MESSAGES: Readonly<Record<string, (host: HostName) => string>> = {
  ItemNotFound: (h) =>
    h === "Excel"
      ? "Không tìm thấy sheet, bảng hoặc ô cần dùng (có thể đã bị đổi tên hoặc xóa)."
      : "Không tìm thấy phần văn bản cần dùng (có thể đã bị xóa).",
  ItemAlreadyExists: () => "Đã có một sheet hoặc bảng trùng tên.",
  AccessDenied: (h) =>
    h === "Excel"
      ? "Excel không cho phép thao tác này: sheet có thể đang được bảo vệ hoặc sổ đang ở chế độ chỉ đọc."
      : "Word không cho phép sửa văn bản này: văn bản có thể đang được bảo vệ hoặc mở ở chế độ chỉ đọc.",
  InvalidOperation: (h) =>
    h === "Excel"
      ? "Excel từ chối thao tác (sheet đang bảo vệ, ô đang được chỉnh sửa hoặc vùng gộp ô)."
      : "Word từ chối thao tác (văn bản đang được chỉnh sửa ở chỗ khác hoặc bị khóa).",
  InvalidArgument: (h) =>
    `${h} từ chối dữ liệu gửi vào (địa chỉ hoặc giá trị không hợp lệ).`,
  // Payload and size limits. Excel.ErrorCodes lists ResponsePayloadSizeLimitExceeded,
  // RangeExceedsLimit (a read of more than five million cells) and OperationCellsExceedLimit
  // (an operation on more than 33,554,000 cells); RequestPayloadSizeLimitExceeded is not in the
  // enum but is the code Microsoft's error table documents for a request over 5 MB in Excel on
  // the web, so it is kept too.
  RequestPayloadSizeLimitExceeded: (h) =>
    `Dữ liệu gửi vào quá lớn cho một lần (giới hạn 5 MB của ${h} trên web); hãy chia nhỏ thao tác hoặc dùng ${h} trên máy tính.`,
  ResponsePayloadSizeLimitExceeded: (h) =>
    `Dữ liệu đọc về quá lớn cho một lần (giới hạn 5 MB của ${h} trên web); hãy thử lại hoặc dùng ${h} trên máy tính.`,
  RangeExceedsLimit: (h) =>
    `Vùng cần đọc có quá nhiều ô (${h} chỉ đọc tối đa 5 triệu ô một lần); hãy xóa các dòng, cột trống thừa ở cuối sheet rồi thử lại.`,
  OperationCellsExceedLimit: (h) =>
    `Thao tác chạm tới quá nhiều ô (${h} giới hạn khoảng 33 triệu ô một lần); hãy xóa các dòng, cột trống thừa ở cuối sheet rồi thử lại.`,
  ApiNotFound: (h) =>
    `Phiên bản ${h} này chưa có chức năng DVK cần; hãy cập nhật Office hoặc dùng ${h} trên web.`,
  NotImplemented: (h) =>
    `Phiên bản ${h} này chưa có chức năng DVK cần; hãy cập nhật Office hoặc dùng ${h} trên web.`,
  GeneralException: (h) => `${h} gặp lỗi khi thực hiện thao tác; hãy thử lại.`,
};

/** The error of a failed Office batch as an OfficeError (our own WorkbookErrors pass as they are). */
export function toOfficeError(host: HostName, e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const err = e as {
    code?: string;
    message?: string;
    debugInfo?: { errorLocation?: string };
  };
  const message =
    (err.code && MESSAGES[err.code]?.(host)) ||
    `${host} báo lỗi khi thực hiện thao tác; hãy thử lại.`;
  const where = err.debugInfo?.errorLocation
    ? ` [${err.debugInfo.errorLocation}]`
    : "";
  return new OfficeError(
    message,
    `${err.code ?? "Error"}: ${err.message ?? String(e)}${where}`,
  );
}

/** Runs an Office batch; a failure becomes an OfficeError with a Vietnamese message. */
export async function guard<C, T>(
  host: HostName,
  run: (batch: (ctx: C) => Promise<T>) => Promise<T>,
  batch: (ctx: C) => Promise<T>,
): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    throw toOfficeError(host, e);
  }
}
