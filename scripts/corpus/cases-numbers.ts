/* Cases about how numbers and group labels are written: amounts as text in the ledger, age
 * groups and grades as schools label them, ambiguous "3.28" and "148/5 lớp". */
import { refreshSummary, type CorpusSource } from "./case";
import { d, fillList, type Typed } from "./fill";
import {
  CIRCULAR_16,
  collectiveModel,
  grades,
  legalRef,
  typeGeneral,
  typeStaff,
  typeStudents,
} from "./school";

const POOR = "Học sinh nghèo, khó khăn";

/** TH&THCS: a ledger where two amounts are typed as text ("18,4 triệu", "1.800.000" typed on an
 *  English-locale PC), among numbers and a quantity × price line. */
export const textAmounts: CorpusSource = {
  name: "text-amounts",
  level: "th-thcs",
  year: 2023,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Trường TH&THCS Tân Hiệp",
      superior: "UBND xã Tân Hiệp",
      family: "Nhà nước",
      level: "TH&THCS",
      place: "Tân Hiệp",
      from: d(1, 9, 2023),
      to: d(31, 5, 2024),
      reportDate: d(5, 6, 2024),
      number: "15",
      symbol: "BC-THCS",
      signer: "Lê Văn Hòa",
      signerTitle: "HIỆU TRƯỞNG",
      recipients: "Phòng GD&ĐT huyện Hòn Đất; Lưu: VT",
    });
    await typeStaff(wb, [
      ["Ban giám hiệu", 3, 1, 3, null],
      ["Giáo viên", 38, 27, 15, 2],
      ["Kế toán", 1, 1, 1, null],
      ["Văn thư", 1, 1, null, null],
      ["Y tế", 1, 1, null, null],
      ["Bảo vệ", 2, 0, null, null],
      ["Tạp vụ", 1, 1, null, null],
    ]);
    await typeStudents(
      wb,
      grades(1, [
        [2, 64],
        [2, 62],
        [2, 60],
        [2, 58],
        [2, 57],
        [2, 80],
        [2, 78],
        [2, 76],
        [2, 72],
      ]),
    );
    const line = (
      no: number,
      date: Typed,
      donor: string,
      form: string,
      item: string,
      amount: Typed,
      voucher: string,
      extra: Readonly<Record<string, Typed>> = {},
    ): Record<string, Typed> => ({
      STT: no,
      Ngày: date,
      "Nhà tài trợ": donor,
      "Người vận động": "Ban vận động",
      "Hình thức": form,
      "Hiện vật / nội dung": item,
      "Thành tiền": amount,
      "Đối tượng thụ hưởng": POOR,
      "Số chứng từ": voucher,
      ...extra,
    });
    await fillList(wb, "tblDonations", [
      line(
        1,
        d(5, 9, 2023),
        "Công ty TNHH Thành Đạt",
        "Chuyển khoản",
        "Học bổng học sinh nghèo vượt khó",
        10_000_000,
        "GBC-01",
        { "Mục đích sử dụng": "Học bổng" },
      ),
      line(
        2,
        d(20, 10, 2023),
        "Hội cha mẹ học sinh",
        "Hiện vật",
        "Quyển tập",
        "18,4 triệu",
        "BB-01",
        {
          "Đơn vị tính": "quyển",
          "Số lượng": 2300,
          "Mục đích sử dụng": "Học phẩm",
        },
      ),
      line(
        3,
        d(15, 11, 2023),
        "Ông Nguyễn Văn Tám",
        "Tiền mặt",
        "Quỹ khuyến học",
        "1.800.000",
        "PT-02",
        { "Mục đích sử dụng": "Khuyến học" },
      ),
      line(
        4,
        d(2, 1, 2024),
        "Ngân hàng Agribank chi nhánh Hòn Đất",
        "Chuyển khoản",
        "Quà Tết cho học sinh khó khăn",
        5_000_000,
        "GBC-02",
        { "Mục đích sử dụng": "Quà Tết" },
      ),
      line(
        5,
        d(20, 2, 2024),
        "Gia đình bà Trần Thị Mỹ",
        "Hiện vật",
        "Xe đạp",
        null,
        "BB-02",
        {
          "Đơn vị tính": "chiếc",
          "Số lượng": 10,
          "Đơn giá": 1_800_000,
          "Mục đích sử dụng": "Phương tiện đi học",
        },
      ),
    ]);
    await refreshSummary(wb, "th-thcs", 2023);
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Khéo vận động các nhà hảo tâm hỗ trợ học sinh nghèo vượt khó",
        "Chi bộ, Ban vận động nhà trường",
        "Văn hóa – xã hội",
        2023,
        "Vận động được 53,2 triệu đồng tiền và hiện vật cho học sinh nghèo",
      ),
    ]);
    await fillList(wb, "tblLegalRefs", [
      CIRCULAR_16,
      legalRef(
        2,
        "Kế hoạch",
        "08",
        "KH-THCS",
        d(10, 9, 2023),
        "Trường TH&THCS Tân Hiệp",
        "vận động tài trợ năm học 2023 – 2024",
      ),
    ]);
  },
};

