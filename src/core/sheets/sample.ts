/**
 * The sample school ("Chèn dữ liệu mẫu", `dvk mau --du-lieu-mau`): Trường TH&THCS Vĩnh Bình Bắc,
 * with the donations of seed 000 (332,4 triệu đồng, its ambiguous "3.28" quyển tập kept as
 * written), a staff roster whose statistics add up, and its "Dân vận khéo" models.
 */
import {
  DocumentFamily,
  DonationForm,
  keyOfLabel,
  ModelField,
  ModelKind,
  ModelStatus,
  PartyStatus,
  Qualification,
  RecognitionLevel,
  SchoolLevel,
  Sex,
  StaffCategory,
  YesNo,
} from "../model/enums";
import type { CalendarDate } from "../model/records";
import { staffStatsFromRoster } from "../model/staff-stats";
import type { TemplateValue } from "./cells";
import type { SampleData, SampleOf } from "./registry";
import type {
  donationsSpec,
  evaluationsSpec,
  generalSpec,
  legalRefsSpec,
  modelsSpec,
  narrativeSpec,
  partySpec,
  rosterSpec,
  staffSpec,
  studentsSpec,
} from "./specs";

/** One sample row of a sheet (its keys are the sheet's column keys). */
type RowOf<S> = SampleOf<S> extends readonly (infer R)[] ? R : never;
const d = (day: number, month: number, year: number): CalendarDate => ({
  year,
  month,
  day,
});

/** The sample school's level (TH&THCS): inserting the sample uses it whatever level is chosen. */
export const SAMPLE_LEVEL = "th-thcs" as const;

export const sampleGeneral: SampleOf<typeof generalSpec> = {
  unitName: "Trường TH&THCS Vĩnh Bình Bắc",
  superiorBody: "UBND xã Vĩnh Bình Bắc",
  documentFamily: DocumentFamily.state,
  schoolLevel: SchoolLevel[SAMPLE_LEVEL],
  place: "Vĩnh Bình Bắc",
  periodFrom: d(1, 1, 2023),
  periodTo: d(15, 12, 2023),
  reportDate: d(20, 12, 2023),
  documentNumber: "01",
  documentSymbol: "BC-THCS",
  signerName: "Trần Văn Minh",
  signerTitle: "HIỆU TRƯỞNG",
  signerAuthority: "",
  authorityBody: "",
  recipients:
    "Ban chỉ đạo phong trào thi đua “Dân vận khéo” xã Vĩnh Bình Bắc; Chi bộ trường; Lưu: VT",
};

/** How many staff of each category, and how many of them are women. */
const STAFF_PLAN: readonly [keyof typeof StaffCategory, number, number][] = [
  ["leadership", 3, 1],
  ["teacher", 40, 29],
  ["accountant", 1, 1],
  ["clerk", 1, 1],
  ["medical", 1, 1],
  ["security", 2, 0],
  ["janitor", 1, 1],
  ["librarian", 1, 1],
  ["equipment", 1, 0],
  ["it", 1, 0],
];

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Trương",
];
const MIDDLE_F = [
  "Thị",
  "Thị Ngọc",
  "Thị Thu",
  "Thị Kim",
  "Thị Mỹ",
  "Ngọc",
  "Thị Bích",
];
const MIDDLE_M = ["Văn", "Minh", "Hoàng", "Quốc", "Thanh", "Hữu", "Công"];
const GIVEN_F = [
  "Lan",
  "Hồng",
  "Trang",
  "Hạnh",
  "Thảo",
  "Tuyến",
  "Ngọc",
  "Yến",
  "Nhung",
  "Phượng",
  "Diễm",
  "Oanh",
  "Loan",
  "Hằng",
];
const GIVEN_M = [
  "Minh",
  "Hùng",
  "Dũng",
  "Tâm",
  "Phúc",
  "Khang",
  "Tuấn",
  "Nam",
  "Hải",
  "Thắng",
  "Sơn",
  "Long",
];

