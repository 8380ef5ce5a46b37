/* Cases about text: a roster in TCVN3 against model owners in Unicode, registration levels as
 * Excel leaves them after splitting a list item at its comma, Party-style symbols of steering
 * boards. */
import type { CorpusSource } from "./case";
import { d, fillList, type Typed } from "./fill";
import {
  collectiveModel,
  grades,
  legalRef,
  typeGeneral,
  typeStaff,
  typeStudents,
} from "./school";
import { ROSTER_NAMES } from "./tcvn3";

function individualModel(
  no: number,
  name: string,
  owner: string,
  field: string,
  year: number,
  results: string,
): Record<string, Typed> {
  return {
    ...collectiveModel(no, name, owner, field, year, results),
    Loại: "Cá nhân",
  };
}

/** [position, sex, Party status] of each person of ROSTER_NAMES, in order. */
const ROSTER_PLAN: readonly (readonly [string, string, string])[] = [
  ["Ban giám hiệu", "Nữ", "Chính thức"],
  ["Ban giám hiệu", "Nam", "Chính thức"],
  ["Giáo viên", "Nữ", "Chính thức"],
  ["Giáo viên", "Nữ", "Dự bị"],
  ["Giáo viên", "Nữ", "Chính thức"],
  ["Giáo viên", "Nam", "Không"],
  ["Giáo viên", "Nữ", "Không"],
  ["Giáo viên", "Nữ", "Chính thức"],
  ["Giáo viên", "Nam", "Không"],
  ["Giáo viên", "Nữ", "Không"],
  ["Giáo viên", "Nữ", "Chính thức"],
  ["Giáo viên", "Nữ", "Không"],
  ["Kế toán", "Nữ", "Không"],
  ["Bảo vệ", "Nam", "Không"],
];

/** Tiểu học: the roster's names in TCVN3; the model owners are the same people in Unicode,
 *  but for one who is not on the staff. */
export const tcvn3Roster: CorpusSource = {
  name: "tcvn3-roster",
  level: "tieu-hoc",
  year: 2024,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Trường Tiểu học Kim Đồng",
      superior: "UBND xã Tân Lập",
      family: "Nhà nước",
      level: "Tiểu học",
      place: "Tân Lập",
      from: d(1, 1, 2024),
      to: d(30, 6, 2024),
      reportDate: d(2, 7, 2024),
      number: "11",
      symbol: "BC-THKĐ",
      signer: "Nguyễn Thị Lan",
      signerTitle: "HIỆU TRƯỞNG",
      recipients: "Phòng GD&ĐT huyện Tân Lập; Lưu: VT",
    });
    await fillList(
      wb,
      "tblRoster",
      ROSTER_NAMES.map(([tcvn3], i) => {
        const [position, sex, party] = ROSTER_PLAN[i];
        return {
          STT: i + 1,
          "Họ và tên": tcvn3,
          "Giới tính": sex,
          "Ngày sinh": d(1 + ((i * 7) % 28), 1 + ((i * 5) % 12), 1975 + i),
          "Dân tộc": "Kinh",
          "Vị trí việc làm": position,
          "Trình độ chuyên môn":
            position === "Bảo vệ" ? "Trung cấp" : "Đại học",
          "Chuẩn nghề nghiệp": "Đạt chuẩn",
          "Đảng viên": party,
          "Điện thoại": `09${String(12345670 + i * 1103).slice(0, 8)}`,
        };
      }),
    );
    await typeStaff(wb, [
      ["Ban giám hiệu", 2, 1, 2, null],
      ["Giáo viên", 10, 8, 4, 1],
      ["Kế toán", 1, 1, null, null],
      ["Bảo vệ", 1, 0, null, null],
    ]);
    await typeStudents(
      wb,
      grades(1, [
        [1, 32],
        [1, 30],
        [1, 28],
        [1, 31],
        [1, 29],
      ]),
    );
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Khéo vận động cha mẹ học sinh xây dựng “Trường học xanh – sạch – đẹp”",
        "Chi bộ, nhà trường",
        "Văn hóa – xã hội",
        2024,
        "Mỗi lớp một bồn hoa do cha mẹ học sinh chăm sóc",
      ),
      individualModel(
        2,
        "Khéo vận động học sinh đọc sách mỗi ngày",
        "Nguyễn Thị Lan",
        "Văn hóa – xã hội",
        2024,
        "Thư viện lớp học ở tất cả các lớp",
      ),
      individualModel(
        3,
        "Khéo vận động phụ huynh đưa đón học sinh an toàn",
        "Đ/c Trần Văn Minh",
        "Quốc phòng – an ninh",
        2024,
        "Cổng trường không ùn tắc giờ tan học",
      ),
      individualModel(
        4,
        "Khéo tuyên truyền phòng chống đuối nước cho học sinh",
        "Lê Thị Hồng",
        "Quốc phòng – an ninh",
        2024,
        "Không có học sinh bị đuối nước",
      ),
      individualModel(
        5,
        "Khéo vận động quyên góp sách cũ cho thư viện",
        "Võ Thị Mai",
        "Văn hóa – xã hội",
        2024,
        "Thư viện nhận thêm sách tham khảo",
      ),
    ]);
    await fillList(wb, "tblLegalRefs", [
      legalRef(
        1,
        "Thông tư",
        "28",
        "2020/TT-BGDĐT",
        d(4, 9, 2020),
        "Bộ Giáo dục và Đào tạo",
        "ban hành Điều lệ trường tiểu học",
      ),
    ]);
  },
};

