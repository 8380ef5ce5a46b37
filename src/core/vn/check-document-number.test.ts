import { checkDocumentNumber } from "./check-document-number";

describe("checkDocumentNumber", () => {
  test.each([
    ["24-KH/ĐU", undefined, "party", [], null],
    ["127-QĐ/TW", "party", "party", [], null],
    ["Số 127-QĐ/TW", "party", "party", [], null],
    ["01-BC/CB-THCS", undefined, "party", [], null],
    ["764/UBND-HC", undefined, "state", [], null],
    ["05/KH-THCS", "state", "state", [], null],
    ["Số: 05/KH-THCS", undefined, "state", [], null],
    ["16/2018/TT-BGDĐT", undefined, "state", [], null],
    ["30/2020/NĐ-CP", "state", "state", [], null],
    ["24- KH/ĐU", undefined, "party", [/thừa dấu cách/], "24-KH/ĐU"],
    ["24 - KH / ĐU", undefined, "party", [/thừa dấu cách/], "24-KH/ĐU"],
    [
      "5/KH-THCS",
      undefined,
      "state",
      [/có số 0 ở đầu: 05\/KH-THCS/],
      "05/KH-THCS",
    ],
    ["24/KH/ĐU", undefined, "party", [/dấu “-”: 24-KH\/ĐU/], "24-KH/ĐU"],
    ["05-KH-THCS", undefined, "state", [/dấu “\/”: 05\/KH-THCS/], "05/KH-THCS"],
    ["24-kh/đu", undefined, "party", [/in hoa: KH\/ĐU/], "24-KH/ĐU"],
    ["Số: 24-KH/ĐU", undefined, "party", [/không có dấu hai chấm/], "24-KH/ĐU"],
    [
      "Số 05/KH-THCS",
      undefined,
      "state",
      [/“Số:” có dấu hai chấm/],
      "05/KH-THCS",
    ],
    [
      "24-KH/ĐU",
      "state",
      "party",
      [/Văn bản hành chính dùng kiểu/],
      "24/KH/ĐU",
    ],
    [
      "5/KH-THCS",
      "party",
      "state",
      [/Văn bản của Đảng dùng kiểu/],
      "05-KH-THCS",
    ],
  ] as const)("%p (family %p)", (text, family, style, problems, corrected) => {
    const r = checkDocumentNumber(text, family);
    expect(r.style).toBe(style);
    expect(r.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(r.problems[i]).toMatch(p));
    expect(r.corrected).toBe(corrected);
    r.problems.forEach((p) => expect(p).toBe(p.normalize("NFC")));
  });

  test("something that is not a number and symbol", () => {
    expect(checkDocumentNumber("Kế hoạch năm")).toEqual({
      style: null,
      problems: [expect.stringMatching(/không có dạng số và ký hiệu/)],
      corrected: null,
    });
  });
});
