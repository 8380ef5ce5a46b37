import { insertTemplates } from "../sheets/insert";
import { readWorkbook } from "../sheets/read";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { fieldValues } from "./fields";
import { findReportKind, missingGeneral, REPORT_KINDS } from "./kinds";

describe("report kinds", () => {
  test("the six kinds of the seeds, each with the figures of the workbook as fields", async () => {
    expect(REPORT_KINDS.map((k) => k.id)).toEqual([
      "ket-qua-mo-hinh",
      "so-ket",
      "tong-ket",
      "dang-ky-mo-hinh",
      "cong-tac-dan-van",
      "giam-sat",
    ]);
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "th-thcs", sample: true });
    const { data } = await readWorkbook(wb);
    for (const kind of REPORT_KINDS) {
      const values = fieldValues(kind.build(data));
      expect(values.get("general.dateLine")).toBe(
        "Vĩnh Bình Bắc, ngày 20 tháng 12 năm 2023",
      );
      // The registration form has no "Số:" line (seed 002).
      expect(values.get("general.number")).toBe(
        kind.id === "dang-ky-mo-hinh" ? undefined : "Số: 01/BC-THCS",
      );
    }
    const soKet = fieldValues(findReportKind("so-ket")!.build(data));
    expect([
      soKet.get("staff.total"),
      soKet.get("students.total"),
      soKet.get("students.classes"),
      soKet.get("donations.total"),
    ]).toEqual(["52", "585", "18", "332,4 triệu đồng"]);
    expect(soKet.get("donations.totalWords")).toBe(
      "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng",
    );
    const second = fieldValues(
      findReportKind("dang-ky-mo-hinh")!.build(data, { modelIndex: 2 }),
    );
    expect(second.get("model.name")).toBe(
      "“Khéo vận động phụ huynh đưa trẻ đến trường đúng độ tuổi”",
    );
  });

  test("missing general information is named, and the draft still comes out", async () => {
    const { data } = await readWorkbook(new MemoryWorkbook());
    expect(missingGeneral(data)).toEqual(["(chưa có sheet Thông tin chung)"]);
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "thcs", sheets: ["general"] });
    const empty = (await readWorkbook(wb)).data;
    expect(missingGeneral(empty)).toEqual([
      "Tên đơn vị",
      "Cơ quan chủ quản / cấp trên",
      "Thể thức văn bản",
      "Địa danh",
      "Kỳ báo cáo từ ngày",
      "Kỳ báo cáo đến ngày",
      "Ngày báo cáo",
      "Người ký",
      "Chức vụ người ký",
    ]);
    for (const kind of REPORT_KINDS)
      expect(kind.build(empty).blocks.length).toBeGreaterThan(5);
  });

  test("empty templates: every figure is a prompt — no “0 cán bộ”, no “0 lớp với 0 học sinh”, no 0 in tables", async () => {
    const wb = new MemoryWorkbook();
    await insertTemplates(wb, { level: "tieu-hoc" });
    const data = (await readWorkbook(wb)).data;
    for (const kind of REPORT_KINDS) {
      const tree = kind.build(data);
      const values = fieldValues(tree);
      for (const key of [
        "staff.total",
        "staff.party",
        "staff.partyFull",
        "students.classes",
        "students.total",
        "donations.total",
      ])
        expect([kind.id, key, values.has(key)]).toEqual([kind.id, key, false]);
      const prose = tree.blocks
        .flatMap((b) =>
          b.kind === "paragraph"
            ? [
                b.inlines
                  .map((i) => (i.kind === "prompt" ? `[${i.text}]` : i.text))
                  .join(""),
              ]
            : [],
        )
        .join("\n");
      expect(prose).not.toMatch(/\b0 (cán bộ|lớp|học sinh|đảng viên)/);
      const cells = tree.blocks.flatMap((b) =>
        b.kind === "table" ? b.rows.flat(2) : [],
      );
      expect(cells.filter((i) => i.kind === "field" && i.text === "0")).toEqual(
        [],
      );
    }
  });
});
