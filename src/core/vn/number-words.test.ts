import {
  isLetterAt,
  matchCurrencyWord,
  matchRoundWord,
  matchScaleWord,
} from "./number-words";

describe("words after a number", () => {
  test.each([
    ["triệu", 6, 5],
    ["trieu", 6, 5],
    ["tr", 6, 2],
    ["tr.", 6, 3],
    ["tỷ", 9, 2],
    ["tỉ", 9, 2],
    ["ty", 9, 2],
    ["nghìn", 3, 5],
    ["ngàn", 3, 4],
    ["nghin", 3, 5],
    ["k", 3, 1],
    ["nghìn tỷ", 12, 8],
    ["triệu đồng", 6, 5],
    ["TRIỆU", 6, 5],
    ["Tỷ", 9, 2],
    ["K", 3, 1],
  ])("scale %p", (word, exponent, length) =>
    expect(matchScaleWord(word, 0)).toEqual({ exponent, length }),
  );

  test.each(["trăm", "tra", "kg", "tyre", "nghìnx"])(
    "%p is not a scale word",
    (w) => expect(matchScaleWord(w, 0)).toBeNull(),
  );

  test("currency and chẵn", () => {
    expect(matchCurrencyWord("đồng chẵn", 0)).toBe(4);
    expect(matchCurrencyWord("đ", 0)).toBe(1);
    expect(matchCurrencyWord("vnđ", 0)).toBe(3);
    expect(matchCurrencyWord("VNĐ", 0)).toBe(3);
    expect(matchCurrencyWord("Đồng", 0)).toBe(4);
    expect(matchCurrencyWord("vnd)", 0)).toBe(3);
    expect(matchCurrencyWord("dong", 0)).toBe(4);
    expect(matchCurrencyWord("₫", 0)).toBe(1);
    expect(matchCurrencyWord("đôi giày", 0)).toBe(0);
    expect(matchRoundWord("chẵn", 0)).toBe(4);
    expect(matchRoundWord("chan", 0)).toBe(4);
    expect(matchRoundWord("chăn", 0)).toBe(0);
    expect(matchRoundWord("CHẴN", 0)).toBe(4);
  });

  test("isLetterAt", () => {
    expect(isLetterAt("aĐ1 ", 0)).toBe(true);
    expect(isLetterAt("aĐ1 ", 1)).toBe(true);
    expect(isLetterAt("aĐ1 ", 2)).toBe(false);
    expect(isLetterAt("aĐ1 ", 3)).toBe(false);
    expect(isLetterAt("aĐ1 ", 9)).toBe(false);
  });
});

test("case-insensitive matching agrees with toLowerCase on every Vietnamese letter", () => {
  const letters =
    "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
  for (const ch of letters) {
    const word = `${ch}x`;
    expect([ch, matchRoundWord(`CH${ch.toUpperCase()}N`, 0)]).toEqual([
      ch,
      ch === "ẵ" || ch === "a" ? 4 : 0,
    ]);
    expect(word.toUpperCase().toLowerCase()).toBe(word);
  }
  expect(matchCurrencyWord("ĐỒNG", 0)).toBe(4);
  expect(matchScaleWord("NGÀN", 0)).toEqual({ exponent: 3, length: 4 });
  expect(matchScaleWord("TRIỆU", 0)).toEqual({ exponent: 6, length: 5 });
});
