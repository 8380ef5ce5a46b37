/** `ket-qua-mo-hinh` — Báo cáo kết quả thực hiện mô hình "Dân vận khéo" (seed 000): the model's
 *  name and level in the trích yếu, the donations it mobilised under its results. */
import type { ModelRow } from "../../model/records";
import type { KindContext, OutlinedKind } from "../outlined";
import { levelName } from "../parts";
import { quoted } from "../sections";
import { field, para, text } from "../tree";

/** The model the report is about: the first collective one, else the first. */
function modelOf(c: KindContext): ModelRow | null {
  const rows = c.data.models?.rows.map((r) => r.value) ?? [];
  return rows.find((m) => m.kind === "collective") ?? rows[0] ?? null;
}

export const ketQuaMoHinh: OutlinedKind = {
  id: "ket-qua-mo-hinh",
  subject: (c) => {
    const m = modelOf(c);
    const level = m?.registrationLevel
      ? ` cấp ${levelName(m.registrationLevel, c.general, m)}`
      : "";
    return `Kết quả thực hiện mô hình “Dân vận khéo”${level} năm ${m?.year ?? c.year}`;
  },
  subtitle: (c) => {
    const m = modelOf(c);
    return m?.name
      ? [
          para(
            [
              text("Tên mô hình "),
              field("models.collective.name", quoted(m.name), true),
            ],
            {
              align: "center",
              italic: true,
            },
          ),
        ]
      : [];
  },
  intro: () =>
    `{{general.unitName}} báo cáo kết quả thực hiện mô hình “Dân vận khéo” như sau:`,
  closing: (c) =>
    `Trên đây là báo cáo kết quả thực hiện mô hình “Dân vận khéo” năm ${modelOf(c)?.year ?? c.year} của {{general.unitName}}./.`,
};
