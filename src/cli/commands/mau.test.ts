import ExcelJS from "exceljs";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../core/sheets/read";
import { XlsxWorkbook } from "../../xlsx/xlsx-workbook";
import { memoryIo } from "../io";
import { mauCommand } from "./mau";

describe("dvk mau", () => {
  const dir = mkdtempSync(join(tmpdir(), "dvk-mau-"));
  const run = async (...args: string[]) => {
    const io = memoryIo(dir);
    return { code: await mauCommand(args, io), io };
  };

  test("writes the templates for a school level", async () => {
    const { code, io } = await run("tieu-hoc.xlsx", "--cap", "tieu-hoc");
    expect(code).toBe(0);
    expect(io.stdout.at(-1)).toBe("Đã tạo tieu-hoc.xlsx (cấp học: Tiểu học).");
    const wb = await XlsxWorkbook.load(
      ExcelJS,
      readFileSync(join(dir, "tieu-hoc.xlsx")),
    );
    const [students] = await wb.readTables(["tblStudents"]);
    expect(students?.rows.map((r) => r[0])).toEqual([
      "Khối 1",
      "Khối 2",
      "Khối 3",
      "Khối 4",
      "Khối 5",
    ]);
  });

  test("--du-lieu-mau writes the sample school, which reads back", async () => {
    expect((await run("mau.xlsx", "--du-lieu-mau")).code).toBe(0);
    const read = await readWorkbook(
      await XlsxWorkbook.load(ExcelJS, readFileSync(join(dir, "mau.xlsx"))),
    );
    expect(read.data.general?.values.unitName).toBe(
      "Trường TH&THCS Vĩnh Bình Bắc",
    );
    expect(read.data.donations?.rows).toHaveLength(13);
  });

  test("refuses to overwrite unless --ghi-de", async () => {
    writeFileSync(join(dir, "co-san.xlsx"), "dữ liệu của người dùng");
    const refused = await run("co-san.xlsx");
    expect(refused.code).toBe(1);
    expect(refused.io.stderr[0]).toBe(
      "Tệp “co-san.xlsx” đã có; không ghi đè. Thêm --ghi-de nếu muốn thay thế.",
    );
    expect(readFileSync(join(dir, "co-san.xlsx"), "utf8")).toBe(
      "dữ liệu của người dùng",
    );
    const replaced = await run("co-san.xlsx", "--ghi-de");
    expect(replaced.code).toBe(0);
    // Not a workbook, but not empty: kept aside too.
    const copy = readdirSync(dir).find((n) =>
      n.startsWith("co-san (trước khi ghi đè "),
    );
    expect(copy).toBeDefined();
    expect(readFileSync(join(dir, copy!), "utf8")).toBe(
      "dữ liệu của người dùng",
    );
    expect(replaced.io.stdout).toContain(
      `Sổ cũ có số liệu: đã giữ bản sao “${copy}” bên cạnh trước khi ghi đè.`,
    );
  });

  test("--ghi-de over a workbook with data keeps a dated copy; over an empty template it does not", async () => {
    const copies = () =>
      readdirSync(dir).filter((n) => n.startsWith("lap-lai (trước khi"));
    expect((await run("lap-lai.xlsx", "--cap", "thpt")).code).toBe(0);
    const again = await run("lap-lai.xlsx", "--cap", "thpt", "--ghi-de");
    expect(again.code).toBe(0);
    expect(copies()).toEqual([]);
    expect(again.io.stdout.join("\n")).not.toContain("bản sao");
    // One typed cell is data.
    const wb = await XlsxWorkbook.load(
      ExcelJS,
      readFileSync(join(dir, "lap-lai.xlsx")),
    );
    const [staff] = await wb.inspect(["CB-GV-NV"]);
    await wb.apply([
      { kind: "write", sheet: staff!.name, at: "Z40", cells: [[{ value: 7 }]] },
    ]);
    const filled = Buffer.from(await wb.toBuffer());
    writeFileSync(join(dir, "lap-lai.xlsx"), filled);
    const over = await run("lap-lai.xlsx", "--cap", "thpt", "--ghi-de");
    expect(over.code).toBe(0);
    expect(copies()).toHaveLength(1);
    expect(readFileSync(join(dir, copies()[0]!)).equals(filled)).toBe(true);
  });

  test("usage errors exit 1 with a Vietnamese message; unwritable output exits 3", async () => {
    expect((await run()).io.stderr[0]).toBe("Thiếu tên tệp .xlsx cần tạo.");
    expect((await run("a.xlsx", "--cap", "dai-hoc")).io.stderr[0]).toBe(
      "Cấp học không hợp lệ: “dai-hoc”. Chọn một trong: mam-non, tieu-hoc, thcs, th-thcs, thpt.",
    );
    expect((await run("a.xlsx", "--bogus")).io.stderr[0]).toBe(
      "Tùy chọn không hợp lệ: --bogus",
    );
    expect((await run("a.txt")).code).toBe(1);
    const unwritable = await run("khong-co-thu-muc/a.xlsx");
    expect(unwritable.code).toBe(3);
    expect(unwritable.io.stderr).toEqual([
      "Không ghi được tệp “khong-co-thu-muc/a.xlsx”: thư mục chứa tệp không tồn tại (hãy tạo thư mục trước hoặc chọn thư mục khác). Không có tệp nào bị thay đổi.",
    ]);
    expect(existsSync(join(dir, "a.xlsx"))).toBe(false);
  });
});
