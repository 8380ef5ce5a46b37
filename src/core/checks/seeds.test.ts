/**
 * The figures of three real reports (../shared/seeds 000, 001, 004) entered in the workbook, and
 * the findings a careful accountant would raise on them — written down here, one by one.
 */
import { generalOf, serial, tableOf } from "../../../test/support/tables";
import { readTables } from "../sheets/read";
import {
  donationsSpec,
  legalRefsSpec,
  staffSpec,
  studentsSpec,
} from "../sheets/specs";
import { runChecks } from "./run";

describe("seed 001 — Báo cáo sơ kết 9 tháng, Chi bộ Trường MN Tràng An (Party format)", () => {
  const report = runChecks(
    readTables([
      generalOf({
        unitName: "Chi bộ Trường MN Tràng An",
        superiorBody: "Đảng ủy phường Giang Biên",
        documentFamily: "Đảng",
        schoolLevel: "Mầm non",
        place: "Giang Biên",
        periodFrom: serial(1, 1, 2021),
        periodTo: serial(30, 9, 2021),
        reportDate: serial(13, 9, 2021),
        documentSymbol: "BC/ĐU",
        signerName: "(họ tên bí thư)",
        signerTitle: "BÍ THƯ",
        signerAuthority: "T/M",
        authorityBody: "CHI ỦY",
      }),
      // The flattened table of the seed: Tổng CB GV NV 65; BGH 03; GV 40; NV: nuôi dưỡng 12, kế
      // toán 01, văn thư 01, y tế 01, bảo vệ 03; Đảng viên chính thức 14, dự bị 04.
      tableOf(
        staffSpec,
        [
          { label: "Ban giám hiệu", total: 3 },
          { label: "Giáo viên", total: 40 },
          { label: "Nấu ăn / nuôi dưỡng", total: 12 },
          { label: "Kế toán", total: 1 },
          { label: "Văn thư", total: 1 },
          { label: "Y tế", total: 1 },
          { label: "Bảo vệ", total: 3 },
        ],
        { total: 65, partyFull: 14, partyProbationary: 4 },
      ),
      // "Tổng số học sinh 477/18 lớp": NT 24-36 tháng 41/2 lớp, MG 3-4 tuổi 133/5, MG 4-5 155/6, MG 5-6 148/5.
      tableOf(
        studentsSpec,
        [
          { group: "Nhà trẻ 25–36 tháng", classes: 2, students: 41 },
          { group: "Mẫu giáo 3–4 tuổi", classes: 5, students: 133 },
          { group: "Mẫu giáo 4–5 tuổi", classes: 6, students: 155 },
          { group: "Mẫu giáo 5–6 tuổi", classes: 5, students: 148 },
        ],
        { classes: 18, students: 477 },
      ),
      tableOf(legalRefsSpec, [
        {
          docType: "Kế hoạch",
          number: "24",
          symbol: "KH/ĐU",
          issuedOn: serial(12, 1, 2021),
          issuer: "Đảng ủy phường Giang Biên",
        },
        {
          docType: "Kế hoạch",
          number: "53",
          symbol: "KH/QU",
          issuedOn: serial(6, 5, 2021),
          issuer: "Quận ủy Long Biên",
        },
        {
          docType: "Kế hoạch",
          number: "42",
          symbol: "KH/ĐU",
          issuedOn: serial(10, 5, 2021),
          issuer: "Đảng ủy phường Giang Biên",
        },
        {
          docType: "Chỉ thị",
          number: "16",
          symbol: "CT-TTg",
          issuedOn: serial(16, 5, 2016),
          issuer: "Thủ tướng Chính phủ",
        },
        // The seed cites "Kế hoạch 24- KH/ĐU" twice (in the bases and again in section I).
        {
          docType: "Kế hoạch",
          number: "24",
          symbol: "KH/ĐU",
          issuer: "Đảng ủy phường Giang Biên",
        },
      ]),
    ]),
  );

  test("the staff total that does not add up: 65 ≠ 3 + 40 + 18 = 61", () => {
    expect(report.findings.filter((f) => f.rule === "staff.total")).toEqual([
      {
        rule: "staff.total",
        severity: "lỗi",
        sheet: "CB-GV-NV",
        cell: "B11",
        message: "Tổng CB-GV-NV 65 ≠ BGH 3 + GV 40 + NV 18 = 61, lệch 4.",
        expected: 61,
        actual: 65,
      },
    ]);
  });

  test("Mẫu giáo 3–4 tuổi above 25 per class (133 trẻ / 5 lớp)", () => {
    expect(
      report.findings
        .filter((f) => f.rule === "students.class-size")
        .map((f) => f.message),
    ).toEqual([
      "“Mẫu giáo 3–4 tuổi”: bình quân 26,6 học sinh/lớp (133/5) vượt mức tối đa 25 theo Thông tư 52/2020/TT-BGDĐT, Điều 15.",
    ]);
  });

  test("dated 13/9 for a 9-month period ending 30/9; Kế hoạch 24-KH/ĐU cited twice", () => {
    expect(
      report.findings
        .filter((f) => ["general.dates", "legal.duplicate"].includes(f.rule))
        .map((f) => [f.rule, f.cell]),
    ).toEqual([
      ["general.dates", "B11"],
      ["legal.duplicate", "C8"],
    ]);
  });

  test("nothing else: the student totals add up (477 / 18), the Party style is consistent", () => {
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      "general.dates",
      "legal.duplicate",
      "staff.total",
      "students.class-size",
    ]);
  });
});

