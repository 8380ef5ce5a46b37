import ExcelJS from "exceljs";
import JSZip from "jszip";
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

  test("a draft carrying figures the workbook contradicts is written, each listed, and the exit code is 1", async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    // Seed 001: a total typed by hand over the formula, 65 where the groups give 52.
    await wb.apply([
      { kind: "write", sheet: "CB-GV-NV", at: "B17", cells: [[{ value: 65 }]] },
    ]);
    writeFileSync(join(dir, "go-tay.xlsx"), await wb.toBuffer());
    const r = await run("go-tay.xlsx", "--loai", "so-ket");
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      "Đã soạn go-tay-so-ket.docx (Báo cáo sơ kết phong trào thi đua “Dân vận khéo”).",
    ]);
    expect(r.err).toContain(
      "Cần kiểm tra 1 số liệu mâu thuẫn (đã tô vàng và ghi chú trong bản nháp):",
    );
    expect(r.err).toContain(
      "  - Số CB-GV-NV (ô CB-GV-NV!B17): 65 theo dòng tổng, 52 theo các nhóm — kiểm tra lại.",
    );
    const xml = await (
      await JSZip.loadAsync(readFileSync(join(dir, "go-tay-so-ket.docx")))
    )
      .file("word/comments.xml")!
      .async("string");
    expect(xml).toContain("65 theo dòng tổng, 52 theo các nhóm — kiểm tra lại");
  });
});
