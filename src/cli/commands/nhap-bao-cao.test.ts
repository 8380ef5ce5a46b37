import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { p, rawDocx } from "../../../test/support/raw-docx";
import { insertTemplates } from "../../core/sheets/insert";
import { readWorkbook } from "../../core/sheets/read";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { memoryIo } from "../io";
import { nhapBaoCaoCommand } from "./nhap-bao-cao";

const OLD = [
  "BÁO CÁO",
  "Sơ kết phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2023",
  "Chi bộ báo cáo như sau:",
  "I. Đặc điểm, tình hình",
  "1. Thuận lợi",
  "Nhà trường có 52 cán bộ, giáo viên, nhân viên.",
  "Trên đây là báo cáo sơ kết.",
];

describe("dvk nhap-bao-cao", () => {
  const dir = mkdtempSync(join(tmpdir(), "dvk-nbc-"));
  beforeAll(async () => {
    const wb = XlsxWorkbook.create(ExcelJS);
    await insertTemplates(wb, { level: "th-thcs", sample: true }); // 52 staff
    writeFileSync(join(dir, "so.xlsx"), await wb.toBuffer());
    writeFileSync(
      join(dir, "cu.docx"),
      await rawDocx({ body: OLD.map((l) => p(l)).join("") }),
    );
  });
  const run = async (...args: string[]) => {
    const io = memoryIo(dir);
    return {
      code: await nhapBaoCaoCommand(args, io),
      out: io.stdout,
      err: io.stderr,
    };
  };

  test("fills the narrative sheet, links the figures, keeps a dated copy of the workbook, writes it whole", async () => {
    const before = readFileSync(join(dir, "so.xlsx"));
    const r = await run("cu.docx", "so.xlsx");
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(
      /^Bản sao sổ trước khi nhập: so \(trước khi nhập báo cáo \d{4}-\d\d-\d\d \d{6}\)\.xlsx\.$/,
    );
    expect(r.out[1]).toBe(
      "Đã nhập “cu.docx” (Báo cáo sơ kết phong trào thi đua “Dân vận khéo”, 2 mục) vào so.xlsx, sheet “Nội dung báo cáo”: 3 mục có sẵn được điền nội dung, 0 mục mới thêm, 0 mục đã có đúng nội dung này.",
    );
    expect(r.out).toContain(
      "  1 số liệu trùng với sổ đã thành ô liên kết ({{…}}): lần soạn sau tự cập nhật.",
    );
    const copy = readdirSync(dir).find((f) =>
      f.startsWith("so (trước khi nhập báo cáo"),
    )!;
    expect(readFileSync(join(dir, copy)).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const wb = await XlsxWorkbook.load(
      ExcelJS,
      readFileSync(join(dir, "so.xlsx")),
    );
    const rows = (await readWorkbook(wb)).data.narrative!.rows.filter(
      (x) => x.value.kind === "so-ket",
    );
    expect(rows.find((x) => x.value.heading === "Thuận lợi")!.value.text).toBe(
      "Nhà trường có {{staff.total}} cán bộ, giáo viên, nhân viên.",
    );
    // The same report again: nothing to write, no new copy.
    const again = await run("cu.docx", "so.xlsx", "--loai", "so-ket");
    expect(again.out[0]).toMatch(
      /0 mục có sẵn được điền nội dung, 0 mục mới thêm, 3 mục đã có đúng nội dung này\.$/,
    );
    expect(
      readdirSync(dir).filter((f) => f.startsWith("so (trước")),
    ).toHaveLength(1);
  });

  test("bad input: Vietnamese messages naming the file, nothing written", async () => {
    writeFileSync(join(dir, "bang.docx"), readFileSync(join(dir, "so.xlsx")));
    const notDocx = await run("bang.docx", "so.xlsx");
    expect(notDocx.code).toBe(2);
    expect(notDocx.err).toEqual([
      "bang.docx: Tệp này là bảng tính, không phải báo cáo Word (.docx). Hãy chọn tệp báo cáo kỳ trước.",
    ]);
    expect((await run("khong-co.docx", "so.xlsx")).err).toEqual([
      "Không đọc được tệp “khong-co.docx”: không có tệp này.",
    ]);
    const bad = await run("cu.docx", "so.xlsx", "--loai", "bao-cao-khac");
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(
      /^Loại báo cáo không hợp lệ: “bao-cao-khac”\. Chọn: ket-qua-mo-hinh, so-ket,/,
    );
    expect((await run("cu.docx")).err[0]).toBe(
      "Cần hai tệp: báo cáo cũ (.docx) rồi sổ (.xlsx).",
    );
  });
});
