/** `dang-ky-mo-hinh` — Bảng đăng ký xây dựng mô hình "Dân vận khéo" (seed 002), for one model: the
 *  form has no "Số:" line; the level is one word ("cấp thành phố", not the list's "huyện, quận,
 *  thành phố"); the opening names the unit, its address, the plan it answers and the model; the
 *  sections print the model's registration details until a text is written for them. */
import type { OutlinedKind } from "../outlined";
import { levelName } from "../parts";

export const dangKyMoHinh: OutlinedKind = {
  id: "dang-ky-mo-hinh",
  documentType: "BẢNG ĐĂNG KÝ",
  numbered: false,
  legalBases: false,
  subject: (c) => {
    const m = c.model;
    const level = m?.registrationLevel
      ? ` cấp ${levelName(m.registrationLevel, c.general, m)}`
      : "";
    return `Xây dựng mô hình, điển hình “Dân vận khéo”${level} năm ${m?.year ?? c.year}`;
  },
  intro: (c) =>
    [
      "- Tên cơ quan, đơn vị: {{general.unitName}}",
      "- Địa chỉ cụ thể: {{model.address}}",
      c.model?.basis
        ? "Sau khi nghiên cứu mục đích, ý nghĩa, yêu cầu và tiêu chuẩn thực hiện điển hình “Dân vận khéo” theo {{model.basis}}."
        : "",
      "Chúng tôi xin đăng ký thực hiện mô hình “Dân vận khéo” với nội dung thi đua “Dân vận khéo” là {{model.name}}.",
      "Người, tập thể thực hiện: {{model.owner}}.",
      "Mô hình “Dân vận khéo” thuộc lĩnh vực: {{model.field}}.",
    ]
      .filter(Boolean)
      .join("\n"),
  closing: () =>
    "Chúng tôi phấn đấu thực hiện có hiệu quả mô hình “Dân vận khéo” đã đăng ký để góp phần hoàn thành tốt nhiệm vụ chính trị, công tác tại cơ quan, đơn vị.",
};
