import { check } from "../../../../test/support/rules";
import { tableOf } from "../../../../test/support/tables";
import { staffSpec } from "../../sheets/specs";

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

  test("the template's total row adding a total row typed inside the table is told so", () => {
    const f = check("staff.total", [
      tableOf(
        staffSpec,
        [
          { label: "Ban giám hiệu", total: 3 },
          { label: "Giáo viên", total: 40 },
          { label: "Tổng cộng", total: 43 },
        ],
        { total: 86 },
      ),
    ]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      [
        "B7",
        "Tổng CB-GV-NV 86 ≠ BGH 3 + GV 40 + NV 0 = 43, lệch 43 (dòng này cộng cả dòng tổng gõ trong bảng ở hàng 6).",
      ],
    ]);
  });
});
