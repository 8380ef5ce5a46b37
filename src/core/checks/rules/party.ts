/** Tổ chức Đảng and Đánh giá, xếp loại: their counts against the staff and Party totals. */
import { reportFigures } from "../../figures/figures";
import { EvaluationSubject } from "../../model/enums";
import { finding, Severity, type Finding } from "../../model/finding";
import { cellOf } from "../cells";
import { n } from "../format";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

export const partyMembers: Rule = {
  id: "party.members",
  severity: Severity.warning,
  title:
    "Số đảng viên ở sheet Tổ chức Đảng khớp số đảng viên của sheet CB-GV-NV",
  run: (data) => {
    const party = data.party;
    if (!party) return [];
    const figures = reportFigures(data);
    const out: Finding[] = [];
    for (const [key, figure, label] of [
      ["fullMembers", "staff.partyFull", "chính thức"],
      ["probationaryMembers", "staff.partyProbationary", "dự bị"],
    ] as const) {
      const here = party.values[key];
      const staff = figures.get(figure)?.value ?? null;
      if (here === null || staff === null || here === staff) continue;
      out.push(
        finding(
          partyMembers,
          party.sheet,
          party.cells[key] ?? "",
          `Đảng viên ${label}: ${n(here)} ở sheet ${quote(party.sheet)} nhưng ${n(staff)} theo sheet CB-GV-NV; báo cáo sẽ in hai số khác nhau.`,
          { expected: staff, actual: here },
        ),
      );
    }
    return out;
  },
};

export const evaluationTotals: Rule = {
  id: "evaluations.total",
  severity: Severity.warning,
  title:
    "Số người được đánh giá, xếp loại bằng số CB-GV-NV (viên chức) và số đảng viên",
  run: (data) => {
    const e = data.evaluations;
    if (!e) return [];
    const figures = reportFigures(data);
    const partyTotal =
      data.party &&
      data.party.values.fullMembers !== null &&
      data.party.values.probationaryMembers !== null
        ? data.party.values.fullMembers + data.party.values.probationaryMembers
        : (figures.get("staff.party")?.value ?? null);
    const out: Finding[] = [];
    for (const { value: r, row } of e.rows) {
      const counts = [r.excellent, r.good, r.fulfilled, r.notFulfilled];
      if (!r.subject || counts.every((c) => c === null)) continue;
      const rated = counts.reduce<number>((a, c) => a + (c ?? 0), 0);
      const expected =
        r.subject === "staff"
          ? (figures.get("staff.total")?.value ?? null)
          : partyTotal;
      if (expected === null || rated === expected) continue;
      out.push(
        finding(
          evaluationTotals,
          e.sheet,
          cellOf(e, "label", row),
          `${EvaluationSubject[r.subject]}: ${n(rated)} người được xếp loại nhưng có ${n(expected)} ${r.subject === "staff" ? "CB-GV-NV" : "đảng viên"}${rated < expected ? " (ai chưa được đánh giá?)" : ""}.`,
          { expected, actual: rated },
        ),
      );
    }
    return out;
  },
};
