import { summariseDonations } from "../donations/summary";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import type { TableData } from "../workbook/types";
import { insertTemplates } from "./insert";
import { readTables, readWorkbook } from "./read";
import { sampleDonations, sampleRoster } from "./sample";

async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await insertTemplates(wb, { level: "th-thcs", sample: true });
  return wb;
}

describe("reading the workbook back", () => {
  test("the sample school reads back into the model, with one finding: the ambiguous 3.28", async () => {
    const { data, findings } = await readWorkbook(await sampleWorkbook());
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "read.unreadable",
        severity: "lỗi",
        sheet: "Sổ tài trợ",
        cell: "I13",
        actual: "3.28",
        message: expect.stringMatching(
          /^Ô I13 \(cột “Số lượng”\): “3\.28” không rõ nghĩa.*Có phải 3\.280\?/,
        ),
      }),
    ]);
    expect(data.general?.values).toMatchObject({
      unitName: "Trường TH&THCS Vĩnh Bình Bắc",
      documentFamily: "state",
      schoolLevel: "th-thcs",
      periodTo: { year: 2023, month: 12, day: 15 },
    });
    expect(data.general?.cells.reportDate).toBe("B11");
    expect(data.staff?.rows).toHaveLength(13);
    expect(data.staff?.rows[0]).toEqual({
      row: 4,
      value: expect.objectContaining({
        category: "leadership",
        label: "Ban giám hiệu",
        total: 3,
        female: 1,
      }),
    });
    expect(data.staff?.rows.reduce((s, r) => s + (r.value.total ?? 0), 0)).toBe(
      52,
    );
    // The "Tổng cộng" row holds formulas no program has computed yet: no typed total.
    expect(data.staff?.totals).toBeNull();
    expect(data.roster?.rows).toHaveLength(sampleRoster().length);
    expect(data.roster?.rows[0].value.personalId).toMatch(/^0\d{11}$/);
    expect(data.roster?.rows[0].value.phone).toMatch(/^09\d{8}$/);
    expect(data.students?.rows.map((r) => r.value.group)).toEqual([
      "Khối 1",
      "Khối 2",
      "Khối 3",
      "Khối 4",
      "Khối 5",
      "Khối 6",
      "Khối 7",
      "Khối 8",
      "Khối 9",
    ]);
    expect(data.donations?.rows).toHaveLength(sampleDonations.length);
    expect(
      summariseDonations(data.donations!.rows.map((r) => r.value)).total,
    ).toBe(332_400_000);
    expect(data.donations?.columns).toMatchObject({
      date: "B",
      donor: "C",
      quantity: "I",
      amount: "K",
    });
    expect(data.models?.rows[1].value).toMatchObject({
      kind: "individual",
      field: "culture",
      status: "achieved",
    });
    expect(data.legalRefs?.rows[0].value).toMatchObject({
      docType: "Nghị quyết",
      number: "25",
      symbol: "NQ/TW",
      used: "yes",
    });
  });

  const table = (
    header: string[],
    rows: unknown[][],
    extra: Partial<TableData> = {},
  ): TableData => ({
    name: "tblDonations",
    sheet: "Sổ tài trợ",
    range: `A3:${String.fromCharCode(64 + header.length)}${3 + rows.length}`,
    header,
    rows: rows as TableData["rows"],
    below: header.map(() => null),
    ...extra,
  });

  test("columns are found by header text: reordered, renamed to a known alias, extra user columns", () => {
    const { data, findings } = readTables([
      table(
        ["Ghi chú riêng", "Số tiền", "Người tài trợ", "Ngày nhận", "Hình thức"],
        [
          ["x", "18,4 triệu", "  Bác sĩ Tổng ", "06/03/2023", "hiện vật"],
          [null, null, null, null, null],
          ["y", 36_000_000, "Bảo Việt", 44996, "Tiền mặt"],
        ],
      ),
    ]);
    expect(findings).toEqual([]);
    expect(
      data.donations?.rows.map((r) => [
        r.row,
        r.value.amount,
        r.value.donor,
        r.value.date,
        r.value.form,
      ]),
    ).toEqual([
      [
        4,
        18_400_000,
        "Bác sĩ Tổng",
        { year: 2023, month: 3, day: 6 },
        "inKind",
      ],
      [6, 36_000_000, "Bảo Việt", { year: 2023, month: 3, day: 11 }, "cash"],
    ]);
    expect(data.donations?.columns).toMatchObject({
      amount: "B",
      donor: "C",
      date: "D",
      form: "E",
    });
  });

  test("a deleted required column, text in number columns, unknown list values, impossible dates", () => {
    const { findings } = readTables([
      table(
        ["Ngày", "Nhà tài trợ", "Hình thức", "Số lượng"],
        [
          ["31/02/2023", "A", "séc", "ba mươi"],
          [45000, "B", "Tiền mặt", -5],
        ],
      ),
    ]);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ["read.missing-column", "A3"],
      ["read.unreadable", "A4"],
      ["read.unreadable", "C4"],
      ["read.unreadable", "D4"],
      ["read.invalid", "D5"],
    ]);
    expect(findings[0].message).toBe(
      "Bảng “tblDonations” (sheet “Sổ tài trợ”) thiếu cột “Thành tiền”; không đọc được dữ liệu của cột này.",
    );
    expect(findings[1].message).toMatch(/tháng 2 năm 2023 có 28 ngày/);
    expect(findings[2].message).toMatch(
      /“séc” không có trong danh sách \(Tiền mặt; Chuyển khoản; Hiện vật\)/,
    );
    expect(findings[4].message).toBe("Số lượng: số lượng không được âm.");
  });

  test("a phone number stored as a number is flagged (its leading zero is lost); '=' text stays text", () => {
    const { data, findings } = readTables([
      {
        name: "tblRoster",
        sheet: "DS CB-GV-NV",
        range: "A3:C5",
        header: ["Họ và tên", "Điện thoại", "Vị trí việc làm"],
        rows: [
          ["=Nguyễn Văn A", 912345678, "Giáo viên"],
          ["Lê Thị B", "0912345678", "BGH"],
        ],
        below: [null, null, null],
      },
    ]);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["read.code-as-number", "cảnh báo", "B4"],
      ["read.unreadable", "lỗi", "C5"],
    ]);
    expect(data.roster?.rows[0].value.fullName).toBe("=Nguyễn Văn A");
  });

  test("tables that are not there read as null", () => {
    expect(readTables([]).data).toEqual({
      general: null,
      staff: null,
      roster: null,
      students: null,
      donations: null,
      models: null,
      legalRefs: null,
      party: null,
      evaluations: null,
      narrative: null,
    });
  });

  test("a staff table pasted from another file: reordered and extra columns, counts as text, a blank row, a typed total row inside, a label in TCVN3", () => {
    const { data, findings } = readTables([
      {
        name: "tblStaff",
        sheet: "CB-GV-NV",
        range: "A3:E10",
        header: ["Nhóm", "Nữ", "Tổng số", "Trình độ", "Đảng viên chính thức"],
        rows: [
          ["BGH", "02", "03", "Thạc sĩ", " 3"],
          ["Gi¸o viªn", 36, "40", "Đại học", 14],
          [null, null, null, null, null],
          ["Nhân viên nuôi dưỡng", 18, 18, null, null],
          ["Lớp ghép", null, 1, null, null],
          ["Tổng cộng", 56, "65", null, 17],
          [null, null, null, null, null],
        ],
        below: [null, null, null, null, null],
      },
    ]);
    const staff = data.staff!;
    // The total row is a total, not a group: three groups and an unknown one are data.
    expect(
      staff.rows.map((r) => [
        r.row,
        r.value.label,
        r.value.category,
        r.value.total,
        r.value.female,
      ]),
    ).toEqual([
      [4, "BGH", "leadership", 3, 2],
      [5, "Giáo viên", "teacher", 40, 36],
      [7, "Nhân viên nuôi dưỡng", "cook", 18, 18],
      [8, "Lớp ghép", null, 1, null],
    ]);
    expect(staff.totals).toEqual({
      row: 9,
      label: "Tổng cộng",
      kind: "grand",
      place: "inside",
      values: { total: 65, female: 56, partyFull: 17 },
      computed: [],
      covers: [4, 5, 7, 8],
    });
    expect(staff.columns).toMatchObject({
      label: "A",
      female: "B",
      total: "C",
      partyFull: "E",
    });
    expect(findings).toEqual([]);
  });

  test("subtotal rows (“Cộng”) total their block; the grand total everything above", () => {
    const { data } = readTables([
      {
        name: "tblStudents",
        sheet: "Học sinh",
        range: "A3:C9",
        header: ["Khối / nhóm", "Số lớp", "Số học sinh"],
        rows: [
          ["Khối 1", 2, 60],
          ["Khối 2", 2, 62],
          ["Cộng khối 1–2", 4, 122],
          ["Khối 6", 3, 130],
          ["Cộng", 3, 130],
          ["Toàn trường", 7, 252],
        ],
        below: [null, null, null],
      },
    ]);
    const s = data.students!;
    expect(s.rows.map((r) => r.value.group)).toEqual([
      "Khối 1",
      "Khối 2",
      "Khối 6",
    ]);
    expect(s.typedTotals.map((t) => [t.row, t.kind, t.covers])).toEqual([
      [6, "sub", [4, 5]],
      [8, "sub", [7]],
      [9, "grand", [4, 5, 7]],
    ]);
    expect(s.totals?.row).toBe(9);
  });
});
