/**
 * The report kinds and the sections each one prints, in order, as the seed reports lay them out
 * (seeds 000–004): the one place a report section is declared. The narrative sheet ("Nội dung
 * báo cáo") is pre-filled from these outlines; the drafts follow the sheet (or these outlines
 * when a workbook has no such sheet), inserting the workbook's data where a section says so.
 */

/** Report kinds: id → name (the CLI's `--loai` values, the pane's list). */
export const REPORT_KIND_NAMES = {
  "ket-qua-mo-hinh": "Báo cáo kết quả thực hiện mô hình “Dân vận khéo”",
  "so-ket": "Báo cáo sơ kết phong trào thi đua “Dân vận khéo”",
  "tong-ket": "Báo cáo tổng kết phong trào thi đua “Dân vận khéo”",
  "dang-ky-mo-hinh": "Bảng đăng ký xây dựng mô hình “Dân vận khéo”",
  "cong-tac-dan-van": "Báo cáo kết quả thực hiện công tác dân vận",
  "giam-sat": "Báo cáo giám sát thực hiện phong trào “Dân vận khéo”",
} as const;
export type ReportKindId = keyof typeof REPORT_KIND_NAMES;

/** The workbook's data a section can carry, with its name in the sheet's list. */
export const DataBlock = {
  situation: "Tình hình và bảng thống kê",
  party: "Tổ chức Đảng",
  evaluations: "Đánh giá, xếp loại",
  collectiveModels: "Mô hình tập thể",
  individualModels: "Mô hình cá nhân",
  models: "Mô hình",
  donations: "Kết quả vận động, tài trợ",
  modelTimeframe: "Mô hình: thời gian thực hiện",
  modelPlace: "Mô hình: địa điểm thực hiện",
  modelSituation: "Mô hình: thực trạng",
  modelGoals: "Mô hình: mục tiêu, chỉ tiêu",
  modelSteps: "Mô hình: các bước thực hiện",
  modelSolutions: "Mô hình: giải pháp",
  modelResults: "Mô hình: kết quả",
} as const;
export type DataBlock = keyof typeof DataBlock;

/** Special rows of the narrative sheet, by their "Mục". */
export const NarrativePart = {
  summary: "Trích yếu",
  bases: "Căn cứ",
  intro: "Mở đầu",
  closing: "Kết thúc",
} as const;

export interface OutlineSection {
  /** As printed: "I", "1", "3.1". */
  readonly number: string;
  readonly heading: string;
  readonly data?: readonly DataBlock[];
}

export interface Outline {
  readonly sections: readonly OutlineSection[];
}

const s = (
  number: string,
  heading: string,
  ...data: DataBlock[]
): OutlineSection => ({
  number,
  heading,
  ...(data.length ? { data } : {}),
});

const SO_KET: Outline = {
  sections: [
    s("I", "Đặc điểm, tình hình", "situation", "party"),
    s("1", "Thuận lợi"),
    s("2", "Khó khăn"),
    s("II", "Công tác lãnh đạo, chỉ đạo, hướng dẫn, triển khai thực hiện"),
    s("III", "Đánh giá kết quả thực hiện"),
    s("1", "Tập thể", "collectiveModels"),
    s("2", "Cá nhân", "individualModels"),
    s("3", "Kết quả vận động, tài trợ", "donations"),
    s("IV", "Các giải pháp thực hiện"),
    s("V", "Đánh giá chung", "evaluations"),
    s("1", "Ưu điểm"),
    s("2", "Tồn tại, hạn chế"),
    s("3", "Những bài học kinh nghiệm"),
  ],
};

/** Every kind's outline. The registration form's sections print the registration details of
 *  the model (sheet Mô hình DVK) until a text is written for them. */
