import { generalOf, tableOf } from "../../../test/support/tables";
import { readTables } from "../sheets/read";
import { donationsSpec, staffSpec, studentsSpec } from "../sheets/specs";
import { figureInline } from "../report/figure-inline";
import { describeConflicts, reportFigures } from "./figures";

const general = generalOf({
  unitName: "Trường MN Tràng An",
  schoolLevel: "Mầm non",
});
const figures = (...tables: Parameters<typeof readTables>[0]) =>
  reportFigures(readTables([general, ...tables]).data);
const pick = (f: ReturnType<typeof figures>, key: string) => {
  const x = f.get(key)!;
  return { value: x.value, source: x.source, conflict: x.conflict };
};

describe("the figures policy: the value of record of every figure a draft prints", () => {
  test("seed 001: groups 3 + 40 + 18 = 61, total row typed 65 → 65 printed, marked as a conflict", () => {
    const staff = tableOf(
      staffSpec,
      [
        { label: "Ban giám hiệu", total: 3 },
        { label: "Giáo viên", total: 40 },
        { label: "Nấu ăn / nuôi dưỡng", total: 18 },
      ],
      { total: 65 },
    );
    const f = figures(staff);
    expect(pick(f, "staff.total")).toEqual({
      value: 65,
      source: "typed",
      conflict: true,
    });
    expect(f.get("staff.total")?.cell).toEqual({
      sheet: "CB-GV-NV",
      cell: "B7",
    });
    expect(figureInline(f.get("staff.total"))).toEqual({
      kind: "field",
      key: "staff.total",
      text: "65",
      flag: "65 theo dòng tổng, 61 theo các nhóm — kiểm tra lại",
    });
    expect(describeConflicts(f)).toEqual([
      "Số CB-GV-NV (ô CB-GV-NV!B7): 65 theo dòng tổng, 61 theo các nhóm — kiểm tra lại.",
    ]);
  });

  test("seed 004: totals typed, groups blank → the typed totals stand, no conflict", () => {
    const staff = tableOf(
      staffSpec,
      [{ label: "Ban giám hiệu" }, { label: "Giáo viên" }],
      { total: 65, partyFull: 14, partyProbationary: 4 },
    );
    const students = tableOf(
      studentsSpec,
      [{ group: "Khối 6" }, { group: "Khối 7" }],
      { classes: 37, students: 1668 },
    );
    const f = figures(staff, students);
    expect(pick(f, "staff.total")).toEqual({
      value: 65,
      source: "typed",
      conflict: false,
    });
    expect(pick(f, "staff.party")).toEqual({
      value: 18,
      source: "typed",
      conflict: false,
    });
    expect(pick(f, "students.classes")).toEqual({
      value: 37,
      source: "typed",
      conflict: false,
    });
    expect(pick(f, "students.total")).toEqual({
      value: 1668,
      source: "typed",
      conflict: false,
    });
  });

  test("parts without a typed total: their sum; a total that agrees: no conflict", () => {
    const parts = figures(
      tableOf(staffSpec, [
        { label: "Giáo viên", total: 40, female: 30 },
        { label: "Kế toán", total: 1 },
      ]),
    );
    expect(pick(parts, "staff.total")).toEqual({
      value: 41,
      source: "sum",
      conflict: false,
    });
    expect(pick(parts, "staff.female")).toEqual({
      value: 30,
      source: "sum",
      conflict: false,
    });
    const agree = figures(
      tableOf(staffSpec, [{ label: "Giáo viên", total: 40 }], { total: 40 }),
    );
    expect(pick(agree, "staff.total")).toEqual({
      value: 40,
      source: "typed",
      conflict: false,
    });
  });

  test("nothing typed: every figure is missing, printed as a prompt, never 0", () => {
    const f = figures(
      tableOf(staffSpec, [{ label: "Giáo viên" }]),
      tableOf(studentsSpec, [{ group: "Khối 1" }]),
    );
    for (const key of [
      "staff.total",
      "staff.party",
      "students.classes",
      "students.total",
      "donations.total",
    ])
      expect(pick(f, key)).toEqual({
        value: null,
        source: "missing",
        conflict: false,
      });
    expect(figureInline(f.get("staff.total"))).toEqual({
      kind: "prompt",
      text: "số CB-GV-NV",
    });
  });

  test("Party members: a total needs both counts; a conflict in either marks it", () => {
    const onlyFull = figures(
      tableOf(staffSpec, [{ label: "Giáo viên", total: 40, partyFull: 14 }]),
    );
    expect(pick(onlyFull, "staff.party").value).toBeNull();
    const conflict = figures(
      tableOf(
        staffSpec,
        [
          {
            label: "Giáo viên",
            total: 40,
            partyFull: 14,
            partyProbationary: 4,
          },
        ],
        { total: 40, partyFull: 15, partyProbationary: 4 },
      ),
    );
    expect(pick(conflict, "staff.party")).toEqual({
      value: 19,
      source: "typed",
      conflict: true,
    });
  });

  test("the ledger: the sum of its lines, or the total typed at its foot (conflicting when they differ)", () => {
    const lines = [
      { no: 1, donor: "Hội cha mẹ học sinh", amount: 8_000_000 },
      { no: 2, donor: "Bác sĩ Tổng", quantity: 2, unitPrice: 3_200_000 },
    ];
    expect(
      pick(figures(tableOf(donationsSpec, lines)), "donations.total"),
    ).toEqual({ value: 14_400_000, source: "sum", conflict: false });
    const typed = figures(
      tableOf(donationsSpec, [
        ...lines,
        { donor: "Tổng cộng", amount: 15_000_000 },
      ]),
    );
    expect(pick(typed, "donations.total")).toEqual({
      value: 15_000_000,
      source: "typed",
      conflict: true,
    });
    expect(pick(typed, "donations.count")).toEqual({
      value: 2,
      source: "sum",
      conflict: false,
    });
  });

  test("a part nobody can read (“148/5 lớp”) makes the sum unknown: a prompt naming the cell, not the sum of the rest", () => {
    const f = figures(
      tableOf(studentsSpec, [
        { group: "Khối 8", classes: 4, students: 160 },
        { group: "Khối 9", classes: 4, students: "148/5 lớp" },
      ]),
    );
    expect(pick(f, "students.total")).toEqual({
      value: null,
      source: "missing",
      conflict: false,
    });
    expect(figureInline(f.get("students.total"))).toEqual({
      kind: "prompt",
      text: "số học sinh — ô C5 không đọc được",
    });
    expect(pick(f, "students.classes")).toEqual({
      value: 8,
      source: "sum",
      conflict: false,
    });
  });

  test("the template's SUM row, cached by the program that saved the file, is not a typed total", () => {
    const students = {
      ...tableOf(studentsSpec, [{ group: "Khối 1" }, { group: "Khối 2" }], {
        classes: 0,
        students: 0,
      }),
    };
    const computed = {
      ...students,
      belowFormulas: students.below.map((_, i) => i > 0),
    };
    const f = figures(computed);
    expect(pick(f, "students.total")).toEqual({
      value: null,
      source: "missing",
      conflict: false,
    });
    // The same zeros typed by hand are figures of record.
    expect(pick(figures(students), "students.total")).toEqual({
      value: 0,
      source: "typed",
      conflict: false,
    });
  });
});