describe("seed 000 — Báo cáo kết quả mô hình, TH&THCS Vĩnh Bình Bắc (donations)", () => {
  const line = (o: Record<string, unknown>) => ({
    date: serial(31, 8, 2023),
    form: "Hiện vật",
    ...o,
  });
  const report = runChecks(
    readTables([
      generalOf({
        unitName: "Ban vận động Trường TH&THCS Vĩnh Bình Bắc",
        superiorBody: "Chi bộ Trường TH&THCS Vĩnh Bình Bắc",
        documentFamily: "Nhà nước",
        schoolLevel: "TH&THCS",
        place: "Vĩnh Bình Bắc",
        periodFrom: serial(1, 1, 2023),
        periodTo: serial(31, 8, 2023),
        reportDate: serial(31, 8, 2023),
        documentNumber: "01",
        documentSymbol: "BC-BVĐ",
        signerName: "—",
        signerTitle: "TRƯỞNG BAN",
      }),
      tableOf(donationsSpec, [
        line({
          donor: "Gia đình Chú Minh Cần Thơ và Bảo Hiểm nhân thọ Bảo Việt",
          item: "Xe đạp",
          unit: "chiếc",
          quantity: 20,
          amount: "36 triệu",
        }),
        line({
          donor:
            "Hội CMHS Điểm tập trung, Bác sĩ Tổng và em Thế Anh Vĩnh Thuận",
          item: "Quyển tập",
          unit: "quyển",
          quantity: "2.300",
          amount: "18,4 triệu",
        }),
        line({
          donor: "Nhóm Ươm mầm tương lai TP.HCM",
          item: "Quyển tập",
          unit: "quyển",
          quantity: "3.28",
        }),
        line({
          donor: "Nhóm Ươm mầm tương lai TP.HCM",
          item: "Cây viết",
          unit: "cây",
          quantity: "2.624",
        }),
        line({
          donor: "Nhóm Ươm mầm tương lai TP.HCM",
          item: "BHYT, ba lô, đồng phục, sách giáo khoa, tập, viết, quà hộ nghèo",
          amount: "250 triệu",
        }),
        line({
          donor: "Nhóm từ thiện TP.HCM",
          item: "Bộ sách tiểu học",
          unit: "bộ",
          quantity: 75,
          amount: "28 triệu",
        }),
      ]),
    ]),
  );

  test("the ambiguous “3.28 quyển tập” is refused at its cell, with the likely reading", () => {
    const f = report.findings.find((x) => x.rule === "read.unreadable");
    expect(f).toMatchObject({
      sheet: "Sổ tài trợ",
      cell: "I6",
      actual: "3.28",
    });
    expect(f?.message).toMatch(/Có phải 3\.280\?/);
  });

  test("gifts in kind listed without a value (the 250 triệu is given for the whole lot)", () => {
    expect(
      report.findings
        .filter((x) => x.rule === "ledger.missing")
        .map((x) => x.cell),
    ).toEqual(["K6", "K7"]);
  });

  test("the amounts written in words add up to the report's 332,4 triệu", () => {
    const data = readTables([
      tableOf(donationsSpec, [
        line({ donor: "A", amount: "36 triệu" }),
        line({ donor: "B", amount: "18,4 triệu" }),
        line({ donor: "C", amount: "250 triệu" }),
        line({ donor: "D", amount: "28 triệu" }),
      ]),
    ]).data;
    expect(
      data.donations!.rows.reduce((s, r) => s + (r.value.amount ?? 0), 0),
    ).toBe(332_400_000);
  });
});

