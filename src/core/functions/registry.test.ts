import { dvkFunctions, findFunction } from "./registry";

describe("the DVK function registry", () => {
  test("names, order, lookup", () => {
    expect(Object.keys(dvkFunctions)).toEqual([
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
    expect(findFunction(" TyLe ")?.id).toBe("TYLE");
    expect(findFunction("toString")).toBeNull();
    expect(findFunction("constructor")).toBeNull();
  });

  test("help texts are Vietnamese NFC; optional parameters come last, repeating ones last of all", () => {
    for (const [id, spec] of Object.entries(dvkFunctions)) {
      expect(id).toMatch(/^[A-Z]+$/);
      for (const text of [
        spec.description,
        spec.example,
        ...spec.params.map((p) => p.description),
      ])
        expect(text).toBe(text.normalize("NFC"));
      const kinds = spec.params.map((p) =>
        p.repeating ? 2 : p.optional ? 1 : 0,
      );
      expect(kinds).toEqual([...kinds].sort());
    }
  });

  test("evaluate runs each function on arguments as Excel passes them", () => {
    expect(dvkFunctions.DOCSO.evaluate([332_400_000])).toBe(
      "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng",
    );
    expect(dvkFunctions.DOCSO.evaluate([105, "", "lẻ"])).toBe(
      "một trăm lẻ năm",
    );
    expect(dvkFunctions.SO.evaluate(["18,4 triệu"])).toBe(18_400_000);
    expect(dvkFunctions.TONG.evaluate(["1.000", 2, "3,5"])).toBe(1005.5);
    expect(dvkFunctions.KIEMTRA.evaluate([65, 3, 40, 18])).toBe(
      "Lệch: 65 ≠ 61 (thiếu 4)",
    );
    expect(dvkFunctions.TRIEU.evaluate([332_400_000])).toBe("332,4 triệu đồng");
    expect(dvkFunctions.TYLE.evaluate([61, 65])).toBe("93,8%");
    expect(dvkFunctions.NGAYVB.evaluate(["13/9/2021", "Giang Biên"])).toBe(
      "Giang Biên, ngày 13 tháng 9 năm 2021",
    );
    expect(
      dvkFunctions.VANBAN.evaluate([
        "Kế hoạch",
        24,
        "KH/ĐU",
        "12/01/2021",
        "Đảng ủy phường Giang Biên",
      ]),
    ).toBe(
      "Kế hoạch số 24-KH/ĐU ngày 12/01/2021 của Đảng ủy phường Giang Biên",
    );
    expect(dvkFunctions.CHUAN.evaluate(["C«ng ®oµn"])).toBe("Công đoàn");
  });
});
