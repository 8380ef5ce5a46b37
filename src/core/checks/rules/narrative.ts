/** Nội dung báo cáo: what the drafts cannot print as the sheet asks — a data block name they do
 *  not know, a `{{key}}` with no figure behind it. */
import { reportFigures } from "../../figures/figures";
import { finding, Severity, type Finding } from "../../model/finding";
import { DataBlock } from "../../model/report-outlines";
import {
  FIELD_PATTERN,
  fieldResolver,
  parseDataBlocks,
} from "../../report/narrative";
import { cellOf } from "../cells";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

export const narrativeData: Rule = {
  id: "narrative.data",
  severity: Severity.warning,
  title: "Tên số liệu chèn ở sheet Nội dung báo cáo là một tên DVK biết",
  run: (data) => {
    const t = data.narrative;
    if (!t) return [];
    const out: Finding[] = [];
    for (const { value: r, row } of t.rows)
      for (const name of parseDataBlocks(r.data).unknown)
        out.push(
          finding(
            narrativeData,
            t.sheet,
            cellOf(t, "data", row),
            `${quote(name)} không phải tên số liệu DVK chèn được; bản nháp bỏ qua. Chọn trong: ${Object.values(DataBlock).join("; ")}.`,
          ),
        );
    return out;
  },
};

export const narrativeFields: Rule = {
  id: "narrative.fields",
  severity: Severity.warning,
  title: "Mỗi {{…}} trong nội dung báo cáo là một số liệu của sổ",
  run: (data) => {
    const t = data.narrative;
    if (!t) return [];
    const resolve = fieldResolver(
      reportFigures(data),
      data.general?.values ?? null,
      null,
    );
    const out: Finding[] = [];
    for (const { value: r, row } of t.rows)
      for (const m of (r.text ?? "").matchAll(FIELD_PATTERN)) {
        const key = m[1]!;
        const inline = resolve(key, 0);
        // A known key prints a figure, or a prompt naming what is missing; an unknown one says so.
        if (inline.kind !== "prompt" || !inline.text.startsWith(`{{${key}}}`))
          continue;
        out.push(
          finding(
            narrativeFields,
            t.sheet,
            cellOf(t, "text", row),
            `Sổ không có số liệu {{${key}}} (tên gõ sai, hoặc thiếu sheet chứa nó); bản nháp in lời nhắc thay cho số. Ví dụ: {{staff.total}}, {{students.total}}, {{donations.total}}.`,
          ),
        );
      }
    return out;
  },
};
