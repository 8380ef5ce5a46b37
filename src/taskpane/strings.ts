/** Every Vietnamese text of the task pane, in one place (NFC). */
export const ui = {
  appTitle: "DVK – Dân vận khéo",
  /** A page whose code is still being fetched (the first time its tab is opened). */
  loadingPage: "Đang tải trang…",
  /** Excel without ExcelApi 1.4 (Office 2016 bought once, volume licence): the pane's reads need it. */
  excelTooOldTitle: "Phiên bản Excel này chưa hỗ trợ tiện ích DVK",
  excelTooOld:
    "Excel trên máy này quá cũ cho tiện ích DVK (cần Excel 2016 có cập nhật mới, Office 2019 trở lên hoặc Microsoft 365). Hãy cập nhật Office, hoặc dùng Excel trên web tại office.com, hoặc dùng lệnh dvk trên máy tính (chẳng hạn “dvk kiem-tra so-dvk.xlsx”).",
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
    workbookRegion: "Sổ tính xem thử",
    documentRegion: "Văn bản Word xem thử",
    documentTitle: "Văn bản Word (trong bộ nhớ)",
    emptyDocument:
      "Chưa có văn bản. Trong ngăn Word bên cạnh: lấy số liệu (từ ngăn Excel hoặc một tệp .xlsx), chọn loại báo cáo rồi bấm “Tạo bản nháp”; bản nháp hiện ở đây, số liệu liên kết được tô nền.",
    gridHint:
      "Bấm vào ô để chọn; gõ để nhập (Enter để ghi, Esc để hủy); dán (Ctrl+V) một bảng chép từ Excel hoặc Word. Công thức được tính như Excel.",
    nameBox: "Ô đang chọn",
    formulaBar: "Nội dung ô",
    moreRows: "dòng nữa không hiển thị",
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
    importLabel: "Báo cáo kỳ trước",
    importButton: "Nhập báo cáo kỳ trước (.docx)…",
    importHint:
      "Chia báo cáo cũ theo mục vào sheet “Nội dung báo cáo” của loại đã chọn; số trùng với sổ thành ô liên kết, số khác được liệt kê để xem lại. Không ghi đè ô đã có chữ.",
    introExcel:
      "Soạn bản nháp báo cáo theo thể thức Nhà nước (NĐ 30/2020) hoặc Đảng (HD 36-HD/VPTW) từ số liệu của sổ.",
    introWord:
      "Tạo bản nháp báo cáo từ sổ Excel và cập nhật số liệu đã liên kết trong văn bản đang mở.",
    kind: "Loại báo cáo",
    modelIndex: "Mô hình (số thứ tự ở sheet Mô hình DVK)",
    missingGeneral: "Thiếu thông tin chung (để trống trong bản nháp):",
    conflicts:
      "Số liệu mâu thuẫn — bản nháp in số ở dòng tổng, tô vàng và ghi chú để kiểm tra:",
    packageSource: "Sổ Excel đang mở",
    needsSource:
      "Các nút trên cần số liệu: bấm “Lấy dữ liệu từ Excel” (sau khi bấm “Gửi sang Word” ở ngăn Excel) hoặc “Chọn tệp .xlsx…”.",
    noStorageWord:
      "Office này không cho ngăn Excel chuyển số liệu sang Word (Office trên Mac hoặc bản cũ): hãy lưu sổ Excel rồi bấm “Chọn tệp .xlsx…”.",
    needsFile:
      "Các nút trên cần số liệu: bấm “Chọn tệp .xlsx…” và chọn sổ Excel đã lưu.",
    noSourceFile: "Chưa có số liệu: chọn tệp .xlsx.",
    fromPackage: (detail: string) =>
      `Số liệu lấy từ: bảng Excel vừa gửi sang (${detail})`,
    fromFile: (name: string) => `Số liệu lấy từ: tệp “${name}” đã chọn`,
    shown:
      "Đã tạo bản nháp: xem văn bản bên trái; số liệu liên kết được tô nền.",
    outline: "Dàn ý",
    showOutline: "Xem dàn ý",
    sendToWord: "Gửi sang Word",
    sent: "Đã gửi số liệu sang Word. Mở Word, ngăn DVK, trang Báo cáo, bấm “Lấy dữ liệu từ Excel”.",
    noStorage:
      "Máy này không chia sẻ được dữ liệu giữa Excel và Word (Office trên Mac) nên “Gửi sang Word” không dùng được: hãy lưu sổ rồi trong Word chọn tệp .xlsx.",
    download: "Tải .docx",
    noDownload:
      "“Tải .docx” chỉ dùng được trong Office trên web (Office trên máy tính không cho tải tệp từ ngăn bổ trợ): hãy dùng “Gửi sang Word”, hoặc dòng lệnh “dvk bao-cao”.",
    copyTable: "Sao chép bảng",
    copied: "Đã chép bảng; dán (Ctrl+V) vào Word sẽ thành bảng có định dạng.",
    takePackage: "Lấy dữ liệu từ Excel",
    pickFile: "Chọn tệp .xlsx…",
    source: "Nguồn số liệu",
    noSource: "Chưa có số liệu: lấy từ Excel hoặc chọn tệp .xlsx.",
    createDraft: "Tạo bản nháp",
    refresh: "Cập nhật số liệu",
    opened: "Đã mở bản nháp trong cửa sổ Word mới.",
    inserted: "Đã chèn bản nháp vào cuối văn bản đang mở.",
    downloaded: "Đã tải bản nháp .docx.",
  },

  errors: {
    title: "Có lỗi",
    generic:
      "Đã xảy ra lỗi không mong muốn; số liệu trong sổ không bị thay đổi. Hãy thử lại.",
    details: "Chi tiết kỹ thuật (cho người hỗ trợ)",
  },
} as const;