/** The sample roster: deterministic names, dates and ID numbers (leading zeros kept as text). */
export function sampleRoster(): RowOf<typeof rosterSpec>[] {
  const rows: RowOf<typeof rosterSpec>[] = [];
  let n = 0;
  for (const [category, count, women] of STAFF_PLAN) {
    for (let i = 0; i < count; i++, n++) {
      const female = i < women;
      const name = `${FAMILY[(n * 7) % FAMILY.length]} ${(female ? MIDDLE_F : MIDDLE_M)[(n * 3) % 7]} ${(female ? GIVEN_F : GIVEN_M)[(n * 5) % (female ? GIVEN_F.length : GIVEN_M.length)]}`;
      const party =
        n % 9 === 4
          ? PartyStatus.probationary
          : n % 2 === 0 || category === "leadership"
            ? PartyStatus.full
            : PartyStatus.none;
      rows.push({
        no: n + 1,
        fullName: name,
        sex: female ? Sex.female : Sex.male,
        birthDate: d(
          1 + ((n * 11) % 28),
          1 + ((n * 5) % 12),
          1968 + ((n * 13) % 30),
        ),
        ethnicity: n % 10 === 3 ? "Khmer" : "Kinh",
        position: StaffCategory[category],
        group:
          category === "teacher"
            ? n % 3 === 0
              ? "Tổ Toán – Tin"
              : n % 3 === 1
                ? "Tổ Ngữ văn – Sử"
                : "Tổ Tiểu học"
            : category === "leadership"
              ? "Ban giám hiệu"
              : "Tổ Văn phòng",
        qualification:
          category === "teacher" || category === "leadership"
            ? n % 4 === 0
              ? "Thạc sĩ"
              : "Đại học"
            : n % 2
              ? "Cao đẳng"
              : "Trung cấp",
        standard:
          category === "teacher" || category === "leadership"
            ? n % 4 === 0
              ? Qualification.above
              : Qualification.standard
            : n === 47
              ? Qualification.below
              : Qualification.standard,
        partyStatus: party,
        partyJoined:
          party === PartyStatus.none
            ? undefined
            : d(3 + (n % 20), 1 + (n % 12), 2000 + (n % 22)),
        phone: `09${String(10000000 + n * 7919).slice(0, 8)}`,
        personalId: `0${String(86000000000 + n * 104729).padStart(11, "0")}`,
      });
    }
  }
  return rows;
}

/** Staff statistics computed from the sample roster with the product's own counting (so they
 *  add up); categories nobody holds stay empty. */
export function sampleStaff(
  roster: SampleOf<typeof rosterSpec> = sampleRoster(),
): RowOf<typeof staffSpec>[] {
  const key = <T extends Record<string, string>>(o: T, v: TemplateValue) =>
    (keyOfLabel(o, String(v ?? "")) as keyof T | null) ?? null;
  const stats = staffStatsFromRoster(
    roster.map((r) => ({
      position: key(StaffCategory, r.position),
      sex: key(Sex, r.sex),
      ethnicity: (r.ethnicity as string | undefined) ?? null,
      partyStatus: key(PartyStatus, r.partyStatus),
      standard: key(Qualification, r.standard),
    })),
  );
  return (
    Object.entries(StaffCategory) as [keyof typeof StaffCategory, string][]
  ).map(([k, label]) => (stats[k].total ? { label, ...stats[k] } : { label }));
}

export const sampleStudents: SampleOf<typeof studentsSpec> = [
  {
    group: "Khối 1",
    classes: 2,
    students: 58,
    female: 27,
    ethnicMinority: 6,
    disability: 1,
    poorHouseholds: 5,
  },
  {
    group: "Khối 2",
    classes: 2,
    students: 61,
    female: 30,
    ethnicMinority: 7,
    disability: 0,
    poorHouseholds: 6,
  },
  {
    group: "Khối 3",
    classes: 2,
    students: 55,
    female: 26,
    ethnicMinority: 5,
    disability: 1,
    poorHouseholds: 4,
  },
  {
    group: "Khối 4",
    classes: 2,
    students: 63,
    female: 31,
    ethnicMinority: 8,
    disability: 0,
    poorHouseholds: 7,
  },
  {
    group: "Khối 5",
    classes: 2,
    students: 60,
    female: 28,
    ethnicMinority: 6,
    disability: 1,
    poorHouseholds: 5,
  },
  {
    group: "Khối 6",
    classes: 2,
    students: 78,
    female: 37,
    ethnicMinority: 9,
    disability: 0,
    poorHouseholds: 8,
  },
  {
    group: "Khối 7",
    classes: 2,
    students: 74,
    female: 35,
    ethnicMinority: 8,
    disability: 1,
    poorHouseholds: 6,
  },
  {
    group: "Khối 8",
    classes: 2,
    students: 70,
    female: 36,
    ethnicMinority: 7,
    disability: 0,
    poorHouseholds: 7,
  },
  {
    group: "Khối 9",
    classes: 2,
    students: 66,
    female: 32,
    ethnicMinority: 6,
    disability: 0,
    poorHouseholds: 5,
  },
];

