/** Mô hình DVK: complete registrations, known fields, owners in the roster, results after the period. */
import { fold, ModelStatus } from "../../model/enums";
import { finding, Severity } from "../../model/finding";
import { cellOf, missingFields } from "../cells";
import { compareDates, dmy, n } from "../format";
import type { Rule } from "../rule";
import { quote } from "../../vn/quote";

/** An owner's name without the honorific ("Đ/c Hồ Thị Tuyến" → "Hồ Thị Tuyến"), folded. */
export function ownerKey(owner: string): string {
  return fold(
    owner.replace(
      /^\s*(đ\/c|đồng chí|cô giáo|thầy giáo|cô|thầy|ông|bà)\s+/i,
      "",
    ),
  );
}

export const modelMissing: Rule = {
  id: "models.missing",
  severity: Severity.error,
  title: "Mỗi mô hình có loại, lĩnh vực và cấp đăng ký",
  run: ({ models: m }) =>
    m
      ? missingFields(modelMissing, m, [
          {
            key: "kind",
            message: (r) =>
              `Mô hình ${quote(r.name ?? "")} chưa chọn loại (tập thể / cá nhân).`,
          },
          {
            key: "field",
            message: (r) =>
              `Mô hình ${quote(r.name ?? "")} chưa chọn lĩnh vực (một trong bốn lĩnh vực).`,
          },
          {
            key: "registrationLevel",
            message: (r) =>
              `Mô hình ${quote(r.name ?? "")} chưa có cấp đăng ký.`,
            severity: Severity.warning,
          },
          {
            key: "owner",
            missing: (r) => r.kind === "individual" && !r.owner,
            message: (r) =>
              `Mô hình cá nhân ${quote(r.name ?? "")} chưa ghi người thực hiện.`,
          },
        ])
      : [],
};

export const modelOwnerInRoster: Rule = {
  id: "models.owner",
  severity: Severity.warning,
  title: "Người thực hiện mô hình cá nhân có trong danh sách CB-GV-NV",
  run: ({ models: m, roster }) => {
    if (!m || !roster || !roster.rows.length) return [];
    const names = new Set(roster.rows.map((r) => fold(r.value.fullName ?? "")));
    return m.rows
      .filter(
        ({ value: r }) =>
          r.kind === "individual" && r.owner && !names.has(ownerKey(r.owner)),
      )
      .map(({ value: r, row }) =>
        finding(
          modelOwnerInRoster,
          m.sheet,
          cellOf(m, "owner", row),
          `${quote(r.owner)} (mô hình ${quote(r.name)}) không có trong sheet ${quote(roster.sheet)}.`,
        ),
      );
  },
};

export const modelResults: Rule = {
  id: "models.result",
  severity: Severity.warning,
  title: "Mô hình đã hết kỳ báo cáo phải có kết quả",
  run: ({ models: m, general }) => {
    const end = general?.values.periodTo;
    const at = general?.values.reportDate;
    if (!m || !end || !at || compareDates(at, end) < 0) return [];
    return m.rows
      .filter(
        ({ value: r }) =>
          (r.status === "registered" ||
            r.status === "inProgress" ||
            r.status === null) &&
          !r.results,
      )
      .map(({ value: r, row }) =>
        finding(
          modelResults,
          m.sheet,
          cellOf(m, "results", row),
          `Mô hình ${quote(r.name)} (${r.status ? ModelStatus[r.status] : "chưa có trạng thái"}) chưa có kết quả dù kỳ báo cáo đã kết thúc ngày ${dmy(end)}.`,
        ),
      );
  },
};

export const modelPartyShare: Rule = {
  id: "models.party-share",
  severity: Severity.info,
  title: "Tỷ lệ đảng viên có mô hình cá nhân (thông tin)",
  run: ({ models: m, roster }) => {
    if (!m || !roster) return [];
    const party = roster.rows.filter(
      (r) =>
        r.value.partyStatus === "full" ||
        r.value.partyStatus === "probationary",
    );
    if (!party.length) return [];
    const owners = new Set(
      m.rows
        .filter((r) => r.value.kind === "individual" && r.value.owner)
        .map((r) => ownerKey(r.value.owner!)),
    );
    const withModel = party.filter((p) =>
      owners.has(fold(p.value.fullName ?? "")),
    ).length;
    const pct = Math.round((withModel / party.length) * 1000) / 10;
    return [
      finding(
        modelPartyShare,
        m.sheet,
        "",
        `${n(withModel)}/${n(party.length)} đảng viên (${n(pct)}%) có mô hình “Dân vận khéo” cá nhân.`,
        { actual: pct },
      ),
    ];
  },
};
