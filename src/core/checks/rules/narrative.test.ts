import { check } from "../../../../test/support/rules";
import { tableOf } from "../../../../test/support/tables";
import { narrativeSpec, staffSpec } from "../../sheets/specs";

const KIND = "Báo cáo sơ kết phong trào thi đua “Dân vận khéo”";

describe("narrative rules", () => {
  test("narrative.data: a data block name the drafts do not know, at its cell", () => {
    const t = tableOf(narrativeSpec, [
      {
        order: 210,
        kind: KIND,
        number: "I",
        heading: "Đặc điểm",
        data: "Tình hình và bảng thống kê; Tổ chức Đảng",
      },
      {
        order: 220,
        kind: KIND,
        number: "II",
        heading: "Kết quả",
        data: "tình hình và bảng thống kê;Bảng lương",
      },
    ]);
    const f = check("narrative.data", [t]);
    expect(f.map((x) => [x.cell, x.message.split(";")[0]])).toEqual([
      ["F5", "“Bảng lương” không phải tên số liệu DVK chèn được"],
    ]);
  });

  test("narrative.fields: a {{key}} the workbook has no figure for; known keys pass", () => {
    const staff = tableOf(staffSpec, [{ category: "Giáo viên", total: 40 }]);
    const t = tableOf(narrativeSpec, [
      {
        order: 210,
        kind: KIND,
        number: "I",
        text: "Nhà trường có {{staff.total}} CB-GV-NV, {{general.unitName}}.",
      },
      {
        order: 211,
        kind: KIND,
        number: "1",
        text: "Có {{staff.totl}} người;\n{{party.partyGroups:00}} tổ đảng.",
      },
    ]);
    const f = check("narrative.fields", [staff, t]);
    expect(f.map((x) => [x.cell, x.message.split(" (")[0]])).toEqual([
      ["E5", "Sổ không có số liệu {{staff.totl}}"],
      // No "Tổ chức Đảng" sheet: its figures are not in this workbook either.
      ["E5", "Sổ không có số liệu {{party.partyGroups}}"],
    ]);
  });
});
