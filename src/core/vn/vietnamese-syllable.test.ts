import { isVietnameseSyllable } from "./vietnamese-syllable";

const PARAGRAPH =
  "Chi bộ trường tiểu học Vĩnh Bình Bắc báo cáo kết quả thực hiện mô hình dân vận khéo năm học này vận động được ba trăm ba mươi hai triệu đồng hai nghìn sáu trăm quyển tập xe đạp cho học sinh nghèo vượt khó giữ gìn vệ sinh phòng chống đuối nước nhà trường cảm ơn các nhà hảo tâm quý khách khuya khoắc nghiêng ngả gì giặt quà quét xoong thuở";

describe("isVietnameseSyllable", () => {
  test("every word of a Vietnamese paragraph", () => {
    for (const w of PARAGRAPH.split(" "))
      expect([w, isVietnameseSyllable(w)]).toEqual([w, true]);
  });
  test.each([
    "Mỹller",
    "Jỹrgen",
    "Straòe",
    "Windowsđ",
    "brỷlộe",
    "Ångstrưm",
    "seđor",
    "hello",
    "mat",
    "hỏc",
    "họcc",
    "tiểuu",
    "đáá",
    "",
  ])("%p is not", (w) => expect(isVietnameseSyllable(w)).toBe(false));
});