const inKind = DonationForm.inKind;
const POOR = "Học sinh nghèo, khó khăn";

/** Seed 000's donations, line by line; 36 + 18,4 + 250 + 28 = 332,4 triệu đồng. */
export const sampleDonations: SampleOf<typeof donationsSpec> = [
  {
    no: 1,
    date: d(15, 2, 2023),
    donor: "Gia đình chú Minh (Cần Thơ)",
    contact: "Cần Thơ",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Xe đạp",
    unit: "chiếc",
    quantity: 10,
    unitPrice: 1_800_000,
    beneficiaries: POOR,
    purpose: "Phương tiện đi học",
    voucher: "BB-01",
  },
  {
    no: 2,
    date: d(15, 2, 2023),
    donor: "Bảo hiểm nhân thọ Bảo Việt",
    contact: "0292 3821 888",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Xe đạp",
    unit: "chiếc",
    quantity: 10,
    unitPrice: 1_800_000,
    beneficiaries: POOR,
    purpose: "Phương tiện đi học",
    voucher: "BB-02",
  },
  {
    no: 3,
    date: d(6, 3, 2023),
    donor: "Hội cha mẹ học sinh điểm tập trung",
    mobilisedBy: "Giáo viên chủ nhiệm",
    form: inKind,
    item: "Quyển tập",
    unit: "quyển",
    quantity: 1000,
    unitPrice: 8_000,
    beneficiaries: POOR,
    purpose: "Học phẩm",
    voucher: "BB-03",
  },
  {
    no: 4,
    date: d(6, 3, 2023),
    donor: "Bác sĩ Tổng",
    mobilisedBy: "Giáo viên chủ nhiệm",
    form: inKind,
    item: "Quyển tập",
    unit: "quyển",
    quantity: 800,
    unitPrice: 8_000,
    beneficiaries: POOR,
    purpose: "Học phẩm",
    voucher: "BB-04",
  },
  {
    no: 5,
    date: d(6, 3, 2023),
    donor: "Em Thế Anh (Vĩnh Thuận)",
    mobilisedBy: "Giáo viên chủ nhiệm",
    form: inKind,
    item: "Quyển tập",
    unit: "quyển",
    quantity: 500,
    unitPrice: 8_000,
    beneficiaries: POOR,
    purpose: "Học phẩm",
    voucher: "BB-05",
  },
  {
    no: 6,
    date: d(10, 5, 2023),
    donor: "Nhóm Ươm mầm tương lai TP.HCM",
    contact: "0909 123 456",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Thẻ bảo hiểm y tế",
    unit: "thẻ",
    quantity: 25,
    unitPrice: 804_600,
    beneficiaries: POOR,
    purpose: "Bảo hiểm y tế học sinh",
    voucher: "BB-06",
  },
  {
    no: 7,
    date: d(10, 5, 2023),
    donor: "Nhóm Ươm mầm tương lai TP.HCM",
    contact: "0909 123 456",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Ba lô",
    unit: "cái",
    quantity: 656,
    unitPrice: 150_000,
    beneficiaries: POOR,
    purpose: "Học phẩm",
    voucher: "BB-06",
  },
  {
    no: 8,
    date: d(10, 5, 2023),
    donor: "Nhóm Ươm mầm tương lai TP.HCM",
    contact: "0909 123 456",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Đồng phục",
    unit: "bộ",
    quantity: 100,
    unitPrice: 180_000,
    beneficiaries: POOR,
    purpose: "Đồng phục",
    voucher: "BB-06",
  },
  {
    no: 9,
    date: d(10, 5, 2023),
    donor: "Nhóm Ươm mầm tương lai TP.HCM",
    contact: "0909 123 456",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Sách giáo khoa",
    unit: "bộ",
    quantity: 100,
    unitPrice: 250_000,
    beneficiaries: POOR,
    purpose: "Sách giáo khoa",
    voucher: "BB-06",
  },
  // As written in the seed report: "3.28 quyển tập" — ambiguous, kept as text for the checks.
  {
    no: 10,
    date: d(10, 5, 2023),
    donor: "Nhóm Ươm mầm tương lai TP.HCM",
    contact: "0909 123 456",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Quyển tập",
    unit: "quyển",
    quantity: "3.28",
    amount: 26_240_000,
    beneficiaries: POOR,
    purpose: "Học phẩm",
    voucher: "BB-06",
  },
  {
    no: 11,
    date: d(10, 5, 2023),
    donor: "Nhóm Ươm mầm tương lai TP.HCM",
    contact: "0909 123 456",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Cây viết",
    unit: "cây",
    quantity: 2624,
    unitPrice: 5_000,
    beneficiaries: POOR,
    purpose: "Học phẩm",
    voucher: "BB-06",
  },
  {
    no: 12,
    date: d(10, 5, 2023),
    donor: "Nhóm Ươm mầm tương lai TP.HCM",
    contact: "0909 123 456",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Quà hộ nghèo, khó khăn",
    unit: "suất",
    quantity: 50,
    unitPrice: 982_500,
    beneficiaries: "Hộ nghèo, cận nghèo có con học tại trường",
    purpose: "Hỗ trợ gia đình",
    voucher: "BB-06",
  },
  {
    no: 13,
    date: d(22, 8, 2023),
    donor: "Nhóm từ thiện TP.HCM",
    mobilisedBy: "Ban vận động",
    form: inKind,
    item: "Bộ sách tiểu học",
    unit: "bộ",
    quantity: 75,
    amount: 28_000_000,
    beneficiaries: POOR,
    purpose: "Sách giáo khoa",
    voucher: "BB-07",
  },
];

