import { chuan } from "./chuan";

describe("DVK.CHUAN", () => {
  test("legacy encodings repaired, Unicode normalised, other values passed through", () => {
    expect(chuan("C«ng ®oµn")).toBe("Công đoàn");
    expect(
      chuan([
        ["Tröôøng", 5],
        [true, null],
      ]),
    ).toEqual([
      ["Trường", 5],
      [true, ""],
    ]);
    expect(chuan("  Trường  học ".normalize("NFD"))).toBe("Trường học");
    expect(chuan(null)).toBe("");
  });
});
