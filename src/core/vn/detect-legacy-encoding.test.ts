import fc from "fast-check";
import { detectLegacyEncoding } from "./detect-legacy-encoding";

describe("detectLegacyEncoding", () => {
  test("TCVN3 and VNI samples", () => {
    expect(detectLegacyEncoding("Tr\u00adêng tiÓu häc")).toBe("tcvn3");
    expect(detectLegacyEncoding("C«ng ®oµn")).toBe("tcvn3");
    expect(detectLegacyEncoding("Tröôøng")).toBe("vni");
    expect(detectLegacyEncoding("Coâng ñoaøn")).toBe("vni");
  });

  test("never fires on ASCII text", () => {
    fc.assert(
      fc.property(
        fc.string(),
        (s) => detectLegacyEncoding(s.replace(/[^\x20-\x7e]/g, "")) === null,
      ),
    );
  });

  test("never fires on Unicode Vietnamese (any mix of its letters and ASCII)", () => {
    const letters = [
      ..."aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ",
    ];
    const word = fc
      .array(fc.constantFrom(...letters, "n", "g", "t", "h"), {
        minLength: 1,
        maxLength: 6,
      })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.join(" ");
        // Text with a letter only Unicode Vietnamese has is never taken for a legacy encoding.
        return !/[ăđơưạ-ỹ]/.test(text) || detectLegacyEncoding(text) === null;
      }),
    );
  });
});
