/** What kind of file a user gave where an .xlsx workbook is expected, told from its first and
 *  last bytes before any parser sees it, so that every refusal is a Vietnamese sentence that says
 *  what the file is and how to turn it into an .xlsx — never a parser's English text. */

import { readZipDirectory, ZipFormatError } from "./zip-directory";

export type FileFormat =
  /** Office Open XML workbook (.xlsx, .xltx): a zip holding xl/workbook.xml. */
  | "xlsx"
  /** A macro-enabled workbook (.xlsm): readable, but rewriting it through exceljs would drop
   *  its macros (xl/vbaProject.bin) and leave a file Excel refuses under an .xlsm name. */
  | "xlsm"
  /** Excel binary workbook (.xlsb): a zip holding xl/workbook.bin, which exceljs cannot read. */
  | "xlsb"
  /** OpenDocument spreadsheet (.ods). */
  | "ods"
  /** A Word document (.docx, .docm): a zip holding word/document.xml. */
  | "docx"
  /** Another zip: a presentation, an OpenDocument text, a folder compressed, … */
  | "zip"
  /** Excel 97–2003 (.xls, BIFF in an OLE compound file with a "Workbook" or "Book" stream). */
  | "xls"
  /** Word 97–2003 (.doc: an OLE compound file with a "WordDocument" stream). */
  | "doc"
  /** Another OLE compound file (a PowerPoint 97–2003 file, an .msg, …, or one too damaged to
   *  tell): old Office, not a workbook. */
  | "cfb"
  /** An OOXML file encrypted with a password (also an OLE compound file). */
  | "encrypted"
  /** An HTML table saved with an .xls name, as school systems often export. */
  | "html"
  /** Plain text: CSV or tab-separated. */
  | "text"
  | "empty"
  | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, sig: readonly number[]) =>
  sig.every((x, i) => b[i] === x);

/** Whether `needle` (ASCII, or UTF-16LE when `wide`) occurs in the bytes. */
function contains(bytes: Uint8Array, needle: string, wide = false): boolean {
  const pattern = wide
    ? [...needle].flatMap((ch) => [ch.charCodeAt(0), 0])
    : [...needle].map((ch) => ch.charCodeAt(0));
  const first = pattern[0];
  outer: for (
    let i = bytes.indexOf(first);
    i !== -1 && i <= bytes.length - pattern.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < pattern.length; j++)
      if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** The names of a zip's entries, from its central directory; null when the directory cannot be
 *  read (a truncated file): then the caller scans the bytes. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  try {
    return readZipDirectory(bytes).map((e) => e.name);
  } catch (e) {
    if (e instanceof ZipFormatError) return null;
    throw e;
  }
}

function zipFormat(bytes: Uint8Array): FileFormat {
  if (
    contains(bytes, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet") ||
    contains(bytes, "opendocument.spreadsheet")
  )
    return "ods";
  const listed = zipEntryNames(bytes);
  const has = (name: string) =>
    listed
      ? listed.some((n) => n.toLowerCase() === name.toLowerCase())
      : contains(bytes, name);
  if (has("xl/workbook.xml"))
    return has("xl/vbaProject.bin") || contains(bytes, "macroEnabled")
      ? "xlsm"
      : "xlsx";
  if (has("xl/workbook.bin")) return "xlsb";
  if (has("word/document.xml")) return "docx";
  return "zip";
}

/**
 * The format of a file's bytes.
 * @example detectFileFormat(new TextEncoder().encode("<html><table>…")) // "html"
 */
export function detectFileFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY))
    return zipFormat(bytes);
  if (startsWith(bytes, CFB)) {
    // Stream names are UTF-16LE in the compound file's directory sectors.
    if (
      contains(bytes, "EncryptionInfo", true) ||
      contains(bytes, "EncryptedPackage", true)
    )
      return "encrypted";
    if (contains(bytes, "WordDocument", true)) return "doc";
    if (contains(bytes, "Workbook", true) || contains(bytes, "Book", true))
      return "xls";
    return "cfb";
  }
  // UTF-16 text (a CSV saved as "Unicode text") starts with its byte-order mark.
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  )
    return "text";
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (
    /^<(!doctype html|html|table|\?xml[^>]*>\s*<html|meta|head|body)/.test(
      head,
    ) ||
    (head.startsWith("<") && head.includes("<table"))
  )
    return "html";
  // Text: no NUL bytes and no control characters other than tab, CR, LF in the first block.
  const sample = bytes.subarray(0, 4096);
  if (sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32))
    return "text";
  return "unknown";
}

/**
 * The Vietnamese message for a file that is not an .xlsx DVK can read (null for "xlsx" and
 * "xlsm", which DVK reads), naming the file, saying what it is and how to make an .xlsx of it.
 * @example unreadableFileMessage("xls", "so-lieu.xls") // "Tệp “so-lieu.xls” là sổ Excel cũ (.xls, Excel 97–2003). …"
 */
export function unreadableFileMessage(
  format: FileFormat,
  name: string,
): string | null {
  const saveAs =
    "mở tệp bằng Excel (hoặc LibreOffice Calc), chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi dùng tệp .xlsx vừa lưu";
  const pick =
    "Hãy chọn đúng sổ Excel .xlsx (tạo sổ mới có đủ mẫu: dvk mau <tên-sổ>.xlsx).";
  switch (format) {
    case "xlsx":
    case "xlsm":
      return null;
    case "xls":
      return `Tệp “${name}” là sổ Excel cũ (.xls, Excel 97–2003); DVK đọc tệp .xlsx: ${saveAs}.`;
    case "xlsb":
      return `Tệp “${name}” là sổ Excel dạng nhị phân (.xlsb); DVK đọc tệp .xlsx: ${saveAs}.`;
    case "html":
      return `Tệp “${name}” không phải sổ Excel thật mà là một trang web (bảng HTML), thường mang đuôi .xls — kiểu tệp nhiều phần mềm quản lý trường học xuất ra. Hãy ${saveAs}.`;
    case "encrypted":
      return `Tệp “${name}” được đặt mật khẩu (đã mã hóa) nên không đọc được. Mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.`;
    case "ods":
      return `Tệp “${name}” là bảng tính OpenDocument (.ods). Trong LibreOffice Calc chọn Tệp → Lưu thành → kiểu “Excel 2007-365 (.xlsx)”, rồi dùng tệp .xlsx vừa lưu.`;
    case "text":
      return `Tệp “${name}” là văn bản (CSV hoặc tương tự), không phải sổ Excel. Hãy mở bằng Excel rồi lưu dạng “Sổ làm việc Excel (*.xlsx)”, hoặc tạo sổ theo mẫu (dvk mau) và dán số liệu vào.`;
    case "docx":
      return `Tệp “${name}” là tài liệu Word (.docx), không phải sổ Excel. ${pick}`;
    case "doc":
      return `Tệp “${name}” là tài liệu Word cũ (.doc), không phải sổ Excel. ${pick}`;
    case "cfb":
      return `Tệp “${name}” là tệp Office cũ (định dạng 97–2003) nhưng không phải sổ Excel, hoặc đã bị hỏng. ${pick}`;
    case "zip":
      return `Tệp “${name}” là tệp nén hoặc tài liệu khác (không có phần sổ Excel bên trong), không phải sổ Excel .xlsx. ${pick}`;
    case "empty":
      return `Tệp “${name}” rỗng (0 byte): có thể tệp chưa được lưu xong hoặc bị hỏng khi chép. ${pick}`;
    case "unknown":
      return `Tệp “${name}” không phải sổ Excel .xlsx (không nhận ra định dạng của tệp). ${pick}`;
  }
}
