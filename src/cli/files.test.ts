import fs, {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  backup,
  fileErrorMessage,
  readInput,
  sameFile,
  writeFileAtomic,
  writeOutput,
} from "./files";
import { memoryIo } from "./io";

const errno = (code: string) =>
  Object.assign(new Error(`${code}: English text from Node`), { code });

/** Makes the next fs.writeFileSync write half of its bytes, then fail as a full disk does. */
function diskFullOnNextWrite(): jest.SpyInstance {
  const real = fs.writeFileSync;
  return jest
    .spyOn(fs, "writeFileSync")
    .mockImplementationOnce((file, data) => {
      const bytes = data as Uint8Array;
      real(file as number, bytes.subarray(0, bytes.length >> 1));
      throw errno("ENOSPC");
    });
}

describe("fileErrorMessage: every errno in Vietnamese, naming the file", () => {
  test.each([
    ["ENOENT", "đọc", "Không đọc được tệp “a.xlsx”: không có tệp này."],
    [
      "ENOENT",
      "ghi",
      "Không ghi được tệp “a.xlsx”: thư mục chứa tệp không tồn tại (hãy tạo thư mục trước hoặc chọn thư mục khác).",
    ],
    [
      "EISDIR",
      "đọc",
      "Không đọc được tệp “a.xlsx”: đây là một thư mục, không phải tệp.",
    ],
    ["ENOTDIR", "ghi", "một phần của đường dẫn là tệp"],
    ["EACCES", "ghi", "không có quyền ghi"],
    ["EPERM", "đọc", "không có quyền đọc"],
    ["ENOSPC", "ghi", "ổ đĩa đã đầy"],
    ["EROFS", "ghi", "chỉ cho phép đọc"],
    ["EEXIST", "ghi", "đã có tệp trùng tên"],
    ["EMFILE", "đọc", "quá nhiều tệp"],
    ["EBUSY", "ghi", "đang được chương trình khác mở"],
    ["ENAMETOOLONG", "ghi", "quá dài"],
    ["EIO", "đọc", "lỗi đọc ổ đĩa"],
    ["ERR_FS_FILE_TOO_LARGE", "đọc", "tệp quá lớn"],
    [
      "EWHATEVER",
      "ghi",
      "Không ghi được tệp “a.xlsx”: lỗi hệ thống (mã EWHATEVER).",
    ],
  ] as const)("%s (%s)", (code, action, expected) => {
    const m = fileErrorMessage(errno(code), "a.xlsx", action);
    expect(m).toContain(expected);
    expect(m).toContain("“a.xlsx”");
    expect(m).toBe(m.normalize("NFC"));
    expect(m).not.toMatch(/English|Error|no such|permission denied/i);
  });

  test("an error without a code", () => {
    expect(fileErrorMessage(new Error("boom"), "b.docx", "ghi")).toBe(
      "Không ghi được tệp “b.docx”: lỗi hệ thống không rõ nguyên nhân.",
    );
  });
});

describe("sameFile: paths, symbolic links and hard links", () => {
  const dir = mkdtempSync(join(tmpdir(), "dvk-same-"));
  writeFileSync(join(dir, "a.xlsx"), "a");
  writeFileSync(join(dir, "b.xlsx"), "a");
  linkSync(join(dir, "a.xlsx"), join(dir, "cung.xlsx"));
  symlinkSync(join(dir, "a.xlsx"), join(dir, "lien-ket.xlsx"));
  mkdirSync(join(dir, "con"));

  test.each([
    ["a.xlsx", "a.xlsx", true],
    ["a.xlsx", "con/../a.xlsx", true],
    ["a.xlsx", "cung.xlsx", true],
    ["lien-ket.xlsx", "a.xlsx", true],
    ["a.xlsx", "b.xlsx", false],
    ["a.xlsx", "khong-co.xlsx", false],
  ])("%s ~ %s: %s", (x, y, same) => {
    expect(sameFile(join(dir, x), join(dir, y))).toBe(same);
  });
});

