import { ui } from "../strings";
import { needsSourceLine, sourceLine } from "./word-source";

describe("the Word pane says where its figures come from", () => {
  test("the package sent from Excel, or the file picked, by name", () => {
    expect(
      sourceLine(
        { kind: "package", detail: "Sổ Excel đang mở (10:05 2/6/2025)" },
        true,
      ),
    ).toBe(
      "Số liệu lấy từ: bảng Excel vừa gửi sang (Sổ Excel đang mở (10:05 2/6/2025))",
    );
    // The file path is named the same whether or not the store works.
    for (const store of [true, false])
      expect(sourceLine({ kind: "file", detail: "so-dvk.xlsx" }, store)).toBe(
        "Số liệu lấy từ: tệp “so-dvk.xlsx” đã chọn",
      );
  });

  test("before any figures, only the paths this pane offers are named", () => {
    expect(sourceLine(null, true)).toBe(
      "Chưa có số liệu: lấy từ Excel hoặc chọn tệp .xlsx.",
    );
    expect(sourceLine(null, false)).toBe("Chưa có số liệu: chọn tệp .xlsx.");
    expect(needsSourceLine(true)).toContain("Lấy dữ liệu từ Excel");
    expect(needsSourceLine(false)).not.toContain("Lấy dữ liệu từ Excel");
    expect(needsSourceLine(false)).toContain(ui.report.pickFile);
  });

  test("Vietnamese in NFC", () => {
    for (const s of [
      sourceLine({ kind: "package", detail: "x" }, true),
      sourceLine({ kind: "file", detail: "x" }, true),
      sourceLine(null, false),
      needsSourceLine(false),
      ui.report.noStorageWord,
    ])
      expect(s).toBe(s.normalize("NFC"));
  });
});
