import { editText, formatPreviewCell } from "./format-cell";

describe("what the preview grid shows, as Excel on a Vietnamese system", () => {
  test("cells: grouped numbers, dd/mm/yyyy dates, text as is, errors as is", () => {
    expect(formatPreviewCell(332400000, "#,##0")).toBe("332.400.000");
    expect(formatPreviewCell(18.4, "0.0")).toBe("18,4");
    expect(formatPreviewCell(44972, "dd/mm/yyyy")).toBe("15/02/2023");
    expect(formatPreviewCell("3.28", "@")).toBe("3.28");
    expect(formatPreviewCell("#VALUE!", "#,##0", "=A1*2")).toBe("#VALUE!");
    expect(formatPreviewCell(null)).toBe("");
  });

  test("the formula bar: the formula, the raw number with a decimal comma, the date, text that types back as text", () => {
    expect(editText(64, "#,##0", "=SUM(B4:B16)")).toBe("=SUM(B4:B16)");
    expect(editText(1668, "#,##0")).toBe("1668");
    expect(editText(18.4)).toBe("18,4");
    expect(editText(44972, "dd/mm/yyyy")).toBe("15/02/2023");
    expect(editText(0.938, "0.0%")).toBe("93,8%");
    expect(editText("Giáo viên")).toBe("Giáo viên");
    expect(editText("03", "@")).toBe("03");
    // Text that would become a number or a formula if typed again keeps an apostrophe.
    expect(editText("03")).toBe("'03");
    expect(editText("=Hội cha mẹ")).toBe("'=Hội cha mẹ");
    expect(editText(true)).toBe("TRUE");
  });
});
