import { splitReport } from "./split-report";
import type { DocxParagraph } from "./types";

/** Plain paragraphs, one per line of `text`; "**…**" marks a bold line, "^^…" a centred one. */
function doc(text: string): DocxParagraph[] {
  return text.split("\n").map((line) => {
    let t = line;
    let bold = false;
    let centered = false;
    if (t.startsWith("^^")) {
      centered = true;
      t = t.slice(2);
    }
    if (t.startsWith("**") && t.endsWith("**")) {
      bold = true;
      t = t.slice(2, -2);
    }
    return { text: t, bold, italic: false, centered };
  });
}

const outline = (text: string) =>
  splitReport(doc(text)).sections.map((s) => [s.number, s.level, s.heading]);

describe("splitReport — header, title, summary", () => {
  test("the header block is skipped; the document type and the summary lines are captured", () => {
    const report = splitReport(
      doc(`PHÒNG GD&ĐT HUYỆN TÂN HỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC TÂN THÀNH A1\tĐộc lập - Tự do - Hạnh phúc
Số: 15/BC-THTTA1\tTân Hồng, ngày 31 tháng 05 năm 2024
BÁO CÁO
Kết quả thực hiện công tác dân vận
06 tháng đầu năm 2024
-----
Căn cứ Công văn số 764/UBND-HC ngày 28/5/2024;
Nhà trường báo cáo như sau:
I. KHÁI QUÁT CHUNG
Nội dung.`),
    );
    expect(report.documentType).toBe("BÁO CÁO");
    expect(report.summary).toBe(
      "Kết quả thực hiện công tác dân vận\n06 tháng đầu năm 2024",
    );
    expect(report.bases).toEqual([
      "Căn cứ Công văn số 764/UBND-HC ngày 28/5/2024;",
    ]);
    expect(report.intro).toBe("Nhà trường báo cáo như sau:");
    expect(report.sections).toEqual([
      {
        number: "I",
        level: 1,
        heading: "KHÁI QUÁT CHUNG",
        runIn: false,
        text: "Nội dung.",
      },
    ]);
  });

  test("in a formatted document the summary is the bold or centred lines after the title", () => {
    const report = splitReport(
      doc(`^^**BÁO CÁO**
^^**Sơ kết phong trào thi đua “Dân vận khéo”**
^^(Từ tháng 01 đến tháng 9 năm 2021)
Chi bộ Trường MN Tràng An báo cáo kết quả sơ kết
I. ĐẶC ĐIỂM`),
    );
    expect(report.summary).toBe(
      "Sơ kết phong trào thi đua “Dân vận khéo”\n(Từ tháng 01 đến tháng 9 năm 2021)",
    );
    expect(report.intro).toBe(
      "Chi bộ Trường MN Tràng An báo cáo kết quả sơ kết",
    );
  });

  test("document types other than BÁO CÁO, and a type with its summary on the same line", () => {
    expect(
      splitReport(
        doc(
          "BẢNG ĐĂNG KÝ\nXây dựng mô hình “Dân vận khéo” năm 2020\n- Tên đơn vị: Trường THCS",
        ),
      ).documentType,
    ).toBe("BẢNG ĐĂNG KÝ");
    expect(
      splitReport(doc("KẾ HOẠCH\nThực hiện phong trào")).documentType,
    ).toBe("KẾ HOẠCH");
    expect(
      splitReport(doc("ĐƠN VỊ: TRƯỜNG THCS THANH TRƯỜNG\nBÁO CÁO"))
        .documentType,
    ).toBe("BÁO CÁO");
    const inline = splitReport(
      doc("BÁO CÁO Sơ kết 6 tháng đầu năm 2024\nCăn cứ Kế hoạch số 1;"),
    );
    expect([inline.documentType, inline.summary]).toEqual([
      "BÁO CÁO",
      "Sơ kết 6 tháng đầu năm 2024",
    ]);
  });

  test("without a document type, the header lines are skipped and the body starts at the first other line", () => {
    const report = splitReport(
      doc(`CHI BỘ TRƯỜNG THCS LÝ TỰ TRỌNG
*
Số 05-BC/CB
Giếng Đáy, ngày 13 tháng 9 năm 2023
Chi bộ báo cáo như sau:
I. CÔNG TÁC CHỈ ĐẠO
Nội dung.`),
    );
    expect(report.documentType).toBeNull();
    expect(report.summary).toBe("");
    expect(report.intro).toBe("Chi bộ báo cáo như sau:");
    expect(report.sections.map((s) => s.number)).toEqual(["I"]);
  });
});

