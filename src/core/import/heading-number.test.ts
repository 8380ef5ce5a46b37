import { parseHeadingNumber } from "./heading-number";

describe("parseHeadingNumber", () => {
  test.each([
    ["I. KHÁI QUÁT CHUNG", "roman", "I", true, "KHÁI QUÁT CHUNG"],
    ["II- KẾT QUẢ TRIỂN KHAI", "roman", "II", true, "KẾT QUẢ TRIỂN KHAI"],
    ["III - Đánh giá", "roman", "III", true, "Đánh giá"],
    ["IV/ Mục tiêu", "roman", "IV", true, "Mục tiêu"],
    [
      "VII. KIẾN NGHỊ, ĐỀ XUẤT: Không",
      "roman",
      "VII",
      true,
      "KIẾN NGHỊ, ĐỀ XUẤT: Không",
    ],
    ["II-KẾT QUẢ", "roman", "II", true, "KẾT QUẢ"],
    ["1. Thuận lợi:", "arabic", "1", true, "Thuận lợi:"],
    ["1) Tuyên truyền", "arabic", "1", true, "Tuyên truyền"],
    ["1/ Tuyên truyền", "arabic", "1", true, "Tuyên truyền"],
    ["1 - Tuyên truyền", "arabic", "1", true, "Tuyên truyền"],
    ["1. ưu điểm", "arabic", "1", true, "ưu điểm"],
    [
      "2.1. Đ/c Trương Thị Bích Ngọc: Khéo",
      "arabic",
      "2.1",
      true,
      "Đ/c Trương Thị Bích Ngọc: Khéo",
    ],
    [
      "2.1 Đ/c Hồ Thị Tuyến : Khéo",
      "arabic",
      "2.1",
      false,
      "Đ/c Hồ Thị Tuyến : Khéo",
    ],
    ["2.1.Lãnh đạo toàn đơn vị", "arabic", "2.1", true, "Lãnh đạo toàn đơn vị"],
    ["3. 4. Công tác lãnh đạo", "arabic", "3.4", true, "Công tác lãnh đạo"],
    ["1.2.3. Chi tiết", "arabic", "1.2.3", true, "Chi tiết"],
    [
      "2.10. Đ/c Nguyễn Thị Lệ Thanh",
      "arabic",
      "2.10",
      true,
      "Đ/c Nguyễn Thị Lệ Thanh",
    ],
    ["1 Tập thể: Mô hình", "arabic", "1", false, "Tập thể: Mô hình"],
    ["01. Công tác", "arabic", "01", true, "Công tác"],
    ["a) Ưu điểm", "letter", "a", true, "Ưu điểm"],
    ["b/ Hạn chế", "letter", "b", true, "Hạn chế"],
    ["c. Nguyên nhân", "letter", "c", true, "Nguyên nhân"],
    ["đ) Khác", "letter", "đ", true, "Khác"],
    ["A. PHẦN MỘT", "capital", "A", true, "PHẦN MỘT"],
    ["“1. Trích dẫn”", null, null, null, null],
  ])("%s", (line, kind, number, separated, rest) => {
    const h = parseHeadingNumber(line);
    if (kind === null) expect(h).toBeNull();
    else expect(h).toMatchObject({ kind, number, separated, rest });
  });

  test.each([
    "12/01/2021 ban hành",
    "25-NQ/TW ngày 03/6/2013",
    "1.668 học sinh",
    "2.300 quyển tập",
    "3.28 quyển tập",
    "65 cán bộ, giáo viên",
    "100% cán bộ giáo viên",
    "2023 là năm tiếp theo",
    "41/2 lớp",
    "8:30 họp",
    "15%",
    "12",
    "1.",
    "- Bản thân đồng chí",
    "+ Mục tiêu: Vận động",
    "Đ/c Hồ Thị Tuyến",
    "V/v báo cáo",
    "Vì vậy, nhà trường",
    "X-quang",
    "TP.HCM tài trợ",
    "Một là, công tác",
  ])("not a heading number: %s", (line) => {
    expect(parseHeadingNumber(line)).toBeNull();
  });

  test("parts and values", () => {
    expect(parseHeadingNumber("XIV. Khác")?.parts).toEqual([14]);
    expect(parseHeadingNumber("2.17. Đ/c Tống Thị Bích Liên")?.parts).toEqual([
      2, 17,
    ]);
    expect(parseHeadingNumber("c) Nguyên nhân")?.parts).toEqual([3]);
  });
});
