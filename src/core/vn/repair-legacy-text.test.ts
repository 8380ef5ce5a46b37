import { repairLegacyText } from "./repair-legacy-text";

describe("repairLegacyText", () => {
  test.each([
    ["Tr\u00adêng tiÓu häc", "Trường tiểu học", "tcvn3"],
    ["C«ng ®oµn", "Công đoàn", "tcvn3"],
    ["Chi bé tr\u00adêng MN Trµng An", "Chi bộ trường MN Tràng An", "tcvn3"],
    ["Häc sinh", "Học sinh", "tcvn3"],
    ["ë nhµ", "ở nhà", "tcvn3"],
    ["TR¦êNG TIÓU HäC", "TRƯỜNG TIỂU HỌC", "tcvn3"],
    ["  Ban  chÊp hµnh\u00a0", "Ban chấp hành", "tcvn3"],
    ["Tröôøng", "Trường", "vni"],
    ["Coâng ñoaøn", "Công đoàn", "vni"],
    ["Coâng ty", "Công ty", "vni"],
    ["VIEÄT NAM", "VIỆT NAM", "vni"],
    ["Ban chaáp haønh Ñoaøn tröôøng", "Ban chấp hành Đoàn trường", "vni"],
    ["Ñoaøn keát", "Đoàn kết", "vni"],
  ] as const)("%p → %p (%s)", (input, text, encoding) =>
    expect(repairLegacyText(input)).toEqual({ text, encoding }),
  );

  test.each([
    "Trường tiểu học",
    "Trường tiểu học".normalize("NFD"),
    "Hoàn thành xuất sắc",
    "Hoá",
    "Hoà",
    "Thuý",
    "Cô giáo",
    "Giá cả",
    "Báo cáo số 01/BC-THCS",
    "Hello world",
    "Müller",
    "Jürgen Müller",
    "Ångström",
    "© Microsoft",
    "Windows®",
    "señor",
    "naïve café",
    "São Paulo",
    "Zürich Straße",
    "Crème brûlée",
    "½ giá",
    "« Báo cáo »",
    "25°C",
    "Khuê Nguyễn",
  ])("%p is left alone (normalised only)", (s) => {
    expect(repairLegacyText(s)).toEqual({
      text: s.normalize("NFC"),
      encoding: null,
    });
  });

  test("an encoding can be forced", () =>
    expect(repairLegacyText("Hoa\u00f8", "vni").text).toBe("Hoà"));
});