export const sampleModels: SampleOf<typeof modelsSpec> = [
  {
    no: 1,
    name: "Khéo vận động cán bộ, giáo viên, cha mẹ học sinh, các nhà tài trợ gây quỹ giúp đỡ học sinh nghèo vượt khó, học tốt",
    kind: ModelKind.collective,
    owner: "Chi bộ, Ban vận động nhà trường",
    field: ModelField.culture,
    registrationLevel: RecognitionLevel.commune,
    year: 2023,
    registeredOn: d(20, 1, 2023),
    goals:
      "Vận động tối thiểu 300 triệu đồng học phẩm, phương tiện cho học sinh nghèo",
    solutions:
      "Phân công đảng viên vận động nhà tài trợ; công khai các khoản tài trợ",
    results: "Vận động được 332,4 triệu đồng (đến tháng 8/2023)",
    status: ModelStatus.achieved,
    recognisedLevel: RecognitionLevel.commune,
    commendation: "Giấy khen UBND xã",
    address:
      "Ấp Vĩnh Phước, xã Vĩnh Bình Bắc, huyện Vĩnh Thuận, tỉnh Kiên Giang",
    place:
      "Trường TH&THCS Vĩnh Bình Bắc và các ấp trên địa bàn xã Vĩnh Bình Bắc",
    timeframe: "Năm 2023",
    situation:
      "Nhiều học sinh của trường thuộc hộ nghèo, cận nghèo, thiếu sách vở, đồ dùng học tập và phương tiện đi học; một số em có nguy cơ bỏ học.",
    steps:
      "Bước 1: Chi bộ ra nghị quyết, thành lập Ban vận động; Bước 2: lập danh sách học sinh khó khăn, phân công đảng viên vận động nhà tài trợ; Bước 3: tiếp nhận, công khai và trao tài trợ; Bước 4: sơ kết, tổng kết, nhân rộng mô hình.",
    basis:
      "Kế hoạch số 01-KH/BCĐ ngày 27/5/2021 của Ban chỉ đạo phong trào thi đua “Dân vận khéo” xã Vĩnh Bình Bắc",
  },
  {
    no: 2,
    name: "Khéo vận động phụ huynh đưa trẻ đến trường đúng độ tuổi",
    kind: ModelKind.individual,
    owner: sampleRoster()[3].fullName as string,
    field: ModelField.culture,
    registrationLevel: RecognitionLevel.school,
    year: 2023,
    registeredOn: d(20, 1, 2023),
    goals: "100% trẻ 6 tuổi vào lớp 1",
    solutions: "Đến từng nhà vận động",
    results: "Huy động 58/58 trẻ",
    status: ModelStatus.achieved,
    recognisedLevel: RecognitionLevel.school,
  },
  {
    no: 3,
    name: "Khéo tuyên truyền phòng chống đuối nước cho học sinh",
    kind: ModelKind.individual,
    owner: sampleRoster()[10].fullName as string,
    field: ModelField.defence,
    registrationLevel: RecognitionLevel.school,
    year: 2023,
    registeredOn: d(20, 1, 2023),
    goals: "Không có học sinh bị đuối nước",
    solutions: "Phối hợp Đoàn xã dạy bơi hè",
    status: ModelStatus.inProgress,
  },
  {
    no: 4,
    name: "Khéo vận động thu gom rác thải nhựa gây quỹ Liên đội",
    kind: ModelKind.individual,
    owner: sampleRoster()[21].fullName as string,
    field: ModelField.economy,
    registrationLevel: RecognitionLevel.school,
    year: 2023,
    registeredOn: d(1, 2, 2023),
    goals: "Gây quỹ 10 triệu đồng",
    solutions: "Mỗi lớp một “ngôi nhà xanh”",
    results: "Gây quỹ 12,5 triệu đồng",
    status: ModelStatus.achieved,
    recognisedLevel: RecognitionLevel.school,
  },
];

