import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { insertTemplates } from "../../core/sheets/insert";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { memoryIo } from "../io";
import { baoCaoCommand } from "./bao-cao";

describe("dvk bao-cao", () => {
  const dir = mkdtempSync(join(tmpdir(), "dvk-bc-"));
  beforeAll(async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    writeFileSync(join(dir, "mau.xlsx"), await wb.toBuffer());
  });
  const run = async (...args: string[]) => {
    const io = memoryIo(dir);
    return {
      code: await baoCaoCommand(args, io),
      out: io.stdout,
      err: io.stderr,
    };
  };

  test("writes the draft as .docx, named after the workbook and the kind", async () => {
    const r = await run("mau.xlsx", "--loai", "ket-qua-mo-hinh");
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      "Đã soạn mau-ket-qua-mo-hinh.docx (Báo cáo kết quả thực hiện mô hình “Dân vận khéo”).",
    ]);
    expect(r.err).toEqual([
      "Lưu ý: 1 ô không đọc được đã bị bỏ qua (xem: dvk kiem-tra mau.xlsx).",
    ]);
    expect(
      readFileSync(join(dir, "mau-ket-qua-mo-hinh.docx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });

  test("refuses to overwrite without --ghi-de; bad kind and missing file", async () => {
    writeFileSync(join(dir, "co.docx"), "của tôi");
    expect(
      (await run("mau.xlsx", "--loai", "ket-qua-mo-hinh", "-o", "co.docx")).err,
    ).toEqual([
      "Tệp “co.docx” đã có; không ghi đè. Thêm --ghi-de nếu muốn thay thế.",
    ]);
    expect(readFileSync(join(dir, "co.docx"), "utf8")).toBe("của tôi");
    expect(
      (
        await run(
          "mau.xlsx",
          "--loai",
          "ket-qua-mo-hinh",
          "-o",
          "co.docx",
          "--ghi-de",
        )
      ).code,
    ).toBe(0);
    expect((await run("mau.xlsx", "--loai", "khong-co")).code).toBe(1);
    expect((await run("khong.xlsx", "--loai", "ket-qua-mo-hinh")).code).toBe(2);
  });
});
