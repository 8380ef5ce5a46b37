/* The bad-input table: the real `dvk` (node bin/dvk.cjs, as installed) run on what careless users
 * and attackers give it — the input as its own output (same path, hard link, symbolic link), an
 * input without extension, a workbook full of data under `mau --ghi-de`, outputs that cannot be
 * written, every wrong format, bad option values, a 32,767-character cell. Each row: the exit
 * code, a Vietnamese message, no English text, and every file in the folder byte-identical
 * afterwards except the one expected output or backup. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { memoryIo } from "../../src/cli/io";
import { baoCaoCommand } from "../../src/cli/commands/bao-cao";
import { mauCommand } from "../../src/cli/commands/mau";
import { detectFileFormat } from "../../src/core/workbook/file-format";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { sofficeConvert } from "../support/libreoffice";
import { requireTool } from "../support/tools";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "dvk.cjs");

/** Library or Node text that must never reach the user. */
const ENGLISH =
  /Error|ENOENT|EISDIR|EACCES|ENOTDIR|ENOSPC|Cannot|cannot|undefined|NaN|\bnull\b|zip file|central directory|\bat \S+ \(|Unexpected|Invalid/;

/** The fixtures every row's folder starts with. */
const fixtures = mkdtempSync(join(tmpdir(), "dvk-bad-fixtures-"));

/** An OLE compound file (old Office) naming `streams` in its directory, in UTF-16LE. */
function compound(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((s, k) =>
    [...s].forEach(
      (ch, i) => (bytes[1024 + k * 128 + i * 2] = ch.charCodeAt(0)),
    ),
  );
  return bytes;
}

/** Converts with LibreOffice (a private profile); returns the converted bytes. */
function soffice(file: string, format: "ods" | "xls"): Buffer {
  const made = sofficeConvert(file, format);
  try {
    return readFileSync(made);
  } finally {
    rmSync(dirname(made), { recursive: true, force: true });
  }
}

const LONG = "Nguyễn Văn A 12 ".repeat(3000).slice(0, 32767);

beforeAll(async () => {
  const io = memoryIo(fixtures);
  // The base: the sample workbook exactly as `dvk mau x.xlsx --du-lieu-mau` writes it.
  expect(await mauCommand(["so.xlsx", "--du-lieu-mau"], io)).toBe(0);
  const so = readFileSync(join(fixtures, "so.xlsx"));
  writeFileSync(join(fixtures, "so-lieu"), so);
  // A real report draft, for the "Word document given as workbook" rows.
  expect(
    await baoCaoCommand(
      ["so.xlsx", "--loai", "so-ket", "-o", "bao-cao.docx"],
      io,
    ),
  ).toBe(0);
  // Old formats: real files from LibreOffice when it is here, minimal crafted ones otherwise.
  if (requireTool("soffice")) {
    writeFileSync(
      join(fixtures, "so.ods"),
      soffice(join(fixtures, "so.xlsx"), "ods"),
    );
    writeFileSync(
      join(fixtures, "so.xls"),
      soffice(join(fixtures, "so.xlsx"), "xls"),
    );
  } else {
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", "<office:document-content/>");
    writeFileSync(
      join(fixtures, "so.ods"),
      await ods.generateAsync({ type: "uint8array" }),
    );
    writeFileSync(join(fixtures, "so.xls"), compound("Workbook"));
  }
  writeFileSync(
    join(fixtures, "mat-khau.xlsx"),
    compound("EncryptionInfo", "EncryptedPackage"),
  );
  writeFileSync(join(fixtures, "cu.doc"), compound("WordDocument"));
  writeFileSync(
    join(fixtures, "danh-sach.xls"),
    '\uFEFF<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>STT</td><td>Họ và tên</td></tr><tr><td>1</td><td>Nguyễn Văn A</td></tr></table></body></html>',
  );
  writeFileSync(
    join(fixtures, "bang.csv"),
    "STT;Họ và tên;Ngày sinh\r\n1;Nguyễn Văn A;01/02/1990\r\n",
  );
  writeFileSync(join(fixtures, "rong.xlsx"), "");
  // Random bytes (a fixed generator: the same file every run), not starting like any format.
  let seed = 12345;
  const random = Uint8Array.from({ length: 4096 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed >> 16;
  });
  random[0] = 0x07;
  writeFileSync(join(fixtures, "ngau-nhien.xlsx"), random);
  // A macro-enabled workbook: the sample with a VBA project part.
  const xlsm = await JSZip.loadAsync(so);
  xlsm.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  writeFileSync(
    join(fixtures, "macro.xlsm"),
    await xlsm.generateAsync({ type: "uint8array" }),
  );
  const xlsb = new JSZip();
  xlsb.file("[Content_Types].xml", "<Types/>");
  xlsb.file("xl/workbook.bin", new Uint8Array([1, 2, 3]));
  writeFileSync(
    join(fixtures, "nhi-phan.xlsb"),
    await xlsb.generateAsync({ type: "uint8array" }),
  );
  // A 32,767-character text (Excel's cell limit) where the student table wants a number.
  const wb = await XlsxWorkbook.load(ExcelJS, so, "so.xlsx");
  const [students] = await wb.readTables(["tblStudents"]);
  const top = Number(/\d+/.exec(students!.range)![0]);
  await wb.apply([
    {
      kind: "write",
      sheet: students!.sheet,
      at: `B${top + 1}`,
      cells: [[{ value: LONG }]],
    },
  ]);
  writeFileSync(join(fixtures, "dai.xlsx"), await wb.toBuffer());
}, 600_000);

afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

/** Every entry under `dir`: a file's SHA-256, a link's target, or "thư mục". */
function snapshot(dir: string, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = prefix + name;
    const st = lstatSync(path);
    if (st.isSymbolicLink()) out.set(rel, `→ ${readlinkSync(path)}`);
    else if (st.isDirectory()) {
      out.set(rel, "thư mục");
      for (const [k, v] of snapshot(path, `${rel}/`)) out.set(k, v);
    } else
      out.set(
        rel,
        createHash("sha256").update(readFileSync(path)).digest("hex"),
      );
  }
  return out;
}