export const sampleLegalRefs: SampleOf<typeof legalRefsSpec> = [
  {
    no: 1,
    docType: "Nghị quyết",
    number: "25",
    symbol: "NQ/TW",
    issuedOn: d(3, 6, 2013),
    issuer: "Ban Chấp hành Trung ương Đảng (khóa XI)",
    subject:
      "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
    used: YesNo.yes,
  },
  {
    no: 2,
    docType: "Kết luận",
    number: "114",
    symbol: "KL/TW",
    issuedOn: d(14, 7, 2015),
    issuer: "Ban Bí thư Trung ương Đảng",
    subject:
      "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
    used: YesNo.yes,
  },
  {
    no: 3,
    docType: "Thông tư",
    number: "16",
    symbol: "2018/TT-BGDĐT",
    issuedOn: d(3, 8, 2018),
    issuer: "Bộ Giáo dục và Đào tạo",
    subject:
      "quy định về tài trợ cho các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân",
    used: YesNo.yes,
  },
  {
    no: 4,
    docType: "Kế hoạch",
    number: "01",
    symbol: "KH/BCĐ",
    issuedOn: d(27, 5, 2021),
    issuer: "Ban chỉ đạo phong trào thi đua “Dân vận khéo” xã Vĩnh Bình Bắc",
    subject:
      "thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2025",
    used: YesNo.yes,
  },
  {
    no: 5,
    docType: "Kế hoạch",
    number: "05",
    symbol: "KH-THCS",
    issuedOn: d(10, 1, 2023),
    issuer: "Trường TH&THCS Vĩnh Bình Bắc",
    subject: "thực hiện mô hình “Dân vận khéo” năm 2023",
    used: YesNo.yes,
  },
];

/** The sample school's Party cell: its Party members as the staff statistics count them. */
export function sampleParty(staff = sampleStaff()): SampleOf<typeof partySpec> {
  const sum = (key: "partyFull" | "partyProbationary") =>
    staff.reduce((a, r) => a + (Number(r[key] ?? 0) || 0), 0);
  return {
    branchName: "Chi bộ Trường TH&THCS Vĩnh Bình Bắc",
    parentBody: "Đảng bộ xã Vĩnh Bình Bắc",
    partyGroups: 3,
    committeeMembers: 3,
    secretary: "Trần Văn Minh",
    deputySecretary: "Nguyễn Thị Hồng",
    fullMembers: sum("partyFull"),
    probationaryMembers: sum("partyProbationary"),
    admitted: 2,
    officialised: 3,
  };
}

