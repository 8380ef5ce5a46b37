/**
 * Test support: the workbook of each seed school, holding the figures its report gives (staff,
 * classes and pupils, Party members, ratings, the donations of seed 000, the model of seed 002)
 * and its general information — typed into the product's templates as an accountant would, with
 * the corpus helpers. The narrative sheet is left as the template makes it: the text comes from
 * importing the seed, or is missing (the data-only drafts).
 */
import ExcelJS from "exceljs";
import type { ReportKindId } from "../../src/core/model/report-outlines";
import type { SchoolLevel } from "../../src/core/model/enums";
import { insertTemplates } from "../../src/core/sheets/insert";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import {
  SEED004_SCHOOL,
  seed001TypedTotal,
} from "../../scripts/corpus/cases-totals";
import {
  d,
  fillKeyValue,
  fillList,
  fillRow,
  typeTotals,
} from "../../scripts/corpus/fill";
import { collectiveModel, typeGeneral } from "../../scripts/corpus/school";
import type { SeedId } from "./seed-docx";

export interface SeedSchool {
  readonly kind: ReportKindId;
  readonly level: SchoolLevel;
  readonly type: (wb: XlsxWorkbook) => Promise<void>;
}

const donation = (
  no: number,
  date: ReturnType<typeof d>,
  donor: string,
  item: string,
  quantity: number,
  unit: string,
  amount: number,
) => ({
  STT: no,
  Ngày: date,
  "Nhà tài trợ": donor,
  "Hình thức": "Hiện vật",
  "Hiện vật / nội dung": item,
  "Đơn vị tính": unit,
  "Số lượng": quantity,
  "Thành tiền": amount,
});

/** Seed 001's individual models: owner, model, as the report lists them. */
const SEED_001_INDIVIDUAL: readonly (readonly [string, string])[] = [
  [
    "Hồ Thị Tuyến",
    "Khéo trong tuyên truyền vận động CBGVNV hưởng ứng công tác cải tạo thay đổi khuôn viên cảnh quan sư phạm nhà trường thân thiện sạch sẽ",
  ],
  [
    "Trương Thị Bích Ngọc",
    "Khéo trong truyên truyền vận động cán bộ giáo viên, nhân viên thực hiện tốt công tác an toàn an ninh trường học, an toàn giao thông",
  ],
  [
    "Nguyễn Thị Hương",
    "Khéo trong chỉ đạo giáo viên Nâng câo chất lượng chuyên môn",
  ],
  [
    "Nguyễn Thúy Hồng",
    "KhéoVận động người thân, đồng nghiệp và nhân dân thực hiện tốt công tác vệ sinh môi trường và phòng các loại dịch bệnh",
  ],
  [
    "Nguyễn Thị Phương Ly",
    "Khéo Tuyên truyền công tác chăm sóc giáo dục trẻ tới cha mẹ học sinh và đồng nghiệp",
  ],
  [
    "Nguyễn Thị Tâm",
    "Khéo trong việc vận động phụ huynh tổ chức nhiều hoạt động trải nghiệm cho trẻ ở trường",
  ],
  [
    "Nguyễn Thị Hiền",
    "Khéo trong vận động phụ huynh ủng hộ cây xanh giữ gìn cảnh quan môi trường sư phạm",
  ],
  [
    "Nguyễn Thị Lan",
    "Khéo vận động người thân phối hợp cùng chung tay bảo vệ môi trường",
  ],
  [
    "Dương Thị Thu Hương",
    "Khéo trong giao tiếp phụ huynh tuyên truyền về các quy định của nhà trường",
  ],
  [
    "Nguyễn Thị Lệ Thanh",
    "Khéo vận động công đoàn viên thực hiện tốt cảnh quan môi trường “Sáng, xanh, sạch đẹp”",
  ],
  [
    "Vũ Thị Thu",
    "Khéo trong tuyên truyền tổ bếp thực hiện công tác vệ sinh hàng ngày sạch sẽ",
  ],
  [
    "Nguyễn Thị Thủy",
    "Khéo vận động, tuyên truyền với chi đoàn tổ dân phố và chi đoàn thanh niên trực thuộc trong việc xây dựng tuyến đường thanh niên tự quản về an ninh trật tự",
  ],
  [
    "Phạm Thanh Huyền",
    "Khéo tuyên truyền với phụ huynh ủng hộ nguyên vật liệu tạo đồ chơi ngoài trời",
  ],
  [
    "Vũ Hải Ly",
    "Khéo trong vận động CBGVNV ứng dụng CNTT vào các hoạt động giảng dạy",
  ],
  [
    "Nguyễn Thị Thu Hằng",
    "Vận động người dân ở khu dân cư địa phương thực hiện nghiêm túc việc phòng chống dịch covid",
  ],
  [
    "Huỳnh Thị Cẩm Giang",
    "Khéo trong công tác tuyên truyền chị em thực hiện tốt dây chuyền bếp ăn hàng ngày",
  ],
  [
    "Tống Thị Bích Liên",
    "Duy trì vận động người dân nơi cư trú tham gia bảo vệ môi trường, thu gom, tái chế rác thải cải tạo môi trường xanh, sạch, đẹp",
  ],
];