/** THCS: "Cấp đăng ký" holding "Xã" and "phường" — what a validation list written as text leaves
 *  when Excel splits its item "Xã, phường" at the comma. */
export const registrationLevel: CorpusSource = {
  name: "registration-level",
  level: "thcs",
  year: 2024,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Trường THCS Lê Quý Đôn",
      superior: "Phòng Giáo dục và Đào tạo thành phố Bạc Liêu",
      family: "Nhà nước",
      level: "THCS",
      place: "Bạc Liêu",
      from: d(1, 1, 2024),
      to: d(30, 6, 2024),
      reportDate: d(3, 7, 2024),
      number: "14",
      symbol: "BC-THCSLQĐ",
      signer: "Lý Văn Hải",
      signerTitle: "HIỆU TRƯỞNG",
      recipients: "Phòng GD&ĐT thành phố Bạc Liêu; Lưu: VT",
    });
    await typeStaff(wb, [
      ["Ban giám hiệu", 3, 2, 3, null],
      ["Giáo viên", 42, 30, 18, 2],
      ["Kế toán", 1, 1, null, null],
      ["Văn thư", 1, 1, null, null],
      ["Y tế", 1, 1, null, null],
      ["Thư viện", 1, 1, null, null],
      ["Thiết bị", 1, 0, null, null],
      ["Bảo vệ", 2, 0, null, null],
    ]);
    await typeStudents(
      wb,
      grades(6, [
        [5, 210],
        [5, 205],
        [4, 176],
        [4, 170],
      ]),
    );
    await fillList(wb, "tblModels", [
      {
        ...collectiveModel(
          1,
          "Khéo vận động xây dựng “Cổng trường an toàn giao thông”",
          "Chi đoàn, Liên đội",
          "Quốc phòng – an ninh",
          2024,
          "Không có vụ mất an toàn giao thông trước cổng trường",
        ),
        "Cấp đăng ký": "Xã",
        "Cấp công nhận": "Xã",
      },
      {
        ...collectiveModel(
          2,
          "Khéo vận động cha mẹ học sinh ủng hộ “Áo ấm cho em”",
          "Công đoàn trường",
          "Văn hóa – xã hội",
          2024,
          "Trao áo ấm cho học sinh khó khăn",
        ),
        "Cấp đăng ký": "phường",
        "Cấp công nhận": "phường",
      },
      individualModel(
        3,
        "Khéo vận động học sinh bỏ học trở lại lớp",
        "Lý Văn Hải",
        "Văn hóa – xã hội",
        2024,
        "Hai học sinh bỏ học trở lại lớp",
      ),
    ]);
    await fillList(wb, "tblLegalRefs", [
      legalRef(
        1,
        "Kết luận",
        "114",
        "KL/TW",
        d(14, 7, 2015),
        "Ban Bí thư Trung ương Đảng",
        "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
      ),
    ]);
  },
};

