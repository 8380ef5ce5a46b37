import { NarrativeRow } from "../../model/records";
import {
  DataBlock,
  NarrativePart,
  OUTLINES,
  REPORT_KIND_NAMES,
  type ReportKindId,
} from "../../model/report-outlines";
import type { TableSheetSpec } from "../spec";

/** "Thứ tự" of a kind's first row: 1000 per kind, in the order of the kinds. */
export function narrativeBase(kind: ReportKindId): number {
  return (
    ((Object.keys(REPORT_KIND_NAMES) as ReportKindId[]).indexOf(kind) + 1) *
    1000
  );
}

/** "Thứ tự" of a kind's closing row, after its base. */
export const NARRATIVE_CLOSING = 990;

/** The rows every kind has before any text is written: its summary (base + 0), legal bases (+1),
 *  opening (+2), sections (+10, +20, …: room for sections added between them) and closing
 *  (+990). */
function outlineRows(): Partial<Record<keyof NarrativeRow, string | number>>[] {
  return (Object.keys(REPORT_KIND_NAMES) as ReportKindId[]).flatMap((kind) => {
    const base = narrativeBase(kind);
    const name = REPORT_KIND_NAMES[kind];
    return [
      { order: base, kind: name, number: NarrativePart.summary },
      { order: base + 1, kind: name, number: NarrativePart.bases },
      { order: base + 2, kind: name, number: NarrativePart.intro },
      ...OUTLINES[kind].sections.map((sec, i) => ({
        order: base + 10 * (i + 1),
        kind: name,
        number: sec.number,
        heading: sec.heading,
        ...(sec.data
          ? { data: sec.data.map((d) => DataBlock[d]).join("; ") }
          : {}),
      })),
      {
        order: base + NARRATIVE_CLOSING,
        kind: name,
        number: NarrativePart.closing,
      },
    ];
  });
}

/** Nội dung báo cáo: the text of every section of every report kind, written (or imported from
 *  last period's report) in Excel and printed by the drafts under its heading. */
export const narrativeSpec: TableSheetSpec<NarrativeRow, keyof NarrativeRow> = {
  kind: "table",
  schema: NarrativeRow,
  sheetName: "Nội dung báo cáo",
  tableName: "tblNarrative",
  title: "NỘI DUNG BÁO CÁO",
  note: "Mỗi dòng là một mục của một loại báo cáo, theo “Thứ tự”. Viết “Nội dung” (nhiều đoạn: Alt+Enter); {{staff.total}} in số của sổ. “Số liệu chèn”: Tình hình và bảng thống kê; Tổ chức Đảng; Đánh giá, xếp loại; Mô hình; Kết quả vận động, tài trợ.",
  columns: [
    {
      key: "order",
      header: "Thứ tự",
      type: "integer",
      width: 7,
      numberFormat: "0",
    },
    {
      key: "kind",
      header: "Loại báo cáo",
      type: "list",
      list: Object.values(REPORT_KIND_NAMES),
      options: REPORT_KIND_NAMES,
      width: 26,
      required: true,
    },
    { key: "number", header: "Mục", type: "code", width: 9 },
    { key: "heading", header: "Tiêu đề", type: "text", width: 40, wrap: true },
    { key: "text", header: "Nội dung", type: "text", width: 90, wrap: true },
    {
      key: "data",
      header: "Số liệu chèn",
      type: "text",
      width: 24,
      wrap: true,
    },
    { key: "source", header: "Nguồn", type: "text", width: 18 },
  ],
  fixedRows: outlineRows,
  blankRows: 0,
};
