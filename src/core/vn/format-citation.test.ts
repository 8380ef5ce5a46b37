import { formatCitation } from "./format-citation";

describe("formatCitation", () => {
  test("Party and state documents", () => {
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
        docType: "Chỉ thị",
        number: "02",
        symbol: "CT/TU",
        date: { year: 2021, month: 3, day: 4 },
        issuer: "Tỉnh ủy",
      }),
    ).toBe("Chỉ thị số 02-CT/TU ngày 04/03/2021 của Tỉnh ủy");
    expect(
      formatCitation({
        docType: "Thông tư",
        number: "16",
        symbol: "2018/TT-BGDĐT",
        issuer: "Bộ Giáo dục và Đào tạo",
        subject: "Về tài trợ cho các cơ sở giáo dục",
      }),
    ).toBe(
      "Thông tư số 16/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo Về tài trợ cho các cơ sở giáo dục",
    );
    expect(
      formatCitation({ docType: "Công văn", number: "5", symbol: "UBND-HC" }),
    ).toBe("Công văn số 05/UBND-HC");
  });

  test("an explicit style, NFD and stray spaces, missing parts", () => {
    expect(
      formatCitation({
        docType: "Báo cáo",
        number: "3",
        symbol: "BC",
        style: "party",
      }),
    ).toBe("Báo cáo số 03-BC");
    expect(
      formatCitation({
        docType: " Kế  hoạch ".normalize("NFD"),
        number: " 24 ",
        symbol: "KH/ĐU".normalize("NFD"),
        issuer: "  Chi bộ  ",
      }),
    ).toBe("Kế hoạch số 24-KH/ĐU của Chi bộ");
    expect(
      formatCitation({
        docType: "Luật Giáo dục",
        number: "",
        symbol: "",
        issuer: null,
        subject: null,
      }),
    ).toBe("Luật Giáo dục");
  });
});