/** THCS, Party family: legal bases with the Party-style symbols of steering boards (01-KH/BCĐ,
 *  02-HD/BCĐ) and 15-KH/PGDĐT, and one Party body's plan written in state style (24/KH-ĐU). */
export const legalPartySymbols: CorpusSource = {
  name: "legal-party-symbols",
  level: "thcs",
  year: 2023,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Chi bộ Trường THCS Vĩnh Bình",
      superior: "Đảng ủy xã Vĩnh Bình Bắc",
      family: "Đảng",
      level: "THCS",
      place: "Vĩnh Bình Bắc",
      from: d(1, 1, 2023),
      to: d(31, 12, 2023),
      reportDate: d(5, 1, 2024),
      number: "03",
      symbol: "BC/CB",
      signer: "Trần Minh Khang",
      signerTitle: "BÍ THƯ",
      recipients: "Đảng ủy xã Vĩnh Bình Bắc; Lưu: CB",
    });
    await typeStaff(wb, [
      ["Ban giám hiệu", 2, 1, 2, null],
      ["Giáo viên", 28, 20, 11, 1],
      ["Kế toán", 1, 1, null, null],
      ["Văn thư", 1, 1, null, null],
      ["Bảo vệ", 1, 0, null, null],
    ]);
    await typeStudents(
      wb,
      grades(6, [
        [3, 120],
        [3, 118],
        [3, 110],
        [3, 105],
      ]),
    );
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Khéo vận động cha mẹ học sinh tham gia giữ gìn an ninh trật tự trường học",
        "Chi bộ, nhà trường",
        "Quốc phòng – an ninh",
        2023,
        "Không có vụ việc mất an ninh trật tự trong năm",
      ),
    ]);
    const BCD = "Ban Chỉ đạo phong trào thi đua “Dân vận khéo”";
    await fillList(wb, "tblLegalRefs", [
      legalRef(
        1,
        "Kế hoạch",
        "01",
        "KH/BCĐ",
        d(27, 5, 2021),
        `${BCD} xã Vĩnh Bình Bắc`,
        "thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2025",
      ),
      legalRef(
        2,
        "Hướng dẫn",
        "02",
        "HD/BCĐ",
        d(15, 3, 2022),
        `${BCD} huyện Vĩnh Thuận`,
        "đánh giá, công nhận mô hình “Dân vận khéo”",
      ),
      legalRef(
        3,
        "Kế hoạch",
        "15",
        "KH/PGDĐT",
        d(20, 2, 2023),
        "Phòng Giáo dục và Đào tạo huyện Vĩnh Thuận",
        "triển khai phong trào thi đua “Dân vận khéo” trong ngành giáo dục năm 2023",
      ),
      legalRef(
        4,
        "Kết luận",
        "114",
        "KL/TW",
        d(14, 7, 2015),
        "Ban Bí thư Trung ương Đảng",
        "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
      ),
      legalRef(
        5,
        "Kế hoạch",
        "24",
        "KH-ĐU",
        d(12, 1, 2023),
        "Đảng ủy xã Vĩnh Bình Bắc",
        "thực hiện công tác dân vận năm 2023",
      ),
      legalRef(
        6,
        "Thông tư",
        "16",
        "2018/TT-BGDĐT",
        d(3, 8, 2018),
        "Bộ Giáo dục và Đào tạo",
        "quy định về tài trợ cho các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân",
      ),
    ]);
  },
};
