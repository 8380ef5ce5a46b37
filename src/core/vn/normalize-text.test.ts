import { normalizeText } from "./normalize-text";

describe("normalizeText", () => {
  test.each([
    [
      "  Trường\u00a0 THCS \t Lý Tự Trọng ".normalize("NFD"),
      "Trường THCS Lý Tự Trọng",
    ],
    ["Công\u202fđoàn\u2009trường", "Công đoàn trường"],
    ["Nguyễn\u200b Văn\ufeff An", "Nguyễn Văn An"],
    ["Dòng 1 \r\n  Dòng 2\n\n\nDòng 3\n", "Dòng 1\nDòng 2\n\nDòng 3"],
    ["", ""],
    ["   ", ""],
  ])("%p → %p", (input, output) => {
    expect(normalizeText(input)).toBe(output);
    expect(normalizeText(normalizeText(input))).toBe(output);
  });
});
