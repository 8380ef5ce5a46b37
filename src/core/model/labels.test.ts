import { keyOfLabelPart, ModelField, RecognitionLevel } from "./enums";
import { staffCategory } from "./staff-category";
import { groupOf, spansGrades } from "./student-groups";
import { totalLabelKind } from "./total-label";

describe("labels as schools write them (DOMAIN.md §9)", () => {
  test.each([
    ["BGH", "leadership"],
    ["Ban giám hiệu", "leadership"],
    ["CBQL", "leadership"],
    ["Cán bộ quản lý", "leadership"],
    ["Hiệu trưởng / Phó HT", "leadership"],
    ["Phó hiệu trưởng", "leadership"],
    ["GV", "teacher"],
    ["Giáo viên mầm non", "teacher"],
    ["Nhân viên kế toán", "accountant"],
    ["Văn thư", "clerk"],
    ["Y tế", "medical"],
    ["Phục vụ", "janitor"],
    ["Nhân viên nuôi dưỡng", "cook"],
    ["Cấp dưỡng", "cook"],
    ["Cô nuôi", "cook"],
    ["CNTT", "it"],
    ["NV", "other"],
    ["Nhân viên", "other"],
    ["Lớp ghép", null],
    ["Tổng cộng", null],
  ])("staff group %p → %p", (label, category) => {
    expect(staffCategory(label)).toBe(category);
  });

  test.each([
    ["MG 3–4 tuổi", "mam-non", "Mẫu giáo 3–4 tuổi"],
    ["Mẫu giáo bé (3-4 tuổi)", "mam-non", "Mẫu giáo 3–4 tuổi"],
    ["3-4 tuổi", "mam-non", "Mẫu giáo 3–4 tuổi"],
    ["Lớp 5 tuổi", "mam-non", "Mẫu giáo 5–6 tuổi"],
    ["Mẫu giáo nhỡ", "mam-non", "Mẫu giáo 4–5 tuổi"],
    ["NT 24-36 tháng", "mam-non", "Nhà trẻ 25–36 tháng"],
    ["Nhà trẻ 13 - 24 tháng", "mam-non", "Nhà trẻ 13–24 tháng"],
    ["Khối 6", "thcs", "Khối 6"],
    ["Lớp 6", "thcs", "Khối 6"],
    ["K7", "thcs", "Khối 7"],
    ["khối 8", "th-thcs", "Khối 8"],
    ["12", "thpt", "Khối 12"],
    ["Lớp ghép", "tieu-hoc", null],
    ["Khối 6", "tieu-hoc", null],
  ] as const)("student group %p at level %p → %p", (label, level, group) => {
    expect(groupOf(label, level)?.label ?? null).toBe(group);
  });

  test("a row for several grades is a stage, not an unknown group", () => {
    expect(spansGrades("Khối 6–9")).toBe(true);
    expect(spansGrades("Lớp 1 - 5")).toBe(true);
    expect(spansGrades("Khối 6")).toBe(false);
  });

  test.each([
    ["Tổng cộng", "grand"],
    ["TỔNG CỘNG:", "grand"],
    ["Tổng số", "grand"],
    ["TC", "grand"],
    ["Toàn trường", "grand"],
    ["Tổng", "grand"],
    ["Cộng", "sub"],
    ["Cộng khối tiểu học", "sub"],
    ["Giáo viên", null],
    ["Tổ Toán", null],
    ["Cộng đồng", null],
  ])("total row label %p → %p", (label, kind) => {
    expect(totalLabelKind(label)).toBe(kind);
  });

  test("a list item Excel split at a comma still names its option; an ambiguous part names none", () => {
    expect(keyOfLabelPart(RecognitionLevel, "Xã")).toBe("commune");
    expect(keyOfLabelPart(RecognitionLevel, "phường")).toBe("commune");
    expect(keyOfLabelPart(RecognitionLevel, "thành phố")).toBe("district");
    expect(keyOfLabelPart(RecognitionLevel, "Trường")).toBe("school");
    expect(keyOfLabelPart(ModelField, "xã hội")).toBeNull();
  });
});
