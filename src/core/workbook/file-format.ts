/** What kind of file a user gave where an .xlsx workbook is expected, told from its first and
 *  last bytes before any parser sees it, so that every refusal is a Vietnamese sentence that says
 *  what the file is and how to turn it into an .xlsx — never a parser's English text. */

export type FileFormat =
  /** Office Open XML workbook (.xlsx, .xlsm): a zip holding xl/workbook.xml. */
  | "xlsx"
  /** OpenDocument spreadsheet (.ods). */
  | "ods"
  /** Another zip: a Word document, a folder compressed, … */
  | "zip"
  /** Excel 97–2003 (.xls, BIFF in an OLE compound file). */
  | "xls"
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

/**
 * The format of a file's bytes.
 * @example detectFileFormat(new TextEncoder().encode("<html><table>…")) // "html"
 */
export function detectFileFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    if (
      contains(
        bytes,
        "mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
      ) ||
      contains(bytes, "opendocument.spreadsheet")
    )
      return "ods";
    return contains(bytes, "xl/workbook.xml") ||
      contains(bytes, "xl/workbook.bin")
      ? "xlsx"
      : "zip";
  }
  if (startsWith(bytes, CFB))
    return contains(bytes, "EncryptionInfo", true) ? "encrypted" : "xls";
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
 * The Vietnamese message for a file that is not an .xlsx DVK can read (null for "xlsx"), naming
 * the file and saying how to convert it.
 * @example unreadableFileMessage("xls", "so-lieu.xls") // "Tệp “so-lieu.xls” là sổ Excel cũ (.xls, Excel 97–2003). …"
 */
export function unreadableFileMessage(
  format: FileFormat,
  name: string,
): string | null {
  const saveAs =
    "mở tệp bằng Excel (hoặc LibreOffice Calc), chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi dùng tệp .xlsx vừa lưu";
  switch (format) {
    case "xlsx":
      return null;
    case "xls":
      return `Tệp “${name}” là sổ Excel cũ (.xls, Excel 97–2003); DVK đọc tệp .xlsx: ${saveAs}.`;
    case "html":
      return `Tệp “${name}” không phải sổ Excel thật mà là một trang web (bảng HTML) mang đuôi .xls — kiểu tệp nhiều phần mềm quản lý trường học xuất ra. Hãy ${saveAs}.`;
    case "encrypted":
      return `Tệp “${name}” được đặt mật khẩu nên không đọc được. Mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.`;
    case "ods":
      return `Tệp “${name}” là bảng tính OpenDocument (.ods). Trong LibreOffice Calc chọn Tệp → Lưu thành → kiểu “Excel 2007-365 (.xlsx)”, rồi dùng tệp .xlsx vừa lưu.`;
    case "text":
      return `Tệp “${name}” là văn bản (CSV hoặc tương tự), không phải sổ Excel. Hãy mở bằng Excel rồi lưu dạng “Sổ làm việc Excel (*.xlsx)”, hoặc chèn mẫu DVK và dán số liệu vào.`;
    case "zip":
      return `Tệp “${name}” là tệp nén hoặc tài liệu khác (ví dụ tệp Word), không phải sổ Excel .xlsx.`;
    case "empty":
      return `Tệp “${name}” rỗng (0 byte).`;
    case "unknown":
      return `Tệp “${name}” không phải sổ Excel .xlsx (không nhận ra định dạng).`;
  }
}