describe("writeFileAtomic: the old file or the new one, never a part", () => {
  const dir = mkdtempSync(join(tmpdir(), "dvk-atomic-"));
  const listing = () => readdirSync(dir).sort();
  afterEach(() => jest.restoreAllMocks());

  test("a full disk while replacing: the old file byte-identical, no temporary file left", () => {
    const file = join(dir, "so.xlsx");
    const old = Buffer.from("sổ cũ với số liệu quý giá");
    writeFileSync(file, old);
    const before = listing();
    const spy = diskFullOnNextWrite();
    expect(() => writeFileAtomic(file, new Uint8Array(4096).fill(7))).toThrow(
      expect.objectContaining({ code: "ENOSPC" }),
    );
    expect(spy).toHaveBeenCalledTimes(1);
    expect(readFileSync(file).equals(old)).toBe(true);
    expect(listing()).toEqual(before);
  });

  test("a full disk while creating: no file, no partial file", () => {
    const before = listing();
    diskFullOnNextWrite();
    const io = memoryIo(dir);
    expect(
      writeOutput(io, "moi.docx", join(dir, "moi.docx"), new Uint8Array(100)),
    ).toBe(3);
    expect(io.stderr).toEqual([
      "Không ghi được tệp “moi.docx”: ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại. Không có tệp nào bị thay đổi.",
    ]);
    expect(listing()).toEqual(before);
  });

  test("the partial write really happened (the test can fail): without the clean-up a temporary file would remain", () => {
    const seen: string[] = [];
    const real = fs.writeFileSync;
    jest.spyOn(fs, "writeFileSync").mockImplementationOnce((file, data) => {
      real(file as number, (data as Uint8Array).subarray(0, 1));
      seen.push(...readdirSync(dir).filter((n) => n.endsWith(".tmp")));
      throw errno("ENOSPC");
    });
    expect(() =>
      writeFileAtomic(join(dir, "x.docx"), new Uint8Array(8)),
    ).toThrow();
    expect(seen).toHaveLength(1);
    expect(listing()).not.toContain(seen[0]);
  });

  test("replaces in place, keeps the permissions, follows a symbolic link", () => {
    const real = join(dir, "that.xlsx");
    writeFileSync(real, "cũ");
    chmodSync(real, 0o640);
    symlinkSync(real, join(dir, "link.xlsx"));
    writeFileAtomic(join(dir, "link.xlsx"), Buffer.from("mới"));
    expect(lstatSync(join(dir, "link.xlsx")).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("mới");
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(listing().filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("onto a folder or into a missing folder: exit 3, Vietnamese, nothing changed", () => {
    mkdirSync(join(dir, "thu-muc.docx"));
    const before = listing();
    const io = memoryIo(dir);
    expect(
      writeOutput(
        io,
        "thu-muc.docx",
        join(dir, "thu-muc.docx"),
        new Uint8Array(1),
      ),
    ).toBe(3);
    expect(
      writeOutput(
        io,
        "khong/x.docx",
        join(dir, "khong", "x.docx"),
        new Uint8Array(1),
      ),
    ).toBe(3);
    expect(io.stderr[0]).toContain("Không ghi được tệp “thu-muc.docx”: ");
    expect(io.stderr[1]).toContain("thư mục chứa tệp không tồn tại");
    expect(io.stderr.join("\n")).not.toMatch(/E[A-Z]{3,}|Error/);
    expect(listing()).toEqual(before);
  });
});

describe("backup and readInput", () => {
  const dir = mkdtempSync(join(tmpdir(), "dvk-backup-"));

  test("a backup never replaces an earlier one of the same second", () => {
    const file = join(dir, "so.xlsx");
    writeFileSync(file, "1");
    const now = new Date(2026, 11, 2, 1, 5, 9);
    const first = backup(file, "ghi đè", now);
    writeFileSync(file, "2");
    const second = backup(file, "ghi đè", now);
    expect(first).toBe(
      join(dir, "so (trước khi ghi đè 2026-12-02 010509).xlsx"),
    );
    expect(second).toBe(
      join(dir, "so (trước khi ghi đè 2026-12-02 010509) (2).xlsx"),
    );
    expect(readFileSync(first, "utf8")).toBe("1");
    expect(readFileSync(second, "utf8")).toBe("2");
  });

  test("readInput: errno and format in Vietnamese, exit 2", () => {
    const io = memoryIo(dir);
    writeFileSync(join(dir, "bang.csv"), "STT;Họ và tên\n1;A\n");
    expect(readInput(io, "bang.csv", join(dir, "bang.csv"), "workbook")).toBe(
      2,
    );
    expect(readInput(io, ".", dir, "workbook")).toBe(2);
    expect(readInput(io, "bang.csv", join(dir, "bang.csv"), "docx")).toBe(2);
    expect(io.stderr).toEqual([
      expect.stringContaining("Tệp “bang.csv” là văn bản (CSV hoặc tương tự)"),
      "Không đọc được tệp “.”: đây là một thư mục, không phải tệp.",
      expect.stringContaining(
        "bang.csv: Tệp này không phải tài liệu Word .docx",
      ),
    ]);
  });
});
