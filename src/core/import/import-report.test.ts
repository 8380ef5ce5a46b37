import { p, rawDocx } from "../../../test/support/raw-docx";
import { REPORT_KIND_NAMES } from "../model/report-outlines";
import { findReportKind } from "../report/kinds";
import { fieldValues } from "../report/fields";
import { insertTemplates } from "../sheets/insert";
import { readWorkbook } from "../sheets/read";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { ReportImportError } from "./errors";
import { importReport } from "./import-report";

/** Last year's giám sát report, as a school writes it (seed 004's shape). */
const OLD = [
  "ĐẢNG BỘ PHƯỜNG GIẾNG ĐÁY",
  "BÁO CÁO",
  "Giám sát việc thực hiện phong trào thi đua “Dân vận khéo” năm 2023",
  "Căn cứ Kế hoạch số 12-KH/ĐU ngày 10/01/2024 của Đảng ủy phường Giếng Đáy,",
  "Chi bộ báo cáo như sau:",
  "I. CÔNG TÁC CHỈ ĐẠO, QUÁN TRIỆT",
  "1. Khái quát tình hình",
  "Nhà trường có 65 cán bộ, giáo viên, nhân viên; 37 lớp học, số học sinh là 1668. Chi bộ hiện có 03 tổ đảng.",
  "2. Công tác lãnh đạo, chỉ đạo triển khai",
  "Chi bộ ban hành kế hoạch, phân công đảng viên phụ trách.",
  "II. VIỆC RIÊNG CỦA TRƯỜNG NĂM NAY",
  "Tổ chức ngày hội đọc sách với sự tham gia của cha mẹ học sinh.",
  "III. ĐÁNH GIÁ CHUNG",
  "1. Ưu điểm",
  "Tổng số 70 cán bộ tham gia đầy đủ.",
  "Trên đây là báo cáo của Chi bộ.",
  "Nơi nhận:",
  "- Lưu.",
];

const docx = (lines: readonly string[]) =>
  rawDocx({ body: lines.map((l) => p(l)).join("") });

/** A workbook with the templates and the school's figures: 65 staff, 37 classes, 1.668 pupils. */
async function school(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await insertTemplates(wb, { level: "thcs" });
  const { data } = await readWorkbook(wb);
  const staff = data.staff!;
  await wb.apply([
    {
      kind: "write",
      sheet: staff.sheet,
      at: `${staff.columns.total}${staff.rows[0]!.row}`,
      cells: [[{ value: 65 }]],
    },
  ]);
  const students = data.students!;
  await wb.apply([
    {
      kind: "write",
      sheet: students.sheet,
      at: `${students.columns.classes}${students.rows[0]!.row}`,
      cells: [[{ value: 37 }, { value: 1668 }]],
    },
  ]);
  return wb;
}

