/** Every Vietnamese text of the task pane, in one place (NFC). */
export const ui = {
  appTitle: "DVK – Dân vận khéo",
  loading: "Đang khởi động…",
  hosts: {
    excel: "Excel",
    word: "Word",
    preview: "Xem thử (không có Office)",
  },
  nav: {
    label: "Chức năng",
    templates: "Mẫu biểu",
    checks: "Kiểm tra",
    report: "Báo cáo",
  },
  preview: {
    banner:
      "Chế độ xem thử: không có Office nên DVK chạy trên một sổ tính trong bộ nhớ trình duyệt. Mọi thao tác giống hệt trong Excel.",
    workbookTitle: "Sổ tính (trong bộ nhớ)",
    emptyWorkbook:
      "Sổ tính chưa có sheet nào. Dùng trang “Mẫu biểu” để chèn mẫu.",
    switchToWord: "Xem ngăn Word",
    switchToExcel: "Xem ngăn Excel",
  },
  templates: {
    intro:
      "Chèn các sheet mẫu: thông tin chung, thống kê CB-GV-NV và học sinh, sổ tài trợ, mô hình “Dân vận khéo”, văn bản căn cứ.",
    levelLabel: "Cấp học",
    sheetsLabel: "Sheet cần chèn",
    insert: "Chèn mẫu",
    insertSample: "Chèn dữ liệu mẫu",
    sampleHint:
      "Dữ liệu mẫu: Trường TH&THCS Vĩnh Bình Bắc (sổ tài trợ 332,4 triệu đồng theo báo cáo thật).",
    inserting: "Đang chèn…",
    resultTitle: "Kết quả",
    safeNote:
      "Không ghi đè: sheet đã có dữ liệu được giữ nguyên; chạy lại nhiều lần không sao.",
    fromRoster: "Cập nhật từ danh sách",
    fromRosterHint:
      "Điền thống kê CB-GV-NV từ sheet DS CB-GV-NV (chỉ điền ô trống; số đã nhập khác danh sách được báo, không ghi đè).",
    sheetsNow: "Sheet hiện có trong sổ",
    noSheets: "Chưa có sheet nào.",
    refresh: "Làm mới",
    protectedBadge: "đang bảo vệ",
    emptyBadge: "trống",
    tablesLabel: "bảng",
  },
  checks: {
    intro:
      "Kiểm tra toàn bộ sổ: tổng khớp thành phần, sĩ số lớp theo quy định, sổ tài trợ, mô hình, văn bản căn cứ — mỗi lỗi chỉ đúng ô.",
    run: "Kiểm tra toàn bộ sổ",
    running: "Đang kiểm tra…",
    writeSheet: "Ghi kết quả ra sheet",
    threshold: "Tiền mặt từ mức này phải có chứng từ (đồng)",
    thresholdInvalid: "Nhập số tiền, ví dụ 2.000.000",
    filter: "Lọc",
    all: "Tất cả",
    none: "Không có vấn đề nào. Sổ đã khớp.",
    goTo: "Tới ô",
    wholeSheet: "cả sheet",
  },
  report: {
    introExcel:
      "Soạn bản nháp báo cáo theo thể thức Nhà nước (NĐ 30/2020) hoặc Đảng (HD 36-HD/VPTW) từ số liệu của sổ.",
    introWord:
      "Tạo bản nháp báo cáo từ sổ Excel và cập nhật số liệu đã liên kết trong văn bản đang mở.",
  },
  errors: {
    title: "Có lỗi",
    generic: "Đã xảy ra lỗi không mong muốn.",
  },
} as const;
