/* A figure of the figures policy as a draft prints it. */
import { conflictNote, type Figure } from "../figures/figures";
import { formatVnNumber } from "../vn/format-vn-number";
import { prompt, type Inline } from "./tree";

const n = formatVnNumber;

/**
 * A figure as the drafts print it: a linked field (flagged when it conflicts), or a prompt naming
 * it when it is missing — never "0".
 * @example figureInline(figures.get("staff.total")) // { kind: "field", key: "staff.total", text: "65", flag: "65 theo dòng tổng, 61 theo các nhóm — kiểm tra lại" }
 */
export function figureInline(
  f: Figure | undefined,
  o: {
    readonly bold?: boolean;
    readonly format?: (v: number) => string;
    readonly parts?: string;
    readonly prompt?: string;
    /** A second way the same figure is printed ("00": zero-padded, "dong": plain đồng beside
     *  "332,4 triệu đồng"): its own field key `key:variant`, so a refresh writes each form back. */
    readonly variant?: string;
  } = {},
): Inline {
  if (!f || f.value === null) {
    const why = f?.unreadable.length
      ? ` — ô ${f.unreadable.join(", ")} không đọc được`
      : "";
    return prompt(`${o.prompt ?? f?.label ?? "số liệu"}${why}`);
  }
  return {
    kind: "field",
    key: o.variant ? `${f.key}:${o.variant}` : f.key,
    text: (o.format ?? n)(f.value),
    bold: o.bold,
    ...(f.conflict ? { flag: conflictNote(f, o.parts) } : {}),
  };
}