/** The sample school's ratings of the school year: every staff member and Party member rated. */
export function sampleEvaluations(
  staff = sampleStaff(),
): SampleOf<typeof evaluationsSpec> {
  const total = staff.reduce((a, r) => a + (Number(r.total ?? 0) || 0), 0);
  const party = staff.reduce(
    (a, r) =>
      a +
      (Number(r.partyFull ?? 0) || 0) +
      (Number(r.partyProbationary ?? 0) || 0),
    0,
  );
  return [
    {
      label: "Viên chức",
      period: "Năm học 2022-2023",
      excellent: 8,
      good: total - 8 - 3,
      fulfilled: 3,
      notFulfilled: 0,
    },
    {
      label: "Đảng viên",
      period: "Năm 2023",
      excellent: 5,
      good: party - 5 - 1,
      fulfilled: 1,
      notFulfilled: 0,
    },
  ];
}

/** The sample school's text of its model report (seed 000), with the workbook's figures as
 *  fields: what “Nội dung báo cáo” holds once last year's report is brought in. */
export const sampleNarrative: SampleOf<typeof narrativeSpec> = [
  {
    order: 1002,
    text: "Nay chi bộ trường TH&THCS Vĩnh Bình Bắc báo cáo về công tác thực hiện mô hình dân vận theo các nội dung đã yêu cầu như sau:",
    source: "Báo cáo năm 2023 (seed 000)",
  },
  {
    order: 1010,
    text: "Ban chi ủy đã căn cứ Kế hoạch của Ban chỉ đạo Đảng ủy xã Vĩnh Bình Bắc ra quyết định thành lập Ban vận động phong trào thi đua, xây dựng quy chế hoạt động và phân công nhiệm vụ cho các thành viên.\nBan Chi ủy và Lãnh đạo nhà trường đã tiến hành quán triệt Kế hoạch số 01-KH/BCĐ ngày 27 tháng 5 năm 2021 của Ban chỉ đạo phong trào thi đua “Dân vận khéo” xã Vĩnh Bình Bắc đến toàn thể đội ngũ đảng viên và toàn thể cán bộ, giáo viên.",
    source: "Báo cáo năm 2023 (seed 000)",
  },
  {
    order: 1020,
    text: "Chi bộ và Ban vận động đã phát động xây dựng mô hình “Khéo vận động cán bộ, giáo viên, cha mẹ học sinh, các nhà tài trợ gây quỹ giúp đỡ học sinh nghèo vượt khó, học tốt” và khuyến khích cán bộ, giáo viên ra sức vận động mạnh thường quân, nhà hảo tâm giúp đỡ học sinh nghèo.",
    source: "Báo cáo năm 2023 (seed 000)",
  },
  {
    order: 1040,
    text: "Các nội dung trong công tác dân vận gắn liền với nhiệm vụ của nhà trường, nhiệm vụ của các đoàn thể trong trường (công đoàn, đoàn thanh niên) nên công tác dân vận gặp nhiều thuận lợi.\nTập thể đảng viên, giáo viên rất nhiệt tình, sẵn sàng tham gia phong trào thi đua “Dân vận khéo”.",
    source: "Báo cáo năm 2023 (seed 000)",
  },
  {
    order: 1050,
    text: "Công tác dân vận còn mới đối với trường học. Giáo viên chưa được tập huấn về công tác dân vận.",
    source: "Báo cáo năm 2023 (seed 000)",
  },
  {
    order: 1060,
    text: "- Tiếp tục triển khai công tác dân vận đến toàn thể giáo viên, công nhân viên nhà trường.\n- Công khai các khoản đóng góp của nhà tài trợ cho nhà trường đến toàn thể giáo viên công nhân viên và phụ huynh học sinh.",
    source: "Báo cáo năm 2023 (seed 000)",
  },
  {
    order: 1990,
    text: "Trên đây là báo cáo tình hình thực hiện kế hoạch phong trào thi đua “Dân vận khéo” của Ban vận động trường TH&THCS Vĩnh Bình Bắc.",
    source: "Báo cáo năm 2023 (seed 000)",
  },
];

/** The sample school, by sheet. */
export function sampleData(): SampleData {
  const roster = sampleRoster();
  const staff = sampleStaff(roster);
  return {
    general: sampleGeneral,
    roster,
    staff,
    students: sampleStudents,
    donations: sampleDonations,
    models: sampleModels,
    legalRefs: sampleLegalRefs,
    party: sampleParty(staff),
    evaluations: sampleEvaluations(staff),
    narrative: sampleNarrative,
  };
}