/** Mầm non: the age groups as schools label them; "4-5 tuổi" above TT 52/2020's 30 per class;
 *  "Lớp ghép" names no group. */
export const ageGroups: CorpusSource = {
  name: "age-groups",
  level: "mam-non",
  year: 2024,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Trường Mầm non Hoa Sen",
      superior: "UBND xã Tân Phú",
      family: "Nhà nước",
      level: "Mầm non",
      place: "Tân Phú",
      from: d(1, 1, 2024),
      to: d(31, 5, 2024),
      reportDate: d(3, 6, 2024),
      number: "07",
      symbol: "BC-MNHS",
      signer: "Đỗ Thị Thu",
      signerTitle: "HIỆU TRƯỞNG",
      recipients: "Phòng GD&ĐT huyện Tân Phú; Lưu: VT",
    });
    await typeStaff(wb, [
      ["Ban giám hiệu", 3, 3, 3, null],
      ["Giáo viên", 36, 36, 12, 2],
      ["Kế toán", 1, 1, null, null],
      ["Văn thư", 1, 1, null, null],
      ["Y tế", 1, 1, null, null],
      ["Bảo vệ", 2, 0, null, null],
      ["Nấu ăn / nuôi dưỡng", 8, 8, null, null],
    ]);
    await typeStudents(wb, [
      ["Nhà trẻ 3–12 tháng", "NT 24-36 tháng", 2, 41],
      ["Nhà trẻ 13–24 tháng", "MG 3–4 tuổi", 3, 72],
      ["Nhà trẻ 25–36 tháng", "Mẫu giáo bé (3-4 tuổi)", 2, 45],
      ["Mẫu giáo 3–4 tuổi", "4-5 tuổi", 6, 187],
      ["Mẫu giáo 4–5 tuổi", "Lớp 5 tuổi", 5, 148],
      ["Mẫu giáo 5–6 tuổi", "Lớp ghép", 1, 20],
    ]);
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Khéo vận động cha mẹ trẻ tham gia xây dựng “Góc thiên nhiên cho bé”",
        "Chi bộ, nhà trường",
        "Văn hóa – xã hội",
        2024,
        "Cha mẹ trẻ góp cây xanh, vật liệu làm góc thiên nhiên ở mọi lớp",
      ),
    ]);
    await fillList(wb, "tblLegalRefs", [
      legalRef(
        1,
        "Thông tư",
        "52",
        "2020/TT-BGDĐT",
        d(31, 12, 2020),
        "Bộ Giáo dục và Đào tạo",
        "ban hành Điều lệ trường mầm non",
      ),
    ]);
  },
};

/** TH&THCS: grades labelled "Lớp 6", "K7", "khối 8", "Khối 9"; K7 above 45 per class. */
export const gradeLabels: CorpusSource = {
  name: "grades",
  level: "th-thcs",
  year: 2023,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Trường TH&THCS Hòa Bình",
      superior: "UBND xã Hòa Bình",
      family: "Nhà nước",
      level: "TH&THCS",
      place: "Hòa Bình",
      from: d(1, 9, 2023),
      to: d(31, 5, 2024),
      reportDate: d(10, 6, 2024),
      number: "09",
      symbol: "BC-THCS",
      signer: "Võ Minh Tâm",
      signerTitle: "HIỆU TRƯỞNG",
      recipients: "Phòng GD&ĐT huyện Hòa Bình; Lưu: VT",
    });
    await typeStaff(wb, [
      ["Ban giám hiệu", 3, 1, 2, null],
      ["Giáo viên", 36, 25, 14, 1],
      ["Kế toán", 1, 1, null, null],
      ["Văn thư", 1, 1, null, null],
      ["Y tế", 1, 1, null, null],
      ["Bảo vệ", 2, 0, null, null],
      ["Thư viện", 1, 1, null, null],
    ]);
    await typeStudents(wb, [
      ...grades(1, [
        [2, 60],
        [2, 62],
        [2, 58],
        [2, 64],
        [2, 66],
      ]),
      ["Khối 6", "Lớp 6", 2, 88],
      ["Khối 7", "K7", 2, 94],
      ["Khối 8", "khối 8", 2, 86],
      ["Khối 9", "Khối 9", 2, 82],
    ]);
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Khéo vận động học sinh bỏ học trở lại lớp",
        "Chi bộ, Liên đội",
        "Văn hóa – xã hội",
        2023,
        "Vận động ba học sinh bỏ học trở lại lớp",
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

