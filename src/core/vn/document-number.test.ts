import {
  joinNumberSymbol,
  padDocumentNumber,
  symbolStyle,
} from "./document-number";

describe("document number and symbol", () => {
  test.each([
    ["KH/ĐU", undefined, "party"],
    ["QĐ/TW", undefined, "party"],
    ["KH-THCS", undefined, "state"],
    ["UBND-HC", undefined, "state"],
    ["2018/TT-BGDĐT", undefined, "state"],
    ["2020/NĐ-CP", undefined, "state"],
    ["BC/CB-THCS", undefined, "party"],
    ["01-KH/BCĐ", undefined, "party"],
    ["05/KH-THCS", undefined, "state"],
    ["BC/CB-THCS", "/", "state"],
    ["BC", undefined, null],
    ["BC", "-", "party"],
    ["BC", "/", "state"],
  ] as const)("symbol %p (after %p) → %p", (symbol, sep, style) =>
    expect(symbolStyle(symbol, sep)).toBe(style),
  );

  test("padding and joining", () => {
    expect(padDocumentNumber("5")).toBe("05");
    expect(padDocumentNumber(" 05 ")).toBe("05");
    expect(padDocumentNumber("127")).toBe("127");
    expect(joinNumberSymbol("764", "UBND-HC")).toBe("764/UBND-HC");
    expect(joinNumberSymbol("5", "KH-THCS")).toBe("05/KH-THCS");
    expect(joinNumberSymbol("24", "KH/ĐU")).toBe("24-KH/ĐU");
    expect(joinNumberSymbol("1", "BC/CB")).toBe("01-BC/CB");
    expect(joinNumberSymbol("16", "2018/TT-BGDĐT")).toBe("16/2018/TT-BGDĐT");
    expect(joinNumberSymbol("3", "BC", "party")).toBe("03-BC");
    expect(joinNumberSymbol("", "KH/ĐU")).toBe("KH/ĐU");
    expect(joinNumberSymbol("12", " ")).toBe("12");
  });
});