interface Row {
  /** What the user did. */
  readonly name: string;
  readonly args: readonly string[];
  /** Links and folders the row needs, made in its folder before the run. */
  readonly setup?: (dir: string) => void;
  readonly exit: number;
  /** A fragment of stdout + stderr (Vietnamese). */
  readonly says: string | RegExp;
  /** New entries allowed (each must appear exactly once); nothing else may appear. */
  readonly added?: readonly RegExp[];
  /** Entries that must change; every other entry stays byte-identical. */
  readonly changed?: readonly string[];
  readonly check?: (
    dir: string,
    before: Map<string, string>,
    output: string,
  ) => void;
}

const REPORT = ["--loai", "so-ket"];

const rows: readonly Row[] = [
  {
    name: "bao-cao -o the input itself",
    args: ["bao-cao", "so.xlsx", ...REPORT, "-o", "so.xlsx"],
    exit: 1,
    says: "Tệp kết quả “so.xlsx” chính là tệp đầu vào",
  },
  {
    name: "bao-cao -o the input itself, with --ghi-de",
    args: ["bao-cao", "so.xlsx", ...REPORT, "-o", "so.xlsx", "--ghi-de"],
    exit: 1,
    says: "kể cả khi có --ghi-de",
  },
  {
    name: "bao-cao -o the input by another path",
    args: [
      "bao-cao",
      "./con/../so.xlsx",
      ...REPORT,
      "-o",
      "so.xlsx",
      "--ghi-de",
    ],
    setup: (dir) => mkdirSync(join(dir, "con")),
    exit: 1,
    says: "chính là tệp đầu vào “./con/../so.xlsx”",
  },
  {
    name: "bao-cao -o a hard link to the input, with --ghi-de",
    args: ["bao-cao", "so.xlsx", ...REPORT, "-o", "cung.docx", "--ghi-de"],
    setup: (dir) => linkSync(join(dir, "so.xlsx"), join(dir, "cung.docx")),
    exit: 1,
    says: "Tệp kết quả “cung.docx” chính là tệp đầu vào “so.xlsx” (cùng một tệp",
  },
  {
    name: "bao-cao -o a symbolic link to the input, with --ghi-de",
    args: ["bao-cao", "so.xlsx", ...REPORT, "-o", "lien-ket.docx", "--ghi-de"],
    setup: (dir) => symlinkSync("so.xlsx", join(dir, "lien-ket.docx")),
    exit: 1,
    says: "Tệp kết quả “lien-ket.docx” chính là tệp đầu vào “so.xlsx”",
  },
  {
    name: "bao-cao of an input without extension: the default output is not the input",
    args: ["bao-cao", "so-lieu", ...REPORT],
    exit: 0,
    says: "Đã soạn so-lieu-so-ket.docx",
    added: [/^so-lieu-so-ket\.docx$/],
    check: (dir) =>
      expect(
        detectFileFormat(readFileSync(join(dir, "so-lieu-so-ket.docx"))),
      ).toBe("docx"),
  },
  {
    name: "mau over an existing workbook without --ghi-de",
    args: ["mau", "so.xlsx"],
    exit: 1,
    says: "Tệp “so.xlsx” đã có; không ghi đè",
  },
  {
    name: "mau --ghi-de over a workbook full of data: a dated copy kept, and said",
    args: ["mau", "so.xlsx", "--ghi-de"],
    exit: 0,
    says: /Sổ cũ có số liệu: đã giữ bản sao “so \(trước khi ghi đè \d{4}-\d\d-\d\d \d{6}\)\.xlsx” bên cạnh/,
    changed: ["so.xlsx"],
    added: [/^so \(trước khi ghi đè \d{4}-\d\d-\d\d \d{6}\)\.xlsx$/],
    check: (dir, before) => {
      const copy = readdirSync(dir).find((n) => n.startsWith("so (trước"))!;
      expect(
        createHash("sha256")
          .update(readFileSync(join(dir, copy)))
          .digest("hex"),
      ).toBe(before.get("so.xlsx"));
    },
  },
  {
    name: "bao-cao into a missing folder",
    args: ["bao-cao", "so.xlsx", ...REPORT, "-o", "khong-co/bao-cao.docx"],
    exit: 3,
    says: "Không ghi được tệp “khong-co/bao-cao.docx”: thư mục chứa tệp không tồn tại",
  },
  {
    name: "bao-cao onto a folder",
    args: ["bao-cao", "so.xlsx", ...REPORT, "-o", "thu-muc.docx", "--ghi-de"],
    setup: (dir) => mkdirSync(join(dir, "thu-muc.docx")),
    exit: 3,
    says: "Không ghi được tệp “thu-muc.docx”: đây là một thư mục, không phải tệp.",
  },
  {
    name: "bao-cao below a file as if it were a folder",
    args: ["bao-cao", "so.xlsx", ...REPORT, "-o", "bang.csv/bao-cao.docx"],
    exit: 3,
    says: "một phần của đường dẫn là tệp chứ không phải thư mục",
  },
  {
    name: "mau into a missing folder",
    args: ["mau", "khong-co/moi.xlsx"],
    exit: 3,
    says: "Không ghi được tệp “khong-co/moi.xlsx”: thư mục chứa tệp không tồn tại",
  },
  {
    name: "mau onto a folder",
    args: ["mau", "thu-muc.xlsx", "--ghi-de"],
    setup: (dir) => mkdirSync(join(dir, "thu-muc.xlsx")),
    exit: 3,
    says: "Không ghi được tệp “thu-muc.xlsx”: đây là một thư mục",
  },
  {
    name: "kiem-tra an OpenDocument spreadsheet",
    args: ["kiem-tra", "so.ods"],
    exit: 2,
    says: "Tệp “so.ods” là bảng tính OpenDocument (.ods). Trong LibreOffice Calc chọn Tệp → Lưu thành",
  },
  {
    name: "bao-cao of a Word document given as workbook",
    args: ["bao-cao", "bao-cao.docx", ...REPORT],
    exit: 2,
    says: "Tệp “bao-cao.docx” là tài liệu Word (.docx), không phải sổ Excel",
  },
  {
    name: "kiem-tra a password-protected workbook",
    args: ["kiem-tra", "mat-khau.xlsx"],
    exit: 2,
    says: "Tệp “mat-khau.xlsx” được đặt mật khẩu (đã mã hóa) nên không đọc được. Mở tệp bằng Excel, bỏ mật khẩu",
  },
  {
    name: "kiem-tra an Excel 97–2003 workbook",
    args: ["kiem-tra", "so.xls"],
    exit: 2,
    says: "Tệp “so.xls” là sổ Excel cũ (.xls, Excel 97–2003); DVK đọc tệp .xlsx: mở tệp bằng Excel",
  },
  {
    name: "kiem-tra an HTML table saved as .xls",
    args: ["kiem-tra", "danh-sach.xls"],
    exit: 2,
    says: "Tệp “danh-sach.xls” không phải sổ Excel thật mà là một trang web (bảng HTML)",
  },
  {
    name: "kiem-tra a CSV file",
    args: ["kiem-tra", "bang.csv"],
    exit: 2,
    says: "Tệp “bang.csv” là văn bản (CSV hoặc tương tự), không phải sổ Excel",
  },
  {
    name: "bao-cao of an .xlsb",
    args: ["bao-cao", "nhi-phan.xlsb", ...REPORT],
    exit: 2,
    says: "Tệp “nhi-phan.xlsb” là sổ Excel dạng nhị phân (.xlsb)",
  },
  {
    name: "kiem-tra a Word 97–2003 document",
    args: ["kiem-tra", "cu.doc"],
    exit: 2,
    says: "Tệp “cu.doc” là tài liệu Word cũ (.doc), không phải sổ Excel",
  },
  {
    name: "kiem-tra an empty file",
    args: ["kiem-tra", "rong.xlsx"],
    exit: 2,
    says: "Tệp “rong.xlsx” rỗng (0 byte)",
  },
  {
    name: "kiem-tra random bytes",
    args: ["kiem-tra", "ngau-nhien.xlsx"],
    exit: 2,
    says: "Tệp “ngau-nhien.xlsx” không phải sổ Excel .xlsx (không nhận ra định dạng của tệp)",
  },
  {
    name: "kiem-tra a folder",
    args: ["kiem-tra", "thu-muc.xlsx"],
    setup: (dir) => mkdirSync(join(dir, "thu-muc.xlsx")),
    exit: 2,
    says: "Không đọc được tệp “thu-muc.xlsx”: đây là một thư mục, không phải tệp.",
  },
  {
    name: "kiem-tra a missing file",
    args: ["kiem-tra", "khong-co.xlsx"],
    exit: 2,
    says: "Không đọc được tệp “khong-co.xlsx”: không có tệp này.",
  },
  {
    name: "bao-cao of a missing file",
    args: ["bao-cao", "khong-co.xlsx", ...REPORT],
    exit: 2,
    says: "Không đọc được tệp “khong-co.xlsx”: không có tệp này.",
  },
  {
    name: "kiem-tra a macro-enabled workbook reads it",
    args: ["kiem-tra", "macro.xlsm"],
    exit: 1,
    says: "macro.xlsm: 1 lỗi",
  },
  {
    name: "nhap-bao-cao into a macro-enabled workbook: refused, macros would be lost",
    args: ["nhap-bao-cao", "bao-cao.docx", "macro.xlsm"],
    exit: 1,
    says: "Sổ “macro.xlsm” có macro (.xlsm); ghi lại sổ này sẽ làm mất macro",
  },
  {
    name: "nhap-bao-cao with the two files swapped",
    args: ["nhap-bao-cao", "so.xlsx", "bao-cao.docx"],
    exit: 2,
    says: /bảng tính, không phải báo cáo Word[\s\S]*Hai tệp có vẻ bị đảo thứ tự/,
  },
  {
    name: "nhap-bao-cao of a workbook given as the report, a hard link to the workbook",
    args: ["nhap-bao-cao", "cung.docx", "so.xlsx"],
    setup: (dir) => linkSync(join(dir, "so.xlsx"), join(dir, "cung.docx")),
    exit: 1,
    says: "chính là tệp đầu vào “cung.docx”",
  },
  {
    name: "nhap-bao-cao of an old .doc report",
    args: ["nhap-bao-cao", "cu.doc", "so.xlsx"],
    exit: 2,
    says: "cu.doc: Tệp báo cáo là tài liệu Word cũ (.doc, Word 97–2003)",
  },
  {
    name: "nhap-bao-cao into an .ods",
    args: ["nhap-bao-cao", "bao-cao.docx", "so.ods"],
    exit: 2,
    says: "Tệp “so.ods” là bảng tính OpenDocument (.ods)",
  },
  {
    name: "bao-cao --mo-hinh 999",
    args: [
      "bao-cao",
      "so.xlsx",
      "--loai",
      "dang-ky-mo-hinh",
      "--mo-hinh",
      "999",
    ],
    exit: 1,
    says: /--mo-hinh 999: sổ chỉ có \d+ mô hình; chọn số từ 1 đến \d+\. Các mô hình: 1\. /,
  },
  {
    name: "bao-cao --mo-hinh abc",
    args: [
      "bao-cao",
      "so.xlsx",
      "--loai",
      "dang-ky-mo-hinh",
      "--mo-hinh",
      "abc",
    ],
    exit: 1,
    says: "một số nguyên từ 1 trở lên: “abc” không hợp lệ",
  },
  {
    name: "bao-cao --mo-hinh 0",
    args: ["bao-cao", "so.xlsx", "--loai", "dang-ky-mo-hinh", "--mo-hinh", "0"],
    exit: 1,
    says: "“0” không hợp lệ",
  },
  {
    name: "bao-cao --mo-hinh 2 (valid): written",
    args: ["bao-cao", "so.xlsx", "--loai", "dang-ky-mo-hinh", "--mo-hinh", "2"],
    exit: 0,
    says: "Đã soạn so-dang-ky-mo-hinh.docx",
    added: [/^so-dang-ky-mo-hinh\.docx$/],
  },
  {
    name: "bao-cao with an unknown --loai",
    args: ["bao-cao", "so.xlsx", "--loai", "bao-cao-khac"],
    exit: 1,
    says: "Loại báo cáo không hợp lệ: “bao-cao-khac”. Chọn: ",
  },
  {
    name: "kiem-tra a 32,767-character cell: the finding quotes a readable part of it",
    args: ["kiem-tra", "dai.xlsx"],
    exit: 1,
    says: "Ô B4 (cột “Số lớp”)",
    check: (_dir, _before, output) => {
      const lines = output.split("\n");
      expect(lines.some((l) => l.includes("Nguyễn Văn A 12"))).toBe(true);
      const longest = Math.max(...lines.map((l) => l.length));
      expect(longest).toBeLessThan(400);
    },
  },
];

