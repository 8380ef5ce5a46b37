/* Cases about totals: a total typed over its formula (seed 001), totals without parts (seed
 * 004), nothing typed at all, a staff table pasted from another file with its own total row. */
import type { CorpusSource } from "./case";
import { d, fillList, pasteTable, typeTotals } from "./fill";
import {
  collectiveModel,
  grades,
  legalRef,
  type GeneralInput,
  typeGeneral,
  typeStaff,
  typeStudents,
} from "./school";
import { TEACHER_LABEL } from "./tcvn3";

/** Seed 001 (Chi bộ Trường MN Tràng An, 9 months of 2021): groups BGH 3 + GV 40 + NV 18 = 61,
 *  the total cell typed 65 over its formula; the report dated 13/09 before the period ends. */
export const seed001TypedTotal: CorpusSource = {
  name: "seed001-typed-total",
  level: "mam-non",
  year: 2021,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Chi bộ Trường MN Tràng An",
      superior: "Đảng ủy phường Giang Biên",
      family: "Đảng",
      level: "Mầm non",
      place: "Giang Biên",
      from: d(1, 1, 2021),
      to: d(30, 9, 2021),
      reportDate: d(13, 9, 2021),
      number: "05",
      symbol: "BC/CB",
      signer: "Nguyễn Thị Hương",
      signerTitle: "BÍ THƯ",
      recipients:
        "Đảng ủy phường Giang Biên; Các đảng viên trong chi bộ; Lưu: CB",
    });
    await typeStaff(wb, [
      ["Ban giám hiệu", 3, 3, 3, null],
      ["Giáo viên", 40, 40, 9, 4],
      ["Kế toán", 1, 1, 1, null],
      ["Văn thư", 1, 1, 1, null],
      ["Y tế", 1, 1, null, null],
      ["Bảo vệ", 3, 0, null, null],
      ["Nấu ăn / nuôi dưỡng", 12, 12, null, null],
    ]);
    await typeTotals(wb, "tblStaff", { "Tổng số": 65 });
    await typeStudents(wb, [
      ["Nhà trẻ 25–36 tháng", null, 2, 41],
      ["Mẫu giáo 3–4 tuổi", null, 5, 133],
      ["Mẫu giáo 4–5 tuổi", null, 6, 155],
      ["Mẫu giáo 5–6 tuổi", null, 5, 148],
    ]);
    await fillList(wb, "tblModels", [
      {
        ...collectiveModel(
          1,
          "Vận động CBGVNV thực hiện nghiêm túc, có hiệu quả công tác đảm bảo vệ sinh an toàn thực phẩm trong nhà trường",
          "Chi bộ, nhà trường",
          "Văn hóa – xã hội",
          2021,
          "Không có trường hợp mất an toàn vệ sinh thực phẩm, không có trẻ, CBGVNV bị ngộ độc thực phẩm",
        ),
        "Trạng thái": "Đang thực hiện",
      },
      {
        STT: 2,
        "Tên mô hình":
          "Khéo trong tuyên truyền vận động CBGVNV hưởng ứng cải tạo khuôn viên cảnh quan sư phạm nhà trường",
        Loại: "Cá nhân",
        "Cá nhân / tập thể thực hiện": "Đ/c Hồ Thị Tuyến",
        "Lĩnh vực": "Văn hóa – xã hội",
        "Cấp đăng ký": "Cơ sở (trường)",
        Năm: 2021,
        "Ngày đăng ký": d(20, 1, 2021),
        "Kết quả":
          "Trồng bổ sung cây xanh, cây hoa; CBGVNV tích cực tham gia các buổi lao động",
        "Trạng thái": "Đang thực hiện",
      },
      {
        STT: 3,
        "Tên mô hình":
          "Khéo trong tuyên truyền vận động CBGVNV thực hiện tốt công tác an toàn an ninh trường học",
        Loại: "Cá nhân",
        "Cá nhân / tập thể thực hiện": "Đ/c Trương Thị Bích Ngọc",
        "Lĩnh vực": "Quốc phòng – an ninh",
        "Cấp đăng ký": "Cơ sở (trường)",
        Năm: 2021,
        "Ngày đăng ký": d(20, 1, 2021),
        "Kết quả":
          "Không để xảy ra mất an ninh trường học, mất mát tài sản trong nhà trường",
        "Trạng thái": "Đang thực hiện",
      },
    ]);
    await fillList(wb, "tblLegalRefs", [
      legalRef(
        1,
        "Kế hoạch",
        "24",
        "KH/ĐU",
        d(12, 1, 2021),
        "Đảng ủy phường Giang Biên",
        "thực hiện công tác “Dân vận khéo” năm 2021",
      ),
      legalRef(
        2,
        "Kế hoạch",
        "53",
        "KH/QU",
        d(6, 5, 2021),
        "Quận ủy Long Biên",
        "về sơ kết phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2021",
      ),
      legalRef(
        3,
        "Nghị quyết",
        "25",
        "NQ/TW",
        d(3, 6, 2013),
        "Ban Chấp hành Trung ương Đảng (khóa XI)",
        "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
      ),
    ]);
  },
};

/** Seed 004's unit, period, number and signer as its report prints them (the corpus case below
 *  and the seed's workbook in test/support/seed-schools.ts). */