/** THCS: the quantity 3.28 stored as a number for "quyển tập", "3.28 quyển tập" in the item
 *  text of another line, "148/5 lớp" (seed 001) typed in a count cell. */
export const ambiguousNumbers: CorpusSource = {
  name: "ambiguous-numbers",
  level: "thcs",
  year: 2023,
  type: async (wb) => {
    await typeGeneral(wb, {
      unit: "Trường THCS Vĩnh Thuận",
      superior: "Phòng Giáo dục và Đào tạo huyện Vĩnh Thuận",
      family: "Nhà nước",
      level: "THCS",
      place: "Vĩnh Thuận",
      from: d(1, 1, 2023),
      to: d(31, 12, 2023),
      reportDate: d(5, 1, 2024),
      number: "02",
      symbol: "BC-THCS",
      signer: "Ngô Thanh Sơn",
      signerTitle: "HIỆU TRƯỞNG",
      recipients: "Phòng GD&ĐT huyện Vĩnh Thuận; Lưu: VT",
    });
    await typeStaff(wb, [
      ["Ban giám hiệu", 3, 1, 3, null],
      ["Giáo viên", 30, 22, 12, 1],
      ["Kế toán", 1, 1, null, null],
      ["Văn thư", 1, 1, null, null],
      ["Y tế", 1, 1, null, null],
      ["Bảo vệ", 2, 0, null, null],
    ]);
    await typeStudents(wb, [
      ...grades(6, [
        [4, 168],
        [4, 164],
        [4, 160],
      ]),
      ["Khối 9", null, 5, "148/5 lớp"],
    ]);
    const gift = {
      "Người vận động": "Ban vận động",
      "Hình thức": "Hiện vật",
      "Đối tượng thụ hưởng": POOR,
      "Mục đích sử dụng": "Học phẩm",
    };
    await fillList(wb, "tblDonations", [
      {
        STT: 1,
        Ngày: d(10, 3, 2023),
        "Nhà tài trợ": "Nhóm Ươm mầm tương lai TP.HCM",
        "Địa chỉ / liên hệ": "0909 123 456",
        ...gift,
        "Hiện vật / nội dung": "Quyển tập",
        "Đơn vị tính": "quyển",
        "Số lượng": 3.28,
        "Thành tiền": 26_240_000,
        "Số chứng từ": "BB-03",
      },
      {
        STT: 2,
        Ngày: d(10, 3, 2023),
        "Nhà tài trợ": "Hội Khuyến học xã Vĩnh Bình Bắc",
        ...gift,
        "Hiện vật / nội dung": "3.28 quyển tập",
        "Thành tiền": 26_240_000,
        "Số chứng từ": "BB-04",
      },
      {
        STT: 3,
        Ngày: d(15, 4, 2023),
        "Nhà tài trợ": "Công ty Cổ phần Thủy sản Minh Phú",
        ...gift,
        "Hiện vật / nội dung": "Xe đạp",
        "Đơn vị tính": "chiếc",
        "Số lượng": 10,
        "Đơn giá": 1_800_000,
        "Mục đích sử dụng": "Phương tiện đi học",
        "Số chứng từ": "BB-05",
      },
    ]);
    await refreshSummary(wb, "thcs", 2023);
    await fillList(wb, "tblModels", [
      collectiveModel(
        1,
        "Khéo vận động các nhà hảo tâm tặng học phẩm cho học sinh nghèo",
        "Chi bộ, Ban vận động nhà trường",
        "Văn hóa – xã hội",
        2023,
        "Học sinh nghèo đủ tập vở, xe đạp đến trường",
      ),
    ]);
    await fillList(wb, "tblLegalRefs", [CIRCULAR_16]);
  },
};