describe("dvk on bad input: exit code, Vietnamese message, files untouched", () => {
  test.each(rows.map((r) => [r.name, r] as const))(
    "%s",
    (_, row) => {
      const dir = mkdtempSync(join(tmpdir(), "dvk-bad-"));
      try {
        for (const f of readdirSync(fixtures))
          copyFileSync(join(fixtures, f), join(dir, f));
        row.setup?.(dir);
        const before = snapshot(dir);
        const run = spawnSync(process.execPath, [bin, ...row.args], {
          cwd: dir,
          encoding: "utf8",
          timeout: 300_000,
        });
        const output = `${run.stdout}\n${run.stderr}`;
        expect({ exit: run.status, output }).toMatchObject({
          exit: row.exit,
        });
        if (typeof row.says === "string") expect(output).toContain(row.says);
        else expect(output).toMatch(row.says);
        expect(output).not.toMatch(ENGLISH);
        expect(output).toBe(output.normalize("NFC"));
        const after = snapshot(dir);
        for (const [name, hash] of before) {
          if (row.changed?.includes(name))
            expect([name, after.get(name)]).not.toEqual([name, hash]);
          else expect([name, after.get(name)]).toEqual([name, hash]);
        }
        const added = [...after.keys()].filter((k) => !before.has(k));
        const patterns = row.added ?? [];
        expect(added.filter((a) => !patterns.some((p) => p.test(a)))).toEqual(
          [],
        );
        for (const p of patterns)
          expect(added.filter((a) => p.test(a))).toHaveLength(1);
        row.check?.(dir, before, output);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
