/** `so-ket` / `tong-ket` — Báo cáo sơ kết / tổng kết phong trào thi đua "Dân vận khéo" (seed 001):
 *  the period from Thông tin chung, the sections from the narrative sheet. */
import type { OutlinedKind } from "../outlined";

const movement = "phong trào thi đua “Dân vận khéo”";

export const soKet: OutlinedKind = {
  id: "so-ket",
  subject: (c) => `Sơ kết ${movement} ${c.period}`,
  intro: (c) =>
    `{{general.unitName}} báo cáo sơ kết ${movement} ${c.period} như sau:`,
  closing: (c) =>
    `Trên đây là báo cáo sơ kết ${movement} ${c.period} của {{general.unitName}}./.`,
};

export const tongKet: OutlinedKind = {
  id: "tong-ket",
  subject: (c) => `Tổng kết ${movement} ${c.period}`,
  intro: (c) =>
    `{{general.unitName}} báo cáo tổng kết ${movement} ${c.period} như sau:`,
  closing: (c) =>
    `Trên đây là báo cáo tổng kết ${movement} ${c.period} của {{general.unitName}}./.`,
};
