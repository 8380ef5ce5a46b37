import { EvaluationSubject, fold, labels } from "../../model/enums";
import { EvaluationRow } from "../../model/records";
import type { TableSheetSpec } from "../spec";

/** Đánh giá, xếp loại: viên chức and đảng viên by rating (seed 003: 6 HTXS, 26 HTT). */
export const evaluationsSpec: TableSheetSpec<
  EvaluationRow,
  keyof EvaluationRow | "total"
> = {
  kind: "table",
  schema: EvaluationRow,
  sheetName: "Đánh giá, xếp loại",
  tableName: "tblEvaluations",
  title: "ĐÁNH GIÁ, XẾP LOẠI",
  note: "Số người theo từng mức; “Tổng” bằng công thức. DVK so tổng với số CB-GV-NV và số đảng viên.",
  columns: [
    {
      key: "label",
      header: "Đối tượng",
      type: "text",
      width: 18,
      required: true,
    },
    {
      key: "period",
      header: "Năm, kỳ đánh giá",
      aliases: ["Năm"],
      type: "text",
      width: 14,
    },
    {
      key: "excellent",
      header: "HTXS",
      aliases: ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc"],
      type: "integer",
      width: 9,
    },
    {
      key: "good",
      header: "HTT",
      aliases: ["Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt"],
      type: "integer",
      width: 9,
    },
    {
      key: "fulfilled",
      header: "HT",
      aliases: ["Hoàn thành nhiệm vụ", "Hoàn thành"],
      type: "integer",
      width: 9,
    },
    {
      key: "notFulfilled",
      header: "KHT",
      aliases: ["Không hoàn thành nhiệm vụ", "Không hoàn thành"],
      type: "integer",
      width: 9,
    },
    {
      key: "total",
      header: "Tổng",
      type: "formula",
      width: 9,
      formula: (r, c) =>
        `=IF(COUNT(${c("excellent")}${r}:${c("notFulfilled")}${r})=0,"",SUM(${c("excellent")}${r}:${c("notFulfilled")}${r}))`,
    },
    { key: "note", header: "Ghi chú", type: "text", width: 24 },
  ],
  complete: (r) => ({ ...r, subject: subjectOf(r.label as string | null) }),
  fixedRows: () => labels(EvaluationSubject).map((label) => ({ label })),
  blankRows: 0,
};

/** Whom a row rates, from its label as schools write it. */
function subjectOf(
  label: string | null,
): keyof typeof EvaluationSubject | null {
  const f = fold(label ?? "");
  if (/dang vien/.test(f)) return "party";
  if (/vien chuc|can bo|giao vien|cb-gv-nv|cbgvnv|nguoi lao dong/.test(f))
    return "staff";
  return null;
}
