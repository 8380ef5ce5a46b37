import {
  chuan,
  docSo,
  DvkFunctionError,
  kiemTra,
  ngayVb,
  readOptions,
  so,
  tong,
  trieu,
  tyLe,
  vanBan,
} from "./dvk-functions";
import { DVK_FUNCTIONS, findFunction } from "./registry";

describe("DVK functions (host-free)", () => {
  test("DOCSO: scalar, options, spilled range with per-cell errors", () => {
    expect(docSo(332_400_000)).toBe(
      "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng",
    );
    expect(docSo(105, "", "lẻ")).toBe("một trăm lẻ năm");
    expect(docSo("1.000.001", "đồng", "chẵn, ngàn")).toBe(
      "Một triệu không trăm linh một đồng chẵn",
    );
    const spilled = docSo([[1], [""], ["3.28"], [24]], "") as unknown[][];
    expect(spilled[0]).toEqual(["một"]);
    expect(spilled[1]).toEqual([""]);
    expect(spilled[2][0]).toBeInstanceOf(DvkFunctionError);
    expect((spilled[2][0] as Error).message).toMatch(/Có phải 3\.280\?/);
    expect(spilled[3]).toEqual(["hai mươi tư"]);
    expect(() => docSo(true)).toThrow("TRUE");
    expect(() => docSo(1, null, "kiểu lạ")).toThrow(/Kiểu đọc không hợp lệ/);
    expect(() => docSo(2 ** 60)).toThrow(/văn bản/);
  });

  test("readOptions maps the style keywords", () => {
    expect(readOptions(null, "lẻ ngàn bốn chẵn thường")).toEqual({
      unit: "đồng",
      zeroTens: "lẻ",
      thousand: "ngàn",
      fourAfterTens: "bốn",
      round: true,
      capitalize: false,
    });
  });

  test("SO: text to number, refusing ambiguity", () => {
    expect(so("18,4 triệu")).toBe(18_400_000);
    expect(so([["2.300", "1,5 tỷ"]])).toEqual([[2300, 1_500_000_000]]);
    expect(() => so("3.28")).toThrow(/Có phải 3\.280\?/);
    expect(() => so("#N/A")).toThrow(/#N\/A/);
  });

  test("TONG: ranges of numbers and texts, blanks ignored, first unreadable named", () => {
    expect(
      tong([
        [
          [1, "2.300", null, ""],
          ["18,4 triệu", 0.5, "  ", 4],
        ],
      ]),
    ).toBe(18_402_305.5);
    expect(tong(["1.000", 2, "3,5"])).toBe(1005.5);
    expect(() =>
      tong([
        [
          [1, 2],
          [3, "3.28"],
        ],
        [["abc"]],
      ]),
    ).toThrow(/^Ô dòng 2, cột 2 của vùng 1: “3\.28” không rõ nghĩa/);
    expect(() => tong([1, true])).toThrow(/Đối số 2: Giá trị TRUE/);
  });

  test("KIEMTRA: Khớp, thiếu, thừa", () => {
    expect(kiemTra(61, [3, 40, [[12, 1, 1, 1, 3]]])).toBe("Khớp");
    expect(kiemTra(65, [3, 40, 18])).toBe("Lệch: 65 ≠ 61 (thiếu 4)");
    expect(
      kiemTra("332,4 triệu", [
        [[36_000_000], ["18.400.000"], [250_000_000], [28_000_001]],
      ]),
    ).toBe("Lệch: 332.400.000 ≠ 332.400.001 (thừa 1)");
    expect(kiemTra(0.3, [0.1, 0.2])).toBe("Khớp");
  });

  test("TRIEU, TYLE", () => {
    expect(trieu(332_400_000)).toBe("332,4 triệu đồng");
    expect(trieu(18_450_000, 2)).toBe("18,45 triệu đồng");
    expect(trieu([[36_000_000, "250 tr"]])).toEqual([
      ["36 triệu đồng", "250 triệu đồng"],
    ]);
    expect(tyLe(61, 65)).toBe("93,8%");
    expect(tyLe("1.668", "3.336", 0)).toBe("50%");
    expect(() => tyLe(1, 0)).toThrow(/tổng bằng 0/);
    expect(() => trieu(1, 11)).toThrow(/từ 0 đến 10/);
  });

  test("NGAYVB, VANBAN, CHUAN", () => {
    expect(ngayVb("13/9/2021", "Giang Biên")).toBe(
      "Giang Biên, ngày 13 tháng 9 năm 2021",
    );
    expect(ngayVb(46058)).toBe("ngày 05 tháng 02 năm 2026");
    expect(() => ngayVb("31/02/2024")).toThrow(/29 ngày/);
    expect(
      vanBan(
        "Kế hoạch",
        24,
        "KH/ĐU",
        "12/01/2021",
        "Đảng ủy phường Giang Biên",
        "thực hiện công tác dân vận năm 2021",
      ),
    ).toBe(
      "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên về thực hiện công tác dân vận năm 2021",
    );
    expect(
      vanBan("Công văn", 764, "UBND-HC", null, "UBND quận Long Biên"),
    ).toBe("Công văn số 764/UBND-HC của UBND quận Long Biên");
    expect(() => vanBan("", 1, "KH/ĐU", null, "x")).toThrow(/loại văn bản/);
    expect(chuan("C«ng ®oµn")).toBe("Công đoàn");
    expect(chuan([["Tröôøng", 5]])).toEqual([["Trường", 5]]);
    expect(chuan("  Trường  học ".normalize("NFD"))).toBe("Trường học");
  });

  test("the registry finds functions by name and evaluates them", () => {
    expect(Object.keys(DVK_FUNCTIONS)).toEqual([
      "DOCSO",
      "SO",
      "TONG",
      "KIEMTRA",
      "TRIEU",
      "TYLE",
      "NGAYVB",
      "VANBAN",
      "CHUAN",
    ]);
    expect(findFunction("dvk.docso")?.id).toBe("DOCSO");
    expect(findFunction("toString")).toBeNull();
    expect(findFunction("KIEMTRA")?.spec.evaluate([65, 3, 40, 18])).toBe(
      "Lệch: 65 ≠ 61 (thiếu 4)",
    );
  });
});
