import { generalOf, serial, tableOf } from "../../../test/support/tables";
import { readTables } from "../sheets/read";
import {
  donationsSpec,
  legalRefsSpec,
  modelsSpec,
  rosterSpec,
  staffSpec,
  studentsSpec,
} from "../sheets/specs";
import type { TableData } from "../workbook/types";
import type { Finding } from "./finding";
import { DEFAULT_SETTINGS } from "./rule";
import { runChecks } from "./run";

const GENERAL_OK = {
  unitName: "Trường THCS Lý Tự Trọng",
  superiorBody: "Đảng ủy phường Giếng Đáy",
  documentFamily: "Đảng",
  schoolLevel: "THCS",
  place: "Giếng Đáy",
  periodFrom: serial(1, 1, 2023),
  periodTo: serial(31, 12, 2023),
  reportDate: serial(31, 12, 2023),
  documentNumber: "01",
  documentSymbol: "BC/CB",
  signerName: "Bùi Hoàng Anh",
  signerTitle: "BÍ THƯ",
  signerAuthority: "T/M",
  authorityBody: "CHI ỦY",
};

/** Findings of the rules named `prefix` for the given tables (with a complete general sheet). */
function check(
  prefix: string,
  tables: TableData[],
  general: Record<string, unknown> = GENERAL_OK,
  settings = DEFAULT_SETTINGS,
): Finding[] {
  const all = runChecks(
    readTables([generalOf(general as never), ...tables]),
    settings,
  ).findings;
  return all.filter((f) => f.rule.startsWith(prefix));
}

describe("staff rules", () => {
  const rows = [
    { label: "Ban giám hiệu", total: 3, female: 2, partyFull: 3 },
    {
      label: "Giáo viên",
      total: 40,
      female: 30,
      partyFull: 14,
      partyProbationary: 4,
    },
    { label: "Nấu ăn / nuôi dưỡng", total: 12, female: 12 },
    { label: "Kế toán", total: 1 },
    { label: "Văn thư", total: 1 },
    { label: "Y tế", total: 1 },
    { label: "Bảo vệ", total: 3 },
  ];
  test("a totals row that adds up passes", () => {
    expect(
      check("staff", [
        tableOf(staffSpec, rows, {
          total: 61,
          female: 44,
          partyFull: 17,
          partyProbationary: 4,
        }),
      ]),
    ).toEqual([]);
  });
  test("a typed total that does not add up names the figures", () => {
    const [f] = check("staff", [tableOf(staffSpec, rows, { total: 65 })]);
    expect(f).toEqual({
      rule: "staff.total",
      severity: "lỗi",
      sheet: "CB-GV-NV",
      cell: "B11",
      message: "Tổng CB-GV-NV 65 ≠ BGH 3 + GV 40 + NV 18 = 61, lệch 4.",
      expected: 61,
      actual: 65,
    });
  });
  test("parts above their total, Party members above staff, unknown categories", () => {
    const bad = check("staff", [
      tableOf(
        staffSpec,
        [
          {
            label: "Giáo viên",
            total: 10,
            female: 12,
            partyFull: 8,
            partyProbationary: 3,
          },
          { label: "Bí thư đoàn", total: 1 },
        ],
        { total: 11, partyFull: 8, partyProbationary: 3, female: 12 },
      ),
    ]);
    expect(bad.map((f) => [f.rule, f.cell])).toEqual([
      ["staff.parts", "C4"],
      ["staff.parts", "E4"],
      ["staff.category", "A5"],
    ]);
    expect(bad[1].message).toBe(
      "Nhóm “Giáo viên”: đảng viên 8 + 3 = 11 > tổng số 10.",
    );
    const party = check("staff.party", [
      tableOf(
        staffSpec,
        [{ label: "Giáo viên", total: 10, partyFull: 9, partyProbationary: 1 }],
        { total: 9, partyFull: 9, partyProbationary: 1 },
      ),
    ]);
    expect(party.map((f) => f.message)).toEqual([
      "Đảng viên 9 + 1 = 10 > tổng CB-GV-NV 9.",
    ]);
  });
});

