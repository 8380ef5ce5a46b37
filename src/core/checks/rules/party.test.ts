import { check } from "../../../../test/support/rules";
import { keyValueOf, tableOf } from "../../../../test/support/tables";
import { evaluationsSpec, partySpec, staffSpec } from "../../sheets/specs";

/** Seed 004's school: 65 staff, 37 full and 1 probationary Party members. */
const staff = tableOf(staffSpec, [
  { category: "Cán bộ quản lý", total: 3, partyFull: 3, partyProbationary: 0 },
  { category: "Giáo viên", total: 55, partyFull: 33, partyProbationary: 1 },
  { category: "Nhân viên", total: 7, partyFull: 1, partyProbationary: 0 },
]);

describe("Party and evaluation rules", () => {
  test("party.members: the Party sheet's counts against the staff sheet's, at the Party sheet's cell", () => {
    const agree = keyValueOf(partySpec, {
      fullMembers: 37,
      probationaryMembers: 1,
      partyGroups: 3,
    });
    expect(check("party", [staff, agree])).toEqual([]);
    const differ = keyValueOf(partySpec, {
      fullMembers: 36,
      probationaryMembers: 1,
    });
    const f = check("party", [staff, differ]);
    expect(f.map((x) => [x.rule, x.sheet, x.cell])).toEqual([
      ["party.members", "Tổ chức Đảng", "B10"],
    ]);
    expect(f[0]!.message).toBe(
      "Đảng viên chính thức: 36 ở sheet “Tổ chức Đảng” nhưng 37 theo sheet CB-GV-NV; báo cáo sẽ in hai số khác nhau.",
    );
    // Blank is not zero: a count left blank is not compared.
    expect(
      check("party", [
        staff,
        keyValueOf(partySpec, { fullMembers: null, probationaryMembers: 1 }),
      ]),
    ).toEqual([]);
  });

  test("evaluations.total: ratings add up to the staff total (viên chức) and the Party total (đảng viên)", () => {
    const party = keyValueOf(partySpec, {
      fullMembers: 37,
      probationaryMembers: 1,
    });
    // Seed 003 rates 6 HTXS + 26 HTT = 32 of its staff; here the school has 65.
    const evaluations = tableOf(evaluationsSpec, [
      {
        label: "Viên chức",
        period: "Năm học 2023-2024",
        excellent: 6,
        good: 26,
      },
      {
        label: "Đảng viên",
        excellent: 5,
        good: 30,
        fulfilled: 3,
        notFulfilled: 0,
      },
      { label: "Ghi chú riêng" },
    ]);
    const f = check("evaluations", [staff, party, evaluations]);
    expect(f.map((x) => [x.rule, x.cell, x.message])).toEqual([
      [
        "evaluations.total",
        "A4",
        "Viên chức: 32 người được xếp loại nhưng có 65 CB-GV-NV (ai chưa được đánh giá?).",
      ],
    ]);
    const over = tableOf(evaluationsSpec, [
      { label: "Đảng viên", excellent: 10, good: 30 },
    ]);
    expect(
      check("evaluations", [staff, party, over]).map((x) => x.message),
    ).toEqual(["Đảng viên: 40 người được xếp loại nhưng có 38 đảng viên."]);
  });
});
