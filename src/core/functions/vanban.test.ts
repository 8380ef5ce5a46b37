import { vanBan } from "./vanban";

describe("DVK.VANBAN", () => {
  test("Party and state citations", () => {
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
    expect(vanBan("Kế hoạch", 5, "KH-THCS", 44208, "")).toBe(
      "Kế hoạch số 05/KH-THCS ngày 12/01/2021",
    );
  });
  test("refusals", () => {
    expect(() => vanBan("", 1, "KH/ĐU", null, "x")).toThrow(/loại văn bản/);
    expect(() => vanBan("Kế hoạch", null, "KH/ĐU", null, "x")).toThrow(
      "Cần số văn bản.",
    );
    expect(() => vanBan("Kế hoạch", 1, "KH/ĐU", "31/02/2021", "x")).toThrow(
      /^Ngày: /,
    );
  });
});
