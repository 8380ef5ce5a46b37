import { check, GENERAL_OK } from "../../../../test/support/rules";
import { tableOf } from "../../../../test/support/tables";
import { studentsSpec } from "../../sheets/specs";

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

  test("labels as schools write them find their group; a label naming none is an “unknown group” warning, with the label", () => {
    const f = check(
      "students",
      [
        tableOf(studentsSpec, [
          { group: "MG 3–4 tuổi", classes: 2, students: 60 },
          { group: "Mẫu giáo nhỡ (4-5 tuổi)", classes: 2, students: 58 },
          { group: "NT 24-36 tháng", classes: 1, students: 24 },
          { group: "Lớp ghép", classes: 1, students: 12 },
        ]),
      ],
      kinder,
    );
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["students.class-size", "C4"],
      ["students.group", "A7"],
    ]);
    expect(f[0].message).toContain(
      "“MG 3–4 tuổi”: bình quân 30 học sinh/lớp (60/2) vượt mức tối đa 25",
    );
    expect(f[1].message).toMatch(
      /^“Lớp ghép” không khớp nhóm, khối nào của cấp Mầm non/,
    );
  });

  test("a total row typed inside the table is compared with the groups above it, never added", () => {
    const f = check("students.total", [
      tableOf(studentsSpec, [
        { group: "Khối 6", classes: 9, students: 405 },
        { group: "Khối 7", classes: 9, students: 400 },
        { group: "Tổng cộng", classes: 18, students: 815 },
      ]),
    ]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ["C6", "Tổng “Số học sinh” 815 ≠ 405 + 400 = 805, lệch 10."],
    ]);
  });
});