describe("student rules", () => {
  const kinder = { ...GENERAL_OK, schoolLevel: "Mầm non" };
  const groups = [
    { group: "Nhà trẻ 25–36 tháng", classes: 2, students: 41 },
    { group: "Mẫu giáo 3–4 tuổi", classes: 5, students: 133 },
    { group: "Mẫu giáo 4–5 tuổi", classes: 6, students: 155 },
    { group: "Mẫu giáo 5–6 tuổi", classes: 5, students: 148 },
  ];
  test("class size above the legal maximum cites the circular (seed 001: 133 trẻ / 5 lớp)", () => {
    const f = check(
      "students",
      [tableOf(studentsSpec, groups, { classes: 18, students: 477 })],
      kinder,
    );
    expect(f).toEqual([
      expect.objectContaining({
        rule: "students.class-size",
        severity: "cảnh báo",
        cell: "C5",
        message:
          "“Mẫu giáo 3–4 tuổi”: bình quân 26,6 học sinh/lớp (133/5) vượt mức tối đa 25 theo Thông tư 52/2020/TT-BGDĐT, Điều 15.",
      }),
    ]);
  });
  test("totals, students with no class, parts above the group", () => {
    const f = check(
      "students",
      [
        tableOf(
          studentsSpec,
          [
            { group: "Khối 6", classes: 0, students: 40, female: 41 },
            { group: "Khối 7", classes: 1, students: 40 },
          ],
          { classes: 1, students: 79 },
        ),
      ],
      { ...GENERAL_OK },
    );
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["students.no-class", "B4"],
      ["students.parts", "D4"],
      ["students.total", "C6"],
      ["students.class-size", "C6"], // 79 students in the 1 class the totals row claims
    ]);
    expect(f[2].message).toBe("Tổng “Số học sinh” 79 ≠ 40 + 40 = 80, lệch 1.");
  });
  test("the whole school above the maximum (seed 004: 1668 học sinh / 37 lớp, THCS)", () => {
    const [f] = check("students.class-size", [
      tableOf(
        studentsSpec,
        [{ group: "Khối 6–9", classes: 37, students: 1668 }],
        { classes: 37, students: 1668 },
      ),
    ]);
    expect(f.message).toBe(
      "Toàn trường: bình quân 45,1 học sinh/lớp (1.668/37) vượt mức tối đa 45 theo Thông tư 32/2020/TT-BGDĐT.",
    );
  });
});

describe("ledger rules", () => {
  const line = (o: Record<string, unknown>) => ({
    date: serial(10, 5, 2023),
    donor: "Nhóm Ươm mầm",
    form: "Hiện vật",
    ...o,
  });
  test("a clean ledger passes", () => {
    expect(
      check("ledger", [
        tableOf(donationsSpec, [
          line({ quantity: 656, unitPrice: 150_000, amount: 98_400_000 }),
          line({ donor: "Bảo Việt", amount: 36_000_000 }),
        ]),
      ]),
    ).toEqual([]);
  });
  test("amount ≠ quantity × price, zero and negative amounts, missing fields, in-kind without value", () => {
    const f = check("ledger", [
      tableOf(donationsSpec, [
        line({ quantity: 656, unitPrice: 150_000, amount: 98_000_000 }),
        line({ amount: 0 }),
        line({ amount: -5 }),
        { item: "Ba lô", form: "Hiện vật" },
      ]),
    ]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["ledger.amount", "K4"],
      ["ledger.non-positive", "K5"],
      ["ledger.non-positive", "K6"],
      ["ledger.missing", "B7"],
      ["ledger.missing", "C7"],
      ["ledger.missing", "K7"],
    ]);
    expect(f[0].message).toBe(
      "Thành tiền 98.000.000 ≠ 656 × 150.000 = 98.400.000, lệch 400.000.",
    );
    expect(f[5].message).toMatch(/^Hiện vật “Ba lô” chưa quy ra giá trị/);
  });
  test("dates outside the period, likely duplicates, cash without voucher above the threshold", () => {
    const f = check(
      "ledger",
      [
        tableOf(donationsSpec, [
          line({ date: serial(5, 1, 2024), amount: 1 }),
          line({ amount: 5 }),
          line({ amount: 5 }),
          line({ form: "Tiền mặt", amount: 3_000_000 }),
          line({
            form: "Tiền mặt",
            amount: 3_000_000,
            donor: "X",
            voucher: "PT01",
          }),
        ]),
      ],
      GENERAL_OK,
      { cashVoucherThreshold: 2_000_000 },
    );
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["ledger.period", "B4"],
      ["ledger.duplicate", "C6"],
      ["ledger.voucher", "N7"],
    ]);
    expect(f[1].message).toBe(
      "Có thể trùng với dòng 5: cùng ngày, nhà tài trợ “Nhóm Ươm mầm”, nội dung và giá trị 5.",
    );
  });
  test("an unreadable number is a finding at its cell (seed 000: 3.28 quyển tập)", () => {
    const f = runChecks(
      readTables([
        generalOf(GENERAL_OK as never),
        tableOf(donationsSpec, [
          line({ item: "Quyển tập", quantity: "3.28", amount: 26_240_000 }),
        ]),
      ]),
    ).findings;
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["read.unreadable", "I4"]]);
  });
});

