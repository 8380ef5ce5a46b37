import {
  checkDocumentNumber,
  formatCitation,
  formatDocumentNumberLine,
  joinNumberSymbol,
  symbolStyle,
} from "./citation";

describe("document numbers and citations", () => {
  test("the citation in prose", () => {
    expect(
      formatCitation({
        docType: "Kế hoạch",
        number: "24",
        symbol: "KH/ĐU",
        date: { year: 2021, month: 1, day: 12 },
        issuer: "Đảng ủy phường Giang Biên",
        subject: "thực hiện công tác dân vận khéo năm 2021",
      }),
    ).toBe(
      "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về thực hiện công tác dân vận khéo năm 2021",
    );
    expect(
      formatCitation({
        docType: "Thông tư",
        number: "16",
        symbol: "2018/TT-BGDĐT",
        issuer: "Bộ Giáo dục và Đào tạo",
        subject: "về tài trợ cho các cơ sở giáo dục",
      }),
    ).toBe(
      "Thông tư số 16/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo về tài trợ cho các cơ sở giáo dục",
    );
    expect(
      formatCitation({ docType: "Công văn", number: "5", symbol: "UBND-HC" }),
    ).toBe("Công văn số 05/UBND-HC");
  });

  test("styles: Party X/Y joins with '-', state symbols with '-' join with '/'", () => {
    expect(symbolStyle("KH/ĐU")).toBe("party");
    expect(symbolStyle("KH-THCS")).toBe("state");
    expect(symbolStyle("2018/TT-BGDĐT")).toBe("state");
    expect(joinNumberSymbol("764", "UBND-HC")).toBe("764/UBND-HC");
    expect(joinNumberSymbol("1", "BC/CB")).toBe("01-BC/CB");
  });

  test("the number line of a header", () => {
    expect(formatDocumentNumberLine("state", "5", "KH-THCS")).toBe(
      "Số: 05/KH-THCS",
    );
    expect(formatDocumentNumberLine("party", "01", "BC/CB")).toBe(
      "Số 01-BC/CB",
    );
    expect(formatDocumentNumberLine("state", null, "BC-THCS")).toBe(
      "Số:      /BC-THCS",
    );
  });

  test.each([
    ["24-KH/ĐU", undefined, "party", []],
    ["764/UBND-HC", undefined, "state", []],
    ["05/KH-THCS", "state", "state", []],
    ["Số 127-QĐ/TW", "party", "party", []],
    ["24- KH/ĐU", undefined, "party", [/thừa dấu cách/]],
    ["5/KH-THCS", undefined, "state", [/thêm số 0/]],
    ["24/KH/ĐU", undefined, "party", [/dấu “-”/]],
    ["05-KH-THCS", undefined, "state", [/dấu “\/”/]],
    ["24-KH/ĐU", "state", "party", [/Văn bản Nhà nước/]],
  ] as const)("checks %p (family %p)", (text, family, style, problems) => {
    const r = checkDocumentNumber(text, family);
    expect(r.style).toBe(style);
    expect(r.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(r.problems[i]).toMatch(p));
  });

  test("something that is not a number and symbol", () => {
    expect(checkDocumentNumber("Kế hoạch năm").problems[0]).toMatch(
      /không có dạng số và ký hiệu/,
    );
  });
});
