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
      "Ký hiệu “KH/THCS” theo kiểu Đảng nhưng “Trường THCS Lý Tự Trọng” là cơ quan Nhà nước; kiểu Nhà nước: 05/KH-THCS.",
    );
  });

  test("steering boards, education offices and joint issuers use either style: no verdict (seeds 000, 002, 003, 004)", () => {
    const refs = tableOf(legalRefsSpec, [
      {
        docType: "Kế hoạch",
        number: "01",
        symbol: "KH/BCĐ",
        issuer:
          "Ban chỉ đạo phong trào thi đua “Dân vận khéo” xã Vĩnh Bình Bắc",
      },
      {
        docType: "Hướng dẫn",
        number: "16",
        symbol: "HD/BCĐ",
        issuer: "Ban chỉ đạo thực hiện QCDC ở cơ sở",
      },
      {
        docType: "Kế hoạch",
        number: "209",
        symbol: "KH/PGDĐT",
        issuer: "Phòng Giáo dục và Đào tạo",
      },
      {
        docType: "Kế hoạch",
        number: "22",
        symbol: "KH/BDVHU-UBND",
        issuer: "Ban Dân vận Huyện ủy và Ủy ban nhân dân Huyện",
      },
      {
        docType: "Kế hoạch",
        number: "41",
        symbol: "41-KH/BCĐ",
        issuer: "Ban chỉ đạo thực hiện QCDC ở cơ sở",
      },
      // A Party committee with a state-style symbol is still told, with its own symbol restyled.
      {
        docType: "Kế hoạch",
        number: "5",
        symbol: "KH-ĐU",
        issuer: "Đảng ủy phường Giếng Đáy",
      },
    ]);
    const f = check("legal.style", [refs]);
    expect(f.map((x) => x.cell)).toEqual(["D9"]);
    expect(f[0].message).toBe(
      "Ký hiệu “KH-ĐU” theo kiểu Nhà nước nhưng “Đảng ủy phường Giếng Đáy” là cơ quan Đảng; kiểu Đảng: 05-KH/ĐU.",
    );
  });
});
