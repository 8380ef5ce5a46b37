/** `cong-tac-dan-van` — Báo cáo kết quả thực hiện công tác dân vận (seed 003, state format): the
 *  seed's eight subsections of results, the evaluation counts under "Đánh giá chung". */
import type { OutlinedKind } from "../outlined";

export const congTacDanVan: OutlinedKind = {
  id: "cong-tac-dan-van",
  subject: (c) => `Kết quả thực hiện công tác dân vận ở đơn vị ${c.period}`,
  intro: (c) =>
    `{{general.unitName}} báo cáo kết quả thực hiện công tác dân vận ở đơn vị ${c.period} với nội dung cụ thể như sau:`,
  closing: (c) =>
    `Trên đây là báo cáo kết quả thực hiện công tác dân vận ${c.period} của {{general.unitName}}./.`,
};
