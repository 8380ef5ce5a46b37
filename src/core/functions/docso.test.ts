import { docSo, readOptionsFromArgs } from "./docso";
import { DvkFunctionError } from "./dvk-function-error";

describe("DVK.DOCSO", () => {
  test('money by default, plain numbers with unit "", style keywords', () => {
    expect(docSo(332_400_000)).toBe(
      "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng",
    );
    expect(docSo(332_400_000, null, "chẵn")).toBe(
      "Ba trăm ba mươi hai triệu bốn trăm nghìn đồng chẵn",
    );
    expect(docSo(105, "", "lẻ")).toBe("một trăm lẻ năm");
    expect(docSo("1.000.001", "đồng", "chẵn, ngàn")).toBe(
      "Một triệu không trăm linh một đồng chẵn",
    );
    expect(docSo("18,4 triệu")).toBe("Mười tám triệu bốn trăm nghìn đồng");
    expect(docSo("1.000.000.000.000.000.000.000", "")).toBe("một nghìn tỷ tỷ");
    expect(docSo(2624, "cây viết", "thường")).toBe(
      "hai nghìn sáu trăm hai mươi tư cây viết",
    );
    expect(docSo([[24]], "", "bon; le")).toEqual([["hai mươi bốn"]]);
  });

  test("a range spills, with an error in each unreadable cell", () => {
    const spilled = docSo(
      [[1], [""], ["3.28"], [24], [true]],
      "",
    ) as unknown[][];
    expect(spilled[0]).toEqual(["một"]);
    expect(spilled[1]).toEqual([""]);
    expect(spilled[2][0]).toBeInstanceOf(DvkFunctionError);
    expect((spilled[2][0] as Error).message).toMatch(/Có phải 3\.280\?/);
    expect(spilled[3]).toEqual(["hai mươi tư"]);
    expect((spilled[4][0] as Error).message).toBe(
      "Giá trị TRUE không phải là số.",
    );
  });

  test("refusals for the whole call", () => {
    expect(() => docSo(true)).toThrow("Giá trị TRUE không phải là số.");
    expect(() => docSo(1, null, "kiểu lạ")).toThrow(
      /Kiểu đọc không hợp lệ: “kiểu, lạ”/,
    );
    expect(() => docSo(2 ** 60)).toThrow(/dạng văn bản/);
    expect(() => docSo("10.000.000.000.000.000.000.000")).toThrow(/10\^22/);
    expect(() => docSo(null)).toThrow(expect.objectContaining({ kind: "na" }));
  });

  test("readOptionsFromArgs maps the keywords, with or without diacritics", () => {
    expect(readOptionsFromArgs(null, "lẻ ngàn bốn chẵn thường")).toEqual({
      unit: "đồng",
      zeroTens: "lẻ",
      thousand: "ngàn",
      fourAfterTens: "bốn",
      round: true,
      capitalize: false,
    });
    expect(readOptionsFromArgs("", "LE, NGAN")).toEqual({
      unit: "",
      zeroTens: "lẻ",
      thousand: "ngàn",
    });
    expect(readOptionsFromArgs(null, null)).toEqual({ unit: "đồng" });
    expect(readOptionsFromArgs(null, "chẵn")).toBe(
      readOptionsFromArgs(null, "chẵn"),
    );
  });
});