describe("model, legal, general and text rules", () => {
  test("models: missing kind / field / level, owner not in the roster, no result after the period, Party share", () => {
    const roster = tableOf(rosterSpec, [
      {
        fullName: "Hồ Thị Tuyến",
        position: "Giáo viên",
        partyStatus: "Chính thức",
      },
      {
        fullName: "Trương Thị Bích Ngọc",
        position: "Giáo viên",
        partyStatus: "Chính thức",
      },
    ]);
    const models = tableOf(modelsSpec, [
      {
        name: "Khéo trong tuyên truyền",
        kind: "Cá nhân",
        owner: "Đ/c Hồ Thị Tuyến",
        field: "Văn hóa – xã hội",
        registrationLevel: "Cơ sở (trường)",
        status: "Đạt",
        results: "Tốt",
      },
      {
        name: "Khéo vận động",
        kind: "Cá nhân",
        owner: "Nguyễn Văn Không Có",
        registrationLevel: "Cơ sở (trường)",
        status: "Đang thực hiện",
      },
      { name: "Mô hình tập thể" },
    ]);
    const f = check("models", [roster, models]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["models.party-share", ""],
      ["models.owner", "D5"],
      ["models.missing", "E5"],
      ["models.result", "K5"],
      ["models.missing", "C6"],
      ["models.missing", "E6"],
      ["models.missing", "F6"],
      ["models.result", "K6"],
    ]);
    expect(f[0].message).toBe(
      "1/2 đảng viên (50%) có mô hình “Dân vận khéo” cá nhân.",
    );
  });
  test("legal: style against the issuer, dates after the report, duplicates", () => {
    const refs = tableOf(legalRefsSpec, [
      {
        docType: "Kế hoạch",
        number: "24",
        symbol: "KH/ĐU",
        issuedOn: serial(12, 1, 2021),
        issuer: "Đảng ủy phường Giang Biên",
      },
      {
        docType: "Chỉ thị",
        number: "16",
        symbol: "CT-TTg",
        issuedOn: serial(16, 5, 2016),
        issuer: "Thủ tướng Chính phủ",
      },
      {
        docType: "Kế hoạch",
        number: "05",
        symbol: "KH/THCS",
        issuer: "Trường THCS Lý Tự Trọng",
      },
      {
        docType: "Nghị quyết",
        number: "25",
        symbol: "NQ-TW",
        issuer: "Ban Chấp hành Trung ương Đảng",
      },
      {
        docType: "Kế hoạch",
        number: "24",
        symbol: "KH/ĐU",
        issuedOn: serial(12, 1, 2025),
        issuer: "Đảng ủy phường Giang Biên",
      },
    ]);
    const f = check("legal", [refs]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["legal.style", "D6"],
      ["legal.style", "D7"],
      ["legal.duplicate", "C8"],
      ["legal.date", "E8"],
    ]);
    expect(f[0].message).toBe(
      "Ký hiệu “KH/THCS” theo kiểu Đảng nhưng “Trường THCS Lý Tự Trọng” là cơ quan Nhà nước (kiểu Nhà nước: 05/UBND-HC).",
    );
  });
  test("general: required fields, dates in order, authority of the family", () => {
    expect(check("general", [])).toEqual([]);
    const f = check("general", [], {
      ...GENERAL_OK,
      place: null,
      reportDate: serial(1, 12, 2023),
      signerAuthority: "TM.",
    });
    expect(f.map((x) => [x.rule, x.cell, x.message])).toEqual([
      ["general.required", "B8", "Chưa điền “Địa danh”."],
      [
        "general.dates",
        "B11",
        "Ngày báo cáo 01/12/2023 trước ngày cuối kỳ 31/12/2023: số liệu chưa đủ kỳ.",
      ],
      [
        "general.authority",
        "B16",
        "Văn bản Đảng ký thay tập thể dùng “T/M” (Hướng dẫn 36-HD/VPTW), không dùng “TM.”.",
      ],
    ]);
    expect(runChecks(readTables([])).findings.map((x) => x.rule)).toEqual([
      "general.missing-sheet",
    ]);
  });
  test("text: legacy encodings, decomposed letters, stray spaces in names", () => {
    const f = check("text", [
      tableOf(donationsSpec, [
        {
          date: serial(1, 3, 2023),
          donor: "C«ng ®oµn tr\u00adêng",
          form: "Tiền mặt",
          amount: 1,
        },
        {
          date: serial(1, 3, 2023),
          donor: "Bác sĩ  Tổng",
          form: "Tiền mặt",
          amount: 2,
        },
        {
          date: serial(1, 3, 2023),
          donor: "Hội cha mẹ".normalize("NFD"),
          form: "Tiền mặt",
          amount: 3,
        },
      ]),
    ]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["text.legacy", "C4"],
      ["text.spaces", "C5"],
      ["text.nfc", "C6"],
    ]);
    expect(f[0].message).toBe(
      "“C«ng ®oµn tr\u00adêng” gõ bằng bảng mã TCVN3 (.VnTime); sửa thành “Công đoàn trường” (hàm DVK.CHUAN).",
    );
  });
});