describe("seed 004 — Báo cáo giám sát, Chi bộ THCS Lý Tự Trọng", () => {
  const report = runChecks(
    readTables([
      generalOf({
        unitName: "Chi bộ Trường THCS Lý Tự Trọng",
        superiorBody: "Đảng bộ phường Giếng Đáy",
        documentFamily: "Đảng",
        schoolLevel: "THCS",
        place: "Giếng Đáy",
        periodFrom: serial(1, 1, 2021),
        periodTo: serial(30, 6, 2023),
        reportDate: serial(30, 6, 2023),
        documentSymbol: "BC/CB",
        signerName: "Bùi Hoàng Anh",
        signerTitle: "BÍ THƯ",
        signerAuthority: "T/M",
        authorityBody: "CHI BỘ",
      }),
      // 37 classes, 1668 students.
      tableOf(
        studentsSpec,
        [{ group: "Khối 6–9", classes: 37, students: 1668 }],
        { classes: 37, students: 1668 },
      ),
      tableOf(legalRefsSpec, [
        {
          docType: "Chỉ thị",
          number: "02",
          symbol: "CT/TU",
          issuedOn: serial(12, 11, 2015),
          issuer: "Ban Thường vụ Tỉnh ủy",
        },
        {
          docType: "Chỉ thị",
          number: "33",
          symbol: "CT-TTg",
          issuedOn: serial(26, 11, 2021),
          issuer: "Thủ tướng Chính phủ",
        },
        {
          docType: "Quyết định",
          number: "06",
          symbol: "2021/QĐ-UBND",
          issuedOn: serial(3, 2, 2021),
          issuer: "Ủy ban nhân dân tỉnh Quảng Ninh",
        },
        {
          docType: "Kế hoạch",
          number: "39",
          symbol: "KH/CU",
          issuedOn: serial(16, 2, 2021),
          issuer: "Chi ủy chi bộ Trường THCS Lý Tự Trọng",
        },
        {
          docType: "Kế hoạch",
          number: "17",
          symbol: "KH-THCS",
          issuedOn: serial(10, 2, 2022),
          issuer: "Trường THCS Lý Tự Trọng",
        },
        // "Kế hoạch số 24-KH/CU, ngày 20/3/2023 … năm 2022" is cited with its own date; kept.
        {
          docType: "Kế hoạch",
          number: "24",
          symbol: "KH/CU",
          issuedOn: serial(20, 3, 2023),
          issuer: "Chi ủy chi bộ Trường THCS Lý Tự Trọng",
        },
      ]),
    ]),
  );

  test("1.668 học sinh in 37 lớp: 45,1 per class, above the THCS maximum of 45", () => {
    expect(
      report.findings
        .filter((f) => f.rule === "students.class-size")
        .map((f) => [f.cell, f.message]),
    ).toEqual([
      [
        "C5",
        "Toàn trường: bình quân 45,1 học sinh/lớp (1.668/37) vượt mức tối đa 45 theo Thông tư 32/2020/TT-BGDĐT.",
      ],
    ]);
  });

  test("Party and state numbers each match their issuer; nothing else to raise", () => {
    expect(report.findings.map((f) => f.rule)).toEqual(["students.class-size"]);
  });
});
