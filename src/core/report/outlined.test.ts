import { numberSections } from "./outlined";

describe("section numbers as the draft prints them", () => {
  test("counted again by level: no gap, no repeat, whatever the sheet holds", () => {
    // Seed 004 as imported: "II-" then "IV-" (no III), two "2.", then "3.1"–"3.4" under the third.
    expect(
      numberSections([
        "I",
        "1",
        "2",
        "II",
        "1",
        "1.1",
        "1.1",
        "1.2",
        "IV",
        "1",
        "2",
        "2",
        "3",
        "3.1",
        "3.4",
        "VI",
      ]),
    ).toEqual([
      "I.",
      "1.",
      "2.",
      "II.",
      "1.",
      "1.1.",
      "1.2.",
      "1.3.",
      "III.",
      "1.",
      "2.",
      "3.",
      "4.",
      "4.1.",
      "4.2.",
      "IV.",
    ]);
    expect(
      numberSections(["1", "a", "a", "b", "2", "a", "2.1", "2.1.1", "A", ""]),
    ).toEqual(["1.", "a)", "b)", "c)", "2.", "a)", "2.1.", "2.1.1.", "A.", ""]);
    // "1.1" with no "1." above it keeps its written parent.
    expect(numberSections(["I", "3.1", "3.2"])).toEqual(["I.", "3.1.", "3.2."]);
  });
});

import { insertTemplates } from "../sheets/insert";
import { readWorkbook } from "../sheets/read";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { findReportKind } from "./kinds";
import type { Block } from "./tree";

const lines = (blocks: readonly Block[]) =>
  blocks.flatMap((b) =>
    b.kind === "paragraph"
      ? [
          b.inlines
            .map((i) =>
              i.kind === "prompt"
                ? `[${i.text}]`
                : i.kind === "field"
                  ? `{${i.text}}`
                  : i.text,
            )
            .join(""),
        ]
      : b.kind === "table"
        ? [`<bảng ${b.header[0]}>`]
        : [],
  );

describe("drafts follow the narrative sheet", () => {
  async function soKet(
    edit: (
      sheet: string,
      col: Record<string, string>,
      rowOf: (number: string) => number,
      bottom: number,
    ) => Parameters<MemoryWorkbook["apply"]>[0],
  ) {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    const n = (await readWorkbook(wb)).data.narrative!;
    const rows = n.rows.filter((r) => r.value.kind === "so-ket");
    const bottom = Math.max(...n.rows.map((r) => r.row));
    await wb.apply(
      edit(
        n.sheet,
        n.columns as Record<string, string>,
        (num) => rows.find((r) => r.value.number === num)!.row,
        bottom,
      ),
    );
    return lines(
      findReportKind("so-ket")!.build((await readWorkbook(wb)).data).blocks,
    );
  }

  test("texts under their headings, fields filled, run-in headings, a section added, the legal bases replaced", async () => {
    const out = await soKet((sheet, col, rowOf, bottom) => [
      {
        kind: "write",
        sheet,
        at: `${col.text}${rowOf("Căn cứ")}`,
        cells: [
          [
            {
              value: "Căn cứ Kế hoạch số 24-KH/ĐU của Đảng ủy phường;",
              numberFormat: "@",
            },
          ],
        ],
      },
      {
        kind: "write",
        sheet,
        at: `${col.text}${rowOf("1")}`,
        cells: [
          [
            {
              value:
                "Có {{staff.total}} CB-GV-NV, {{party.partyGroups:00}} tổ đảng.\n- Học sinh ngoan.",
              numberFormat: "@",
            },
          ],
        ],
      },
      {
        kind: "write",
        sheet,
        at: `${col.text}${rowOf("2")}`,
        cells: [[{ value: "Không", numberFormat: "@" }]],
      },
      {
        kind: "write",
        sheet,
        at: `${col.heading}${rowOf("IV")}`,
        cells: [[{ value: "Các giải pháp:", numberFormat: "@" }]],
      },
      {
        kind: "write",
        sheet,
        at: `${col.text}${rowOf("IV")}`,
        cells: [
          [
            {
              value:
                "Tuyên truyền rộng rãi.\nPhối hợp với cha mẹ học sinh.\nSố {{staff.totl}}.",
              numberFormat: "@",
            },
          ],
        ],
      },
      // A section of the school's own, typed under the table with its "Thứ tự" between II and III.
      { kind: "appendTableRows", sheet, table: "tblNarrative", count: 1 },
      {
        kind: "write",
        sheet,
        at: `A${bottom + 1}`,
        cells: [
          [
            { value: 2045 },
            { value: "Báo cáo sơ kết phong trào thi đua “Dân vận khéo”" },
            { value: "II" },
            { value: "Việc riêng của trường" },
            { value: "Ngày hội đọc sách." },
          ],
        ],
      },
    ]);
    // Numbered again: the school's section is III., the outline's III. becomes IV.
    expect(
      out.indexOf("III. Việc riêng của trường: Ngày hội đọc sách."),
    ).toBeGreaterThan(
      out.indexOf(
        "II. Công tác lãnh đạo, chỉ đạo, hướng dẫn, triển khai thực hiện",
      ),
    );
    expect(out).toContain("IV. Đánh giá kết quả thực hiện");
    expect(out).toContain("Căn cứ Kế hoạch số 24-KH/ĐU của Đảng ủy phường;");
    expect(out.some((l) => l.startsWith("Căn cứ Nghị quyết số 25-NQ/TW"))).toBe(
      false,
    );
    expect(out).toContain("1. Thuận lợi");
    expect(out).toContain("Có {52} CB-GV-NV, {03} tổ đảng.");
    expect(out).toContain("- Học sinh ngoan.");
    expect(out).toContain("2. Khó khăn: Không");
    expect(out).toContain("V. Các giải pháp: Tuyên truyền rộng rãi.");
    expect(out).toContain("Phối hợp với cha mẹ học sinh.");
    expect(out).toContain("Số [{{staff.totl}}: DVK không có số liệu này].");
    // The trích yếu and closing from the data (the period of Thông tin chung).
    expect(out).toContain("Sơ kết phong trào thi đua “Dân vận khéo” năm 2023");
    expect(out.at(-1)).toBe(
      "Trên đây là báo cáo sơ kết phong trào thi đua “Dân vận khéo” năm 2023 của {Trường TH&THCS Vĩnh Bình Bắc}./.",
    );
    // "IV." has subsections: no prompt of its own.
    expect(out[out.indexOf("IV. Đánh giá kết quả thực hiện") + 1]).toBe(
      "1. Tập thể",
    );
  });

  test("a data block whose sentence the text already says prints only its tables", async () => {
    const out = await soKet((sheet, col, rowOf) => [
      {
        kind: "write",
        sheet,
        at: `${col.text}${rowOf("I")}`,
        cells: [
          [
            {
              value:
                "Nhà trường có {{staff.total}} cán bộ, giáo viên, nhân viên.",
              numberFormat: "@",
            },
          ],
        ],
      },
    ]);
    const i = out.indexOf("I. Đặc điểm, tình hình");
    expect(out.slice(i + 1, i + 4)).toEqual([
      "Nhà trường có {52} cán bộ, giáo viên, nhân viên.",
      "<bảng Nhóm>",
      "<bảng Khối / nhóm>",
    ]);
  });
});
