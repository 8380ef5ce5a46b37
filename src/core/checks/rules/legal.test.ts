import { check } from "../../../../test/support/rules";
import { serial, tableOf } from "../../../../test/support/tables";
import { legalRefsSpec } from "../../sheets/specs";

describe("legal-basis rules", () => {
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
});
