import { clip, quote, QUOTE_MAX } from "./quote";

describe("quoting a cell's text in a message", () => {
  test("a short text is quoted whole", () => {
    expect(quote("Xã, phường")).toBe("“Xã, phường”");
    expect(quote(null)).toBe("“”");
    expect(quote(18.4)).toBe("“18.4”");
  });

  test("a 32,767-character cell is cut to at most 200 characters, with an ellipsis", () => {
    const cell = "x".repeat(32_767);
    const q = clip(cell);
    expect(Array.from(q).length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(q.endsWith("…")).toBe(true);
    expect(quote(cell)).toBe(`“${q}”`);
  });

  test("the cut falls at a space near the end, never between a letter and its marks", () => {
    const words = "Hội cha mẹ học sinh ủng hộ ".repeat(20);
    const q = clip(words);
    expect(q).toMatch(/ hộ…$|[^ ]…$/);
    expect(q).not.toMatch(/ …$/);
    expect(words.startsWith(q.slice(0, -1))).toBe(true);
    // Decomposed text (NFD): the mark stays with its letter.
    const nfd = "ệ".normalize("NFD").repeat(150);
    const cut = clip(nfd, 101);
    expect(cut.slice(0, -1).normalize("NFC")).toBe(
      "ệ".repeat(cut.slice(0, -1).normalize("NFC").length),
    );
    // Emoji (surrogate pairs) are never split.
    expect(clip("😀".repeat(300)).slice(0, -1)).toBe("😀".repeat(199));
  });
});
