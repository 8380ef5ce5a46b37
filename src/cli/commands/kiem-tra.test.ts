import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Finding } from "../../core/model/finding";
import { insertTemplates } from "../../core/sheets/insert";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { memoryIo } from "../io";
import { kiemTraCommand } from "./kiem-tra";

describe("dvk kiem-tra", () => {
  const dir = mkdtempSync(join(tmpdir(), "dvk-kt-"));
  beforeAll(async () => {
    const sample = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(sample, { level: "th-thcs", sample: true });
    writeFileSync(join(dir, "mau.xlsx"), await sample.toBuffer());
    const empty = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(empty, { level: "thcs", sheets: ["donations"] });
    writeFileSync(join(dir, "trong.xlsx"), await empty.toBuffer());
    const clean = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(clean, {
      level: "thcs",
      sheets: ["general", "legalRefs"],
      sample: true,
    });
    writeFileSync(join(dir, "sach.xlsx"), await clean.toBuffer());
    writeFileSync(join(dir, "hong.xlsx"), "không phải tệp Excel");
  });
  const run = async (...args: string[]) => {
    const io = memoryIo(dir);
    return {
      code: await kiemTraCommand(args, io),
      out: io.stdout,
      err: io.stderr,
    };
  };

  test("a readable report grouped by sheet; exit 1 when there is a lỗi", async () => {
    const r = await run("mau.xlsx");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Sổ tài trợ");
    expect(r.out.find((l) => l.includes("I13"))).toMatch(
      /^ {2}\[lỗi\] I13: Ô I13 \(cột “Số lượng”\): “3\.28” không rõ nghĩa/,
    );
    expect(r.out.at(-1)).toBe("mau.xlsx: 1 lỗi, 1 cảnh báo, 1 thông tin.");
  });

  test("--json: an array of findings with exactly the agreed fields", async () => {
    const r = await run("mau.xlsx", "--json");
    const findings = JSON.parse(r.out.join("\n")) as unknown[];
    expect(findings).toHaveLength(3);
    for (const f of findings) {
      expect(Finding.strict().safeParse(f).success).toBe(true);
      expect(
        Object.keys(f as object).every((k) =>
          [
            "rule",
            "severity",
            "sheet",
            "cell",
            "message",
            "expected",
            "actual",
          ].includes(k),
        ),
      ).toBe(true);
    }
  });

  test("exit 0 without lỗi, 2 for unreadable files, 1 for usage errors", async () => {
    const empty = await run("trong.xlsx");
    expect(empty.out.at(-1)).toBe(
      "trong.xlsx: 1 lỗi, 0 cảnh báo, 0 thông tin.",
    ); // no general sheet
    expect(empty.out).toContain(
      "  [lỗi] Chưa có sheet “Thông tin chung” (bảng tblGeneral); hãy chèn mẫu để báo cáo có phần đầu và chữ ký.",
    );
    expect(await run("sach.xlsx")).toEqual({
      code: 0,
      out: ["", "sach.xlsx: 0 lỗi, 0 cảnh báo, 0 thông tin."],
      err: [],
    });
    expect((await run("hong.xlsx")).code).toBe(2);
    expect((await run("khong-co.xlsx")).err[0]).toBe(
      "Không đọc được tệp “khong-co.xlsx”: không có tệp này.",
    );
    expect((await run("khong-co.xlsx")).code).toBe(2);
    expect((await run()).code).toBe(1);
    expect((await run("a.xlsx", "--sai")).code).toBe(1);
  });
});