export const SEED004_SCHOOL = {
  unit: "Chi bộ Trường THCS Lý Tự Trọng",
  superior: "Đảng ủy phường Giếng Đáy",
  family: "Đảng",
  level: "THCS",
  place: "Giếng Đáy",
  from: d(1, 1, 2023),
  to: d(30, 6, 2023),
  reportDate: d(10, 7, 2023),
  number: "12",
  symbol: "BC/CB",
  signer: "Bùi Hoàng Anh",
  signerTitle: "BÍ THƯ",
} as const satisfies Omit<GeneralInput, "recipients">;

/** Seed 004 (Chi bộ Trường THCS Lý Tự Trọng): only the totals, "65 CB-GV-NV, 37 lớp, 1.668 học
 *  sinh", Party members only in the total row; every group cell blank. */
export const seed004TotalsOnly: CorpusSource = {
  name: "seed004-totals-only",
  level: "thcs",
  year: 2023,
  type: async (wb) => {
    await typeGeneral(wb, {
      ...SEED004_SCHOOL,
      recipients: "Đảng ủy phường Giếng Đáy; Lưu: CB",
    });
    await typeTotals(wb, "tblStaff", {
      "Tổng số": 65,
      "Đảng viên chính thức": 14,
      "Đảng viên dự bị": 4,
    });
    await typeTotals(wb, "tblStudents", { "Số lớp": 37, "Số học sinh": 1668 });
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Mô hình điển hình thực hiện Quy chế dân chủ ở cơ sở",
        "Chi bộ, nhà trường",
        "Xây dựng hệ thống chính trị",
        2023,
        "100% cán bộ, đảng viên, viên chức xếp loại hoàn thành tốt nhiệm vụ trở lên",
      ),
    ]);
    await fillList(wb, "tblLegalRefs", [
      legalRef(
        1,
        "Chỉ thị",
        "02",
        "CT/TU",
        d(12, 11, 2015),
        "Ban Thường vụ Tỉnh ủy Quảng Ninh",
        "về tiếp tục thực hiện phong trào thi đua “Dân vận khéo” trong tình hình mới",
      ),
      legalRef(
        2,
        "Quy chế",
        "02",
        "QC/CU",
        d(15, 7, 2022),
        "Chi ủy Chi bộ Trường THCS Lý Tự Trọng",
        "làm việc của chi ủy, chi bộ nhiệm kỳ 2022 – 2025",
      ),
    ]);
  },
};

/** Tiểu học: the templates inserted, nothing typed. */
export const empty: CorpusSource = {
  name: "empty",
  level: "tieu-hoc",
  year: 2024,
};

/** THPT: the staff table pasted from another file over the template — columns reordered, an
 *  extra column, counts as text, a blank row, a hand-typed "Tổng cộng" row inside the table
 *  (65 against groups of 61), the teachers' label in TCVN3. */
export const pastedStaff: CorpusSource = {
  name: "pasted-staff",
  level: "thpt",
  year: 2024,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Trường THPT Nguyễn Trãi",
      superior: "Sở Giáo dục và Đào tạo tỉnh Hải Dương",
      family: "Nhà nước",
      level: "THPT",
      place: "Hải Dương",
      from: d(1, 1, 2024),
      to: d(30, 6, 2024),
      reportDate: d(5, 7, 2024),
      number: "21",
      symbol: "BC-THPTNT",
      signer: "Phạm Văn Đức",
      signerTitle: "HIỆU TRƯỞNG",
      recipients: "Sở GD&ĐT tỉnh Hải Dương; Lưu: VT",
    });
    await pasteTable(
      wb,
      "CB-GV-NV",
      "tblStaff",
      "THỐNG KÊ CB-GV-NV NĂM HỌC 2023 – 2024",
      [
        "Chức danh",
        "Nữ",
        "Tổng số",
        "ĐV chính thức",
        "ĐV dự bị",
        "Trình độ",
        "Ghi chú",
      ],
      [
        ["Ban giám hiệu", "01", "03", 3, null, "ThS", null],
        [null, null, null, null, null, null, null],
        [TEACHER_LABEL[0], 30, 40, 10, 2, "ĐH", null],
        ["Kế toán", 1, " 1", 1, null, "ĐH", null],
        ["Văn thư", 1, 1, null, null, "CĐ", null],
        ["Y tế", 1, 1, null, null, "TC", null],
        ["Thủ quỹ", 1, 1, null, null, "CĐ", null],
        ["Thư viện", 2, 2, null, null, "CĐ", null],
        ["Thiết bị", 1, 3, null, null, "CĐ", null],
        ["CNTT", 0, 1, null, null, "ĐH", null],
        ["Bảo vệ", 0, 4, null, null, null, null],
        ["Tạp vụ", 3, 4, null, null, null, null],
        ["Tổng cộng", 41, 65, 14, 2, null, "Theo báo cáo đầu năm"],
      ],
    );
    await typeStudents(
      wb,
      grades(10, [
        [10, 448],
        [9, 401],
        [9, 395],
      ]),
    );
    await typeTotals(wb, "tblStudents", { "Số học sinh": "1.244" });
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Khéo vận động cựu học sinh, doanh nghiệp hỗ trợ học bổng “Tiếp sức đến trường”",
        "Đoàn trường",
        "Văn hóa – xã hội",
        2024,
        "Trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn",
      ),
    ]);
    await fillList(wb, "tblLegalRefs", [
      legalRef(
        1,
        "Thông tư",
        "32",
        "2020/TT-BGDĐT",
        d(15, 9, 2020),
        "Bộ Giáo dục và Đào tạo",
        "ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học",
      ),
    ]);
  },
};
