import { wildcardMatcher, wildcardSource } from "./wildcard";

describe("Excel wildcards", () => {
  test.each([
    ["abc", "ABC", true],
    ["abc", "abcd", false],
    ["a*", "abc", true],
    ["a*", "a", true],
    ["a*", "ba", false],
    ["*c", "abc", true],
    ["?b", "ab", true],
    ["?b", "b", false],
    ["?b", "abb", false],
    ["a*c?", "aXYcZ", true],
    ["~*", "*", true],
    ["~*", "a", false],
    ["a~?", "a?", true],
    ["a~?", "ab", false],
    ["~~", "~", true],
    ["a~b", "a~b", true],
    ["x~", "x~", true],
    ["Công ty A~*", "công ty a*", true],
    ["Công ty A~*", "Công ty AB", false],
    ["(1+1).[x]", "(1+1).[X]", true],
    ["đảng ủy", "ĐẢNG ỦY", true],
  ])("pattern %j against %j is %p", (pattern, text, expected) => {
    expect(wildcardMatcher(pattern)(text)).toBe(expected);
  });

  test("gives unanchored regex sources for SEARCH", () => {
    expect(new RegExp(wildcardSource("b?d"), "i").exec("abcd")?.index).toBe(1);
    expect(wildcardSource("a.b")).toBe("a\\.b");
  });
});