describe("splitReport — headings", () => {
  test("numbers written by hand, inconsistently: I., II-, III -, 1., 2.1., 2.1 , 3. 4., a), 1.2.", () => {
    expect(
      outline(`I. KHÁI QUÁT
1. Thuận lợi
II- KẾT QUẢ
1. Kết quả chung
1.2. Việc đẩy mạnh công tác dân vận
2.1 Công tác tuyên truyền
3. 4. Công tác lãnh đạo các đoàn thể
III - ĐÁNH GIÁ
1. Ưu điểm
a) Về tổ chức
b) Về kết quả
1.1.1. Chi tiết`),
    ).toEqual([
      ["I", 1, "KHÁI QUÁT"],
      ["1", 2, "Thuận lợi"],
      ["II", 1, "KẾT QUẢ"],
      ["1", 2, "Kết quả chung"],
      ["1.2", 3, "Việc đẩy mạnh công tác dân vận"],
      ["2.1", 3, "Công tác tuyên truyền"],
      ["3.4", 3, "Công tác lãnh đạo các đoàn thể"],
      ["III", 1, "ĐÁNH GIÁ"],
      ["1", 2, "Ưu điểm"],
      ["a", 3, "Về tổ chức"],
      ["b", 3, "Về kết quả"],
      ["1.1.1", 4, "Chi tiết"],
    ]);
  });

  test("a letter under a sub-section is one level deeper", () => {
    expect(outline("1.1. Tổ chức\na) Nhân sự\nb) Kinh phí")).toEqual([
      ["1.1", 3, "Tổ chức"],
      ["a", 4, "Nhân sự"],
      ["b", 4, "Kinh phí"],
    ]);
  });

  test("“heading: content” — the heading is the part before the ':', the text the rest", () => {
    const report = splitReport(
      doc(`I. Thời gian thực hiện mô hình “Dân vận khéo”: Năm 2020
II. Địa điểm thực hiện mô hình: tại Phường Thanh Trường.
2.1. Đ/c Hồ Thị Tuyến : Khéo trong tuyên truyền vận động CBGVNV
- Bản thân đồng chí luôn gương mẫu.
VII. KIẾN NGHỊ, ĐỀ XUẤT: Không`),
    );
    expect(report.sections).toEqual([
      {
        number: "I",
        level: 1,
        heading: "Thời gian thực hiện mô hình “Dân vận khéo”",
        runIn: true,
        text: "Năm 2020",
      },
      {
        number: "II",
        level: 1,
        heading: "Địa điểm thực hiện mô hình",
        runIn: true,
        text: "tại Phường Thanh Trường.",
      },
      {
        number: "2.1",
        level: 3,
        heading: "Đ/c Hồ Thị Tuyến",
        runIn: true,
        text: "Khéo trong tuyên truyền vận động CBGVNV\n- Bản thân đồng chí luôn gương mẫu.",
      },
      {
        number: "VII",
        level: 1,
        heading: "KIẾN NGHỊ, ĐỀ XUẤT",
        runIn: true,
        text: "Không",
      },
    ]);
  });

  test("a long numbered paragraph is a heading when text of its own follows, a list item when its next sibling does", () => {
    const long =
      "Công tác chỉ đạo quán triệt triển khai Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận; kết quả ban hành các văn bản.";
    const report = splitReport(
      doc(`II. CÔNG TÁC CHỈ ĐẠO
1. ${long}
Chi ủy, nhà trường luôn quan tâm chỉ đạo.
2. Nhiệm vụ chính trị trọng tâm
2.1.Lãnh đạo toàn đơn vị hoàn thành tốt nhiệm vụ năm học 2022 - 2023; triển khai và thực hiện tốt nhiệm vụ Học kì I năm học 2023 - 2024.
2.2. Triển khai có hiệu quả chương trình GDPT 2018; nâng cao chất lượng giáo dục toàn diện.
2.3. Chú trọng bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ, giáo viên nhà trường.
3. Công tác xây dựng Đảng`),
    );
    expect(report.sections.map((s) => [s.number, s.heading])).toEqual([
      ["II", "CÔNG TÁC CHỈ ĐẠO"],
      ["1", long],
      ["2", "Nhiệm vụ chính trị trọng tâm"],
      ["3", "Công tác xây dựng Đảng"],
    ]);
    expect(
      report.sections[2].text.split("\n").map((l) => l.slice(0, 5)),
    ).toEqual(["2.1.L", "2.2. ", "2.3. "]);
  });

  test("a bold numbered paragraph is a heading however long", () => {
    const long =
      "Kết quả thực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ; Kế hoạch số 22-KH/BDVHU-UBND ngày 01 tháng 4 năm 2024.";
    expect(outline(`**1. ${long}**\n**2. Kết quả khác**`)).toEqual([
      ["1", 2, long],
      ["2", 2, "Kết quả khác"],
    ]);
  });

  test("bullets are text, never headings; numbers inside prose never start a section", () => {
    const report = splitReport(
      doc(`I. KẾT QUẢ
- 1. Không phải đề mục
+ Nghị quyết Số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương;
Trường có 65 cán bộ, giáo viên; 01 Bí thư, 01 Phó Bí thư.
01 Bí thư và 03 chi ủy viên
12/01/2021 ban hành kế hoạch.
1.668 học sinh; 2.300 quyển tập
100% cán bộ giáo viên tham gia.`),
    );
    expect(report.sections).toHaveLength(1);
    expect(report.sections[0].text.split("\n")).toHaveLength(7);
  });

  test("a bare number without separator is a heading only when it is the number expected next", () => {
    expect(
      outline(`II. Đánh giá kết quả thực hiện
1 Tập thể: Mô hình “Vận động CBGVNV”
2. Cá nhân
3 Phụ huynh học sinh tham gia đầy đủ các buổi họp trong năm học theo kế hoạch của nhà trường và của lớp
5 Tồn tại: Không`),
    ).toEqual([
      ["II", 1, "Đánh giá kết quả thực hiện"],
      ["1", 2, "Tập thể"],
      ["2", 2, "Cá nhân"],
      [
        "3",
        2,
        "Phụ huynh học sinh tham gia đầy đủ các buổi họp trong năm học theo kế hoạch của nhà trường và của lớp",
      ],
    ]);
  });

  test("a line break inside a heading or a sentence is joined; one before a bullet or a number is kept", () => {
    const paragraphs: DocxParagraph[] = [
      {
        text: "I. KẾT QUẢ TRIỂN KHAI\nTHỰC HIỆN",
        bold: true,
        italic: false,
        centered: false,
      },
      {
        text: "1. Công tác tuyên truyền, vận động cán bộ\nvà nhân dân",
        bold: true,
        italic: false,
        centered: false,
      },
      {
        text: "Nội dung:\n- ý một;\n- ý hai.\nNhà trường đã\nlàm tốt.",
        bold: false,
        italic: false,
        centered: false,
      },
    ];
    const report = splitReport(paragraphs);
    expect(report.sections).toEqual([
      {
        number: "I",
        level: 1,
        heading: "KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
        runIn: false,
        text: "",
      },
      {
        number: "1",
        level: 2,
        heading: "Công tác tuyên truyền, vận động cán bộ và nhân dân",
        runIn: false,
        text: "Nội dung:\n- ý một;\n- ý hai.\nNhà trường đã làm tốt.",
      },
    ]);
  });

  test("a paragraph broken across pages is joined back", () => {
    const report = splitReport(
      doc(`1. Khái quát
- Cấp ủy chi bộ nghiêm túc phổ biến, quán triệt triển khai đầy đủ Chỉ thị 02-CT/TU về tiếp tục thực hiện
phong trào thi đua “Dân vận khéo” trong tình hình mới.
Nhà trường Ban hành văn bản số 103/ĐK-THCS về việc đăng ký
02 mô hình “Dân vận khéo” của tập thể năm 2023.`),
    );
    expect(report.sections[0].text).toBe(
      "- Cấp ủy chi bộ nghiêm túc phổ biến, quán triệt triển khai đầy đủ Chỉ thị 02-CT/TU về tiếp tục thực hiện phong trào thi đua “Dân vận khéo” trong tình hình mới.\n" +
        "Nhà trường Ban hành văn bản số 103/ĐK-THCS về việc đăng ký 02 mô hình “Dân vận khéo” của tập thể năm 2023.",
    );
  });
});

