/** Every finding's rule id with its Vietnamese name, shown in the pane and in the findings sheet
 *  ("Quy tắc" column). `finding()` accepts only these ids, so a new id cannot lack a name. */
export const RULE_NAMES = {
  "general.required": "Thiếu thông tin chung",
  "general.missing-sheet": "Thiếu sheet",
  "general.dates": "Ngày và kỳ báo cáo",
  "general.authority": "Thẩm quyền ký",
  "staff.total": "Tổng CB-GV-NV",
  "staff.parts": "Thành phần CB-GV-NV vượt tổng",
  "staff.party": "Đảng viên vượt số CB-GV-NV",
  "staff.category": "Nhóm CB-GV-NV không rõ",
  "staff.roster": "Thống kê khác danh sách",
  "students.total": "Tổng học sinh",
  "students.no-class": "Có học sinh nhưng không có lớp",
  "students.parts": "Thành phần học sinh vượt tổng",
  "students.class-size": "Sĩ số lớp theo quy định",
  "students.group": "Nhóm, khối không rõ",
  "ledger.amount": "Thành tiền = số lượng × đơn giá",
  "ledger.non-positive": "Số tiền bằng 0 hoặc âm",
  "ledger.missing": "Thiếu thông tin khoản tài trợ",
  "ledger.period": "Ngày ngoài kỳ báo cáo",
  "ledger.duplicate": "Khoản tài trợ ghi trùng",
  "ledger.voucher": "Tiền mặt thiếu chứng từ",
  "ledger.text-amount": "Số tiền gõ dạng chữ (công thức không cộng được)",
  "ledger.quantity": "Số lượng không phải số nguyên",
  "ledger.total": "Dòng tổng của sổ tài trợ",
  "models.missing": "Mô hình thiếu thông tin",
  "models.owner": "Chủ mô hình không có trong danh sách",
  "models.result": "Mô hình chưa có kết quả",
  "models.party-share": "Tỷ lệ đảng viên có mô hình",
  "party.members": "Số đảng viên hai sheet khác nhau",
  "evaluations.total": "Tổng số được đánh giá, xếp loại",
  "narrative.data": "Tên số liệu chèn không đúng",
  "narrative.fields": "Số liệu {{…}} không có trong sổ",
  "legal.style": "Số, ký hiệu văn bản",
  "legal.date": "Ngày văn bản căn cứ",
  "legal.duplicate": "Văn bản căn cứ ghi trùng",
  "read.missing-column": "Thiếu cột",
  "read.invalid": "Giá trị không hợp lệ",
  "read.unreadable": "Số không đọc được",
  "read.code-as-number": "Mã số lưu dạng số",
  text: "Chữ viết: mã cũ, tổ hợp, khoảng trắng",
  "text.legacy": "Chữ mã cũ (TCVN3, VNI)",
  "text.nfc": "Chữ tổ hợp (không chuẩn NFC)",
  "text.spaces": "Khoảng trắng thừa",
  "text.number": "Số không rõ nghĩa trong chữ",
} as const;

export type RuleId = keyof typeof RULE_NAMES;

/** The Vietnamese name of a rule id (the id itself for an id of an older version). */
export function ruleName(id: string): string {
  return (RULE_NAMES as Record<string, string>)[id] ?? id;
}
