import { groupReadings, readGroup } from "./group-readings";

const v = { zeroTens: "linh", fourAfterTens: "tư" } as const;

describe("three-digit groups", () => {
  test.each([
    [0, false, ""],
    [5, false, "năm"],
    [10, false, "mười"],
    [15, false, "mười lăm"],
    [21, false, "hai mươi mốt"],
    [11, false, "mười một"],
    [24, false, "hai mươi tư"],
    [14, false, "mười bốn"],
    [105, false, "một trăm linh năm"],
    [110, false, "một trăm mười"],
    [5, true, "không trăm linh năm"],
    [17, true, "không trăm mười bảy"],
    [400, true, "bốn trăm"],
    [0, true, "không trăm"],
  ])("%p (full %p) → %p", (n, full, words) =>
    expect(readGroup(n, full, v)).toBe(words),
  );

  test("variants: lẻ, bốn", () => {
    expect(readGroup(105, false, { zeroTens: "lẻ", fourAfterTens: "tư" })).toBe(
      "một trăm lẻ năm",
    );
    expect(
      readGroup(44, false, { zeroTens: "linh", fourAfterTens: "bốn" }),
    ).toBe("bốn mươi bốn");
  });

  test("tables: 1000 readings each, an all-zero later group is skipped", () => {
    const t = groupReadings(v);
    expect(t.leading).toHaveLength(1000);
    expect(t.full[0]).toBe("");
    expect(t.full[1]).toBe("không trăm linh một");
    expect(groupReadings({ ...v })).toBe(t);
  });
});
