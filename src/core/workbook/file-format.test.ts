import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import {
  detectFileFormat,
  unreadableFileMessage,
  type FileFormat,
} from "./file-format";

const text = (s: string) => new TextEncoder().encode(s);

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array" });
}

/** The start of an OLE compound file, with a stream name in UTF-16LE somewhere in it. */
function compound(streamName: string): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  [...streamName].forEach((ch, i) => (bytes[512 + i * 2] = ch.charCodeAt(0)));
  return bytes;
}

describe("detectFileFormat: what a file is, before any parser sees it", () => {
  test("a workbook written by exceljs is xlsx", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await wb.apply([{ kind: "addSheet", sheet: "S" }]);
    expect(detectFileFormat(await wb.toBuffer())).toBe("xlsx");
  });

  test.each<[string, () => Promise<Uint8Array> | Uint8Array, FileFormat]>([
    [
      "an OpenDocument spreadsheet",
      () =>
        zipOf({
          mimetype: "application/vnd.oasis.opendocument.spreadsheet",
          "content.xml": "<x/>",
        }),
      "ods",
    ],
    [
      "a Word document",
      () =>
        zipOf({
          "[Content_Types].xml": "<Types/>",
          "word/document.xml": "<w:document/>",
        }),
      "docx",
    ],
    [
      "a Word document that merely mentions xl/workbook.xml in its text",
      () =>
        zipOf({
          "word/document.xml": "<w:t>xl/workbook.xml</w:t>",
        }),
      "docx",
    ],
    [
      "a macro-enabled workbook",
      () =>
        zipOf({
          "xl/workbook.xml": "<workbook/>",
          "xl/vbaProject.bin": "VBA",
        }),
      "xlsm",
    ],
    ["a binary workbook", () => zipOf({ "xl/workbook.bin": "BIN" }), "xlsb"],
    ["another zip", () => zipOf({ "readme.txt": "x" }), "zip"],
    ["an Excel 97–2003 file", () => compound("Workbook"), "xls"],
    ["an Excel 5 file", () => compound("Book"), "xls"],
    ["a Word 97–2003 file", () => compound("WordDocument"), "doc"],
    ["another compound file", () => compound("PowerPoint Document"), "cfb"],
    [
      "a CSV saved as Unicode text",
      () => new Uint8Array([0xff, 0xfe, 0x41, 0, 0x3b, 0, 0x42, 0]),
      "text",
    ],
    [
      "a password-protected xlsx",
      () => compound("EncryptionInfo"),
      "encrypted",
    ],
    [
      "an .xls that is an HTML table",
      () =>
        text(
          '\uFEFF  <html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table>',
        ),
      "html",
    ],
    [
      "a bare HTML table",
      () => text("<table><tr><td>Họ và tên</td></tr></table>"),
      "html",
    ],
    [
      "a CSV file",
      () => text("STT;Họ và tên;Ngày sinh\r\n1;Nguyễn Văn A;01/02/1990\r\n"),
      "text",
    ],
    ["an empty file", () => new Uint8Array(0), "empty"],
    [
      "a PNG image",
      () =>
        new Uint8Array([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
        ]),
      "unknown",
    ],
  ])("%s", async (_, make, format) => {
    expect(detectFileFormat(await make())).toBe(format);
  });
});

describe("unreadableFileMessage", () => {
  test("every format but xlsx gets a Vietnamese sentence naming the file and what to do", () => {
    const formats: FileFormat[] = [
      "ods",
      "zip",
      "docx",
      "doc",
      "cfb",
      "xlsb",
      "xls",
      "encrypted",
      "html",
      "text",
      "empty",
      "unknown",
    ];
    for (const f of formats) {
      const m = unreadableFileMessage(f, "so-lieu.xls") as string;
      expect(m).toContain("“so-lieu.xls”");
      expect(m).toBe(m.normalize("NFC"));
      expect(m).not.toMatch(
        /\b(the|file|cannot|zip file|central directory)\b/i,
      );
    }
    expect(unreadableFileMessage("xlsx", "a.xlsx")).toBeNull();
    expect(unreadableFileMessage("xlsm", "a.xlsm")).toBeNull();
    expect(unreadableFileMessage("docx", "a.docx")).toContain("tài liệu Word");
    expect(unreadableFileMessage("xls", "a.xls")).toContain("Lưu thành");
    expect(unreadableFileMessage("encrypted", "a.xlsx")).toContain("mật khẩu");
  });

  test("XlsxWorkbook.load refuses with that sentence, never a library's English text", async () => {
    await expect(
      XlsxWorkbook.load(
        ExcelJS,
        text("<html><table></table></html>"),
        "DS.xls",
      ),
    ).rejects.toThrow(
      "Tệp “DS.xls” không phải sổ Excel thật mà là một trang web (bảng HTML)",
    );
    const broken = await zipOf({ "xl/workbook.xml": "<not-a-workbook" });
    await expect(
      XlsxWorkbook.load(ExcelJS, broken, "hong.xlsx"),
    ).rejects.toThrow("Tệp “hong.xlsx” có dạng .xlsx nhưng bị hỏng");
  });
});