describe("splitReport — end of the body and closing", () => {
  test.each([
    ["Nơi nhận:\n- Lưu VT."],
    ["* Nơi nhận:\n- Lưu VT."],
    ["Nơi nhận:\tTM. BAN CHI ỦY\n- Lưu.\tBÍ THƯ"],
    ["T/M BAN CHI ỦY CHI BỘ\nBÍ THƯ"],
    ["TM. BAN VẬN ĐỘNG"],
    ["KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG"],
    ["HIỆU TRƯỞNG\nTrần Tấn Phước"],
    ["BÍ THƯ"],
    ["Người viết báo cáo\nNguyễn Văn A"],
    ["XÁC NHẬN CỦA BAN GIÁM HIỆU"],
    ["Thanh Trường, ngày 25 tháng 12 năm 2019\nNgười đăng ký"],
  ])("the body ends at: %s", (end) => {
    const report = splitReport(
      doc(
        `BÁO CÁO\nSơ kết\nI. KẾT QUẢ\nNội dung.\nTrên đây là báo cáo của Chi bộ.\n${end}\nII. KHÔNG ĐỌC`,
      ),
    );
    expect(report.sections).toEqual([
      {
        number: "I",
        level: 1,
        heading: "KẾT QUẢ",
        runIn: false,
        text: "Nội dung.",
      },
    ]);
    expect(report.closing).toBe("Trên đây là báo cáo của Chi bộ.");
  });

  test("a signature table ends the body; a data table with a title in it does not", () => {
    const row = (cells: string[]): DocxParagraph => ({
      text: cells.join(" | "),
      bold: false,
      italic: false,
      centered: false,
      cells,
    });
    const report = splitReport([
      ...doc("I. BAN CHỈ ĐẠO"),
      row(["1", "Trần Văn A", "HIỆU TRƯỞNG", "Trưởng ban"]),
      ...doc("Trên đây là báo cáo."),
      row(["Nơi nhận:\n- Lưu.", "T/M CHI ỦY\nBÍ THƯ"]),
      ...doc("Phụ lục"),
    ]);
    expect(report.sections[0].text).toBe(
      "1 | Trần Văn A | HIỆU TRƯỞNG | Trưởng ban",
    );
    expect(report.closing).toBe("Trên đây là báo cáo.");
  });

  test("“Nơi nhận” in prose, a date right after the title, a mixed-case authority line", () => {
    const report = splitReport(
      doc(`BÁO CÁO
Sơ kết năm học
Giang Biên, ngày 13 tháng 9 năm 2022
I. KẾT QUẢ
Nơi nhận hồ sơ là phòng văn thư nhà trường.
T/M Ban chi ủy
Bí thư`),
    );
    expect(report.sections).toEqual([
      {
        number: "I",
        level: 1,
        heading: "KẾT QUẢ",
        runIn: false,
        text: "Nơi nhận hồ sơ là phòng văn thư nhà trường.",
      },
    ]);
  });

  test("a registration form closes with its commitment", () => {
    const report = splitReport(
      doc(`BẢNG ĐĂNG KÝ
VII. Kết quả cuối cùng
100% cán bộ giáo viên tham gia.
Chúng tôi phấn đấu thực hiện có hiệu quả mô hình dân vận khéo đã đăng kí.
Thanh Trường, ngày 25 tháng 12 năm 2019`),
    );
    expect(report.sections[0].text).toBe("100% cán bộ giáo viên tham gia.");
    expect(report.closing).toBe(
      "Chúng tôi phấn đấu thực hiện có hiệu quả mô hình dân vận khéo đã đăng kí.",
    );
  });

  test("an empty document", () => {
    expect(splitReport([])).toEqual({
      documentType: null,
      summary: "",
      bases: [],
      intro: "",
      sections: [],
      closing: "",
    });
  });
});