export const SEED_SCHOOLS: Readonly<Record<SeedId, SeedSchool>> = {
  "000": {
    kind: "ket-qua-mo-hinh",
    level: "th-thcs",
    type: async (wb) => {
      await typeGeneral(wb, {
        unit: "Trường TH&THCS Vĩnh Bình Bắc",
        superior: "Chi bộ Trường TH&THCS Vĩnh Bình Bắc",
        family: "Nhà nước",
        level: "TH&THCS",
        place: "Vĩnh Bình Bắc",
        from: d(1, 1, 2023),
        to: d(31, 8, 2023),
        reportDate: d(5, 9, 2023),
        number: "01",
        symbol: "BC-BVĐ",
        signer: "Nguyễn Văn Tổng",
        signerTitle: "TRƯỞNG BAN",
        recipients:
          "BCĐ của ĐU xã VBB; Đảng viên trong Chi bộ; Cán bộ, giáo viên; Lưu",
      });
      await fillList(wb, "tblModels", [
        collectiveModel(
          1,
          "Khéo vận động cán bộ, giáo viên, cha mẹ học sinh, các nhà tài trợ gây quỹ giúp đỡ học sinh nghèo vượt khó, học tốt",
          "Chi bộ, Ban vận động",
          "Văn hóa – xã hội",
          2023,
          "Vận động được 332,4 triệu đồng đến tháng 8 năm 2023",
        ),
      ]);
      await fillList(wb, "tblDonations", [
        donation(
          1,
          d(10, 3, 2023),
          "Gia đình Chú Minh Cần Thơ và Bảo Hiểm nhân thọ Bảo Việt",
          "Xe đạp",
          20,
          "chiếc",
          36_000_000,
        ),
        donation(
          2,
          d(15, 4, 2023),
          "Hội cha mẹ học sinh Điểm tập trung, Bác sĩ Tổng và em Thế Anh Vĩnh Thuận",
          "Quyển tập",
          2300,
          "quyển",
          18_400_000,
        ),
        donation(
          3,
          d(20, 5, 2023),
          "Nhóm Ươm mầm tương lai TP.HCM",
          "Bảo hiểm y tế, ba lô, đồng phục, sách giáo khoa, tập, viết, quà",
          1,
          "đợt",
          250_000_000,
        ),
        donation(
          4,
          d(12, 8, 2023),
          "Nhóm từ thiện TP.HCM",
          "Bộ sách tiểu học",
          75,
          "bộ",
          28_000_000,
        ),
      ]);
    },
  },
  "001": {
    kind: "so-ket",
    level: "mam-non",
    // The corpus's seed 001 school: 65 staff typed (61 by the groups), 18 classes, 477 pupils;
    // and the models its report lists, as its model sheet holds them.
    type: async (wb) => {
      await seed001TypedTotal.type!(wb);
      await fillList(wb, "tblModels", [
        {
          ...collectiveModel(
            1,
            "Vận động CBGVNV thực hiện nghiêm túc có hiệu quả đảm bảo vệ sinh an toàn thực phẩm trong nhà trường",
            "Chi bộ, nhà trường",
            "Văn hóa – xã hội",
            2021,
            "",
          ),
          "Kết quả": null,
          "Trạng thái": "Đang thực hiện",
        },
        ...SEED_001_INDIVIDUAL.map(([owner, name], i) => ({
          STT: i + 2,
          "Tên mô hình": name,
          Loại: "Cá nhân",
          "Cá nhân / tập thể thực hiện": `Đ/c ${owner}`,
          "Lĩnh vực": "Văn hóa – xã hội",
          "Cấp đăng ký": "Cơ sở (trường)",
          Năm: 2021,
          "Trạng thái": "Đang thực hiện",
        })),
      ]);
    },
  },
  "002": {
    kind: "dang-ky-mo-hinh",
    level: "thcs",
    type: async (wb) => {
      await typeGeneral(wb, {
        unit: "Trường THCS Thanh Trường",
        superior: "Phòng GD&ĐT Thành phố Điện Biên Phủ",
        family: "Nhà nước",
        level: "THCS",
        place: "Thanh Trường",
        from: d(1, 1, 2020),
        to: d(31, 12, 2020),
        reportDate: d(25, 12, 2019),
        number: null,
        symbol: null,
        signer: "Lò Văn Hùng",
        signerTitle: "HIỆU TRƯỞNG",
        recipients: "Ban Dân vận Phòng GD&ĐT; Lưu: VT",
      });
      await fillList(wb, "tblModels", [
        {
          ...collectiveModel(
            1,
            "Khéo trong vận động xã hội hóa giáo dục, xây dựng tinh thần thi đua học tập, rèn luyện; xây dựng “gia đình hiếu học”, xây dựng xã hội học tập",
            "Trường THCS Thanh Trường",
            "Văn hóa – xã hội",
            2020,
            "",
          ),
          "Cấp đăng ký": "Huyện, quận, thành phố",
          "Trạng thái": "Đã đăng ký",
          "Kết quả": null,
          "Địa chỉ đơn vị":
            "Tổ 2-Phường Thanh Trường- Thành phố Điện Biên Phủ - Tỉnh Điện Biên.",
          "Địa điểm thực hiện":
            "tại Phường Thanh Trường – Thành phố Điện Biên Phủ - Tỉnh Điện Biên.",
          "Thời gian thực hiện": "Năm 2020",
        },
      ]);
    },
  },
  "003": {
    kind: "cong-tac-dan-van",
    level: "tieu-hoc",
    type: async (wb) => {
      await typeGeneral(wb, {
        unit: "Trường Tiểu học Tân Thành A1",
        superior: "Ủy ban nhân dân huyện Tân Hồng",
        family: "Nhà nước",
        level: "Tiểu học",
        place: "Tân Hồng",
        from: d(1, 1, 2024),
        to: d(30, 6, 2024),
        reportDate: d(31, 5, 2024),
        number: null,
        symbol: "BC-THTTA1",
        signer: "Trần Tấn Phước",
        signerTitle: "HIỆU TRƯỞNG",
        recipients:
          "Phòng Nội vụ (báo cáo); Chi bộ nhà trường (báo cáo); BGH, Công đoàn (để biết); Lưu: VT",
      });
      await fillRow(wb, "tblEvaluations", "Viên chức", {
        "Năm, kỳ đánh giá": "năm học 2023-2024",
        HTXS: 6,
        HTT: 26,
      });
    },
  },
  "004": {
    kind: "giam-sat",
    level: "thcs",
    type: async (wb) => {
      await typeGeneral(wb, {
        ...SEED004_SCHOOL,
        recipients:
          "Đoàn giám sát Ban Dân vận Thành ủy (b/c); Lưu: hồ sơ chi bộ",
      });
      await typeTotals(wb, "tblStaff", {
        "Tổng số": 65,
        "Đảng viên chính thức": 37,
        "Đảng viên dự bị": 1,
      });
      await typeTotals(wb, "tblStudents", {
        "Số lớp": 37,
        "Số học sinh": 1668,
      });
      await fillKeyValue(wb, "tblParty", {
        "Tên chi bộ": "Chi bộ trường THCS Lý Tự Trọng",
        "Trực thuộc": "Đảng bộ phường Giếng Đáy",
        "Số tổ đảng": 3,
        "Số chi ủy viên": 5,
        "Đảng viên chính thức": 37,
        "Đảng viên dự bị": 1,
      });
    },
  },
};

/** The seed school's workbook, in memory (exceljs, as the CLI reads and writes it). */
export async function seedSchoolWorkbook(id: SeedId): Promise<XlsxWorkbook> {
  const school = SEED_SCHOOLS[id];
  const wb = XlsxWorkbook.create(ExcelJS);
  await insertTemplates(wb, { level: school.level });
  await school.type(wb);
  return wb;
}