describe("importReport: last period's report into “Nội dung báo cáo”", () => {
  test("sections fill the rows of the kind, figures become fields, new sections get rows in place, the draft prints it all", async () => {
    const wb = await school();
    const result = await importReport(wb, await docx(OLD), {
      source: "bao-cao-2023.docx",
    });
    expect(result.kind).toBe("giam-sat"); // from the title
    expect(result).toMatchObject({
      sheetAdded: false,
      filled: 6,
      added: 1,
      unchanged: 0,
      aside: 0,
      column: null,
    });
    expect(result.linked).toBe(3); // 65 cán bộ, 37 lớp, 1668 học sinh
    expect(result.review.map((r) => [r.section, r.written, r.key])).toEqual([
      ["Mục 1 “Ưu điểm”", "70", "staff.total"],
    ]);
    const { data } = await readWorkbook(wb);
    const rows = data.narrative!.rows.filter(
      (r) => r.value.kind === "giam-sat",
    );
    const byNumber = (n: string, heading: string) =>
      rows.find(
        (r) => r.value.number === n && r.value.heading?.startsWith(heading),
      )!.value;
    expect(byNumber("1", "Khái quát").text).toBe(
      "Nhà trường có {{staff.total}} cán bộ, giáo viên, nhân viên; {{students.classes}} lớp học, số học sinh là {{students.total:0}}. Chi bộ hiện có 03 tổ đảng.",
    );
    expect(byNumber("1", "Khái quát").source).toBe("bao-cao-2023.docx");
    const added = byNumber("II", "VIỆC RIÊNG");
    const before = byNumber("I", "CÔNG TÁC CHỈ ĐẠO").order!;
    const after = rows.find(
      (r) => r.value.number === "II" && r.value.heading?.startsWith("KẾT QUẢ"),
    )!.value.order!;
    // The new section sits after the last one matched, before the next outline row.
    expect(added.order).toBeGreaterThan(
      byNumber("2", "Công tác lãnh đạo").order!,
    );
    expect(added.order).toBeLessThan(after);
    expect(before).toBeLessThan(added.order!);
    expect(rows.find((r) => r.value.number === "Căn cứ")!.value.text).toBe(
      "Căn cứ Kế hoạch số 12-KH/ĐU ngày 10/01/2024 của Đảng ủy phường Giếng Đáy,",
    );
    // The draft prints the imported text with this year's figures in linked fields.
    const draft = findReportKind("giam-sat")!.build(data);
    const values = fieldValues(draft);
    expect(values.get("staff.total")).toBe("65");
    expect(values.get("students.total:0")).toBe("1668");
    const texts = draft.blocks.flatMap((b) =>
      b.kind === "paragraph" ? [b.inlines.map((i) => i.text).join("")] : [],
    );
    expect(texts).toContain(
      "Tổ chức ngày hội đọc sách với sự tham gia của cha mẹ học sinh.",
    );
    expect(texts).toContain("II. VIỆC RIÊNG CỦA TRƯỜNG NĂM NAY");
    expect(texts).toContain("Trên đây là báo cáo của Chi bộ.");
  });

  test("never over what is written: a second, different import goes to a new column; the same one again changes nothing", async () => {
    const wb = await school();
    await importReport(wb, await docx(OLD), {
      kind: "giam-sat",
      source: "a.docx",
    });
    const again = await importReport(wb, await docx(OLD), {
      kind: "giam-sat",
      source: "a.docx",
    });
    expect(again).toMatchObject({
      filled: 0,
      added: 0,
      unchanged: 7,
      aside: 0,
      column: null,
      ops: [],
    });
    // The user edits one text, then imports a revised report.
    const { data } = await readWorkbook(wb);
    const row = data.narrative!.rows.find(
      (r) => r.value.heading === "Khái quát tình hình",
    )!;
    await wb.apply([
      {
        kind: "write",
        sheet: data.narrative!.sheet,
        at: `${data.narrative!.columns.text}${row.row}`,
        cells: [[{ value: "Văn bản tôi đã sửa." }]],
      },
    ]);
    const revised = OLD.map((l) =>
      l.startsWith("Chi bộ ban hành") ? "Chi bộ ban hành kế hoạch mới." : l,
    );
    const second = await importReport(wb, await docx(revised), {
      kind: "giam-sat",
      source: "b.docx",
    });
    expect(second.column).toBe("Nội dung nhập lần 2");
    expect(second.aside).toBe(2); // the edited text, the revised one
    const [table] = await wb.readTables(["tblNarrative"]);
    const header = table!.header;
    expect(header.at(-1)).toBe("Nội dung nhập lần 2");
    const after = (await readWorkbook(wb)).data.narrative!.rows.find(
      (r) => r.row === row.row,
    )!;
    expect(after.value.text).toBe("Văn bản tôi đã sửa.");
    const aside = table!.rows[row.row - 4]!.at(-1);
    expect(aside).toContain("{{staff.total}} cán bộ");
  });

  test("a workbook without the narrative sheet gets it; an unknown title asks for the kind, in Vietnamese", async () => {
    const wb = new MemoryWorkbook();
    await wb.apply([{ kind: "addSheet", sheet: "Ghi chép" }]);
    const result = await importReport(wb, await docx(OLD), {
      kind: "giam-sat",
      source: "a.docx",
    });
    expect(result.sheetAdded).toBe(true);
    expect((await wb.inspect()).map((s) => s.name)).toContain(
      "Nội dung báo cáo",
    );
    const untitled = ["BÁO CÁO", "Về việc khác", "I. MỘT", "Nội dung."];
    await expect(
      importReport(wb, await docx(untitled), { source: "x.docx" }),
    ).rejects.toThrow(ReportImportError);
    await expect(
      importReport(wb, await docx(untitled), { source: "x.docx" }),
    ).rejects.toThrow(
      /^Không nhận ra loại báo cáo từ tiêu đề “Về việc khác”\. Chọn loại: ket-qua-mo-hinh \(/,
    );
    expect(Object.keys(REPORT_KIND_NAMES)).toHaveLength(6);
  });
});