export const OUTLINES: Readonly<Record<ReportKindId, Outline>> = {
  "dang-ky-mo-hinh": {
    sections: [
      s("I", "Thời gian thực hiện mô hình “Dân vận khéo”", "modelTimeframe"),
      s("II", "Địa điểm thực hiện mô hình", "modelPlace"),
      s("III", "Đánh giá thực trạng", "modelSituation"),
      s("IV", "Mục tiêu, chỉ tiêu của mô hình", "modelGoals"),
      s(
        "V",
        "Phương pháp, cách thức và các bước thực hiện mô hình",
        "modelSteps",
      ),
      s("VI", "Giải pháp thực hiện mô hình", "modelSolutions"),
      s("VII", "Kết quả cuối cùng", "modelResults"),
    ],
  },
  "ket-qua-mo-hinh": {
    sections: [
      s("1", "Công tác quán triệt, triển khai thực hiện"),
      s(
        "2",
        "Việc phát động và kết quả tổ chức thực hiện phong trào thi đua “Dân vận khéo” của Chi bộ, đơn vị",
        "models",
        "donations",
      ),
      s("3", "Những ưu điểm, hạn chế"),
      s("3.1", "Ưu điểm"),
      s("3.2", "Hạn chế"),
      s(
        "4",
        "Một số nhiệm vụ trọng tâm tiếp tục thực hiện trong thời gian tới",
      ),
    ],
  },
  "so-ket": SO_KET,
  "tong-ket": SO_KET,
  "cong-tac-dan-van": {
    sections: [
      s("I", "KHÁI QUÁT CHUNG", "situation"),
      s("II", "CÔNG TÁC CHỈ ĐẠO"),
      s(
        "1",
        "Công tác chỉ đạo quán triệt triển khai Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về “Tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”; kết quả ban hành các văn bản cụ thể hóa công tác lãnh đạo triển khai thực hiện",
      ),
      s(
        "2",
        "Công tác quán triệt, tuyên truyền, phổ biến, tập huấn cho đội ngũ cán bộ, công chức, viên chức và người được phân công theo dõi, thực hiện công tác dân vận của cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập",
      ),
      s("III", "KẾT QUẢ THỰC HIỆN"),
      s(
        "1",
        "Kết quả thực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về “Tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”",
      ),
      s(
        "2",
        "Kết quả nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về công tác dân vận; công tác phối hợp thực hiện công tác dân vận của cơ quan hành chính nhà nước và chính quyền các cấp; công tác quán triệt thể chế hóa chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước liên quan đến công tác dân vận trong tình hình mới gắn với nhiệm vụ chính trị chuyên môn của cơ quan, đơn vị và phát triển kinh tế - xã hội",
      ),
      s(
        "3",
        "Hoạt động tuyên truyền, giáo dục nhằm nâng cao nhận thức về ý nghĩa, tầm quan trọng của công tác dân vận; về vị trí, vai trò, trách nhiệm của cơ quan hành chính nhà nước, chính quyền các cấp và cán bộ, công chức, viên chức trong thực hiện công tác dân vận",
      ),
      s(
        "4",
        "Việc thực hiện phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội",
        "models",
        "donations",
      ),
      s(
        "5",
        "Kết quả thực hiện cải cách hành chính; việc phân cấp phân quyền trong giải quyết thủ tục hành chính; công tác rà soát và sắp xếp tinh gọn bộ máy; thực hiện chuyển đổi số",
      ),
      s(
        "6",
        "Kết quả thực hiện quy định về đạo đức công vụ, phát huy vai trò gương mẫu của người đứng đầu, cán bộ, công chức, viên chức; công tác kiểm tra, thanh tra công vụ, xử lý nghiêm những cán bộ công chức, viên chức có hành vi cửa quyền, gây phiền hà cho Nhân dân, xâm phạm quyền và lợi ích chính đáng của Nhân dân",
      ),
      s(
        "7",
        "Kết quả thực hiện công tác giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân, nhất là những vụ việc phức tạp, tồn đọng, kéo dài, dư luận quan tâm",
      ),
      s(
        "8",
        "Công tác phối hợp, tạo điều kiện để Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cùng cấp tham gia giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW, ngày 12 tháng 12 năm 2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội và Quyết định 218-QĐ/TW ngày 12 tháng 12 năm 2013 của Bộ Chính trị ban hành quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền",
      ),
      s("IV", "ĐÁNH GIÁ CHUNG", "evaluations"),
      s("1", "Ưu điểm"),
      s("2", "Những hạn chế và nguyên nhân của hạn chế"),
      s("V", "NHIỆM VỤ, GIẢI PHÁP"),
      s("VI", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ],
  },
  "giam-sat": {
    sections: [
      s("I", "CÔNG TÁC CHỈ ĐẠO, QUÁN TRIỆT"),
      s("1", "Khái quát tình hình", "situation", "party"),
      s("2", "Công tác lãnh đạo, chỉ đạo triển khai"),
      s("II", "KẾT QUẢ TRIỂN KHAI THỰC HIỆN"),
      s(
        "1",
        "Kết quả triển khai thực hiện phong trào thi đua “Dân vận khéo”",
        "models",
        "donations",
      ),
      s("1.1", "Việc đẩy mạnh công tác dân vận của cơ quan Nhà nước"),
      s("1.2", "Công tác dân vận của các tổ chức chính trị, xã hội"),
      s(
        "1.3",
        "Việc đôn đốc, kiểm tra và giám sát việc triển khai thực hiện phong trào thi đua “Dân vận khéo”",
      ),
      s(
        "1.4",
        "Đánh giá tác động của việc triển khai thực hiện phong trào thi đua “Dân vận khéo”",
      ),
      s(
        "2",
        "Việc xây dựng mô hình điển hình về thực hiện Quy chế dân chủ trong các loại hình",
      ),
      s("3", "Kết quả lãnh đạo, chỉ đạo, kiểm tra và giám sát việc thực hiện"),
      s("III", "ĐÁNH GIÁ CHUNG", "evaluations"),
      s("1", "Ưu điểm"),
      s("2", "Những hạn chế"),
      s("3", "Nguyên nhân của những hạn chế"),
      s("4", "Bài học kinh nghiệm"),
      s("IV", "NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM TRONG THỜI GIAN TỚI"),
      s("1", "Dự báo tình hình"),
      s("2", "Phương hướng chung"),
      s("3", "Nhiệm vụ chính trị trọng tâm"),
      s("4", "Công tác xây dựng Đảng"),
      s("V", "KIẾN NGHỊ, ĐỀ XUẤT"),
    ],
  },
};

/** The level of a section number: 1 for roman numerals, 2 for "1", 3 for "1.1" or a letter. */
export function sectionLevel(number: string): 1 | 2 | 3 {
  if (/^[IVXLC]+$/i.test(number)) return 1;
  if (/^\d+$/.test(number)) return 2;
  return 3;
}
