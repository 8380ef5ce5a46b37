/**
 * The workbook model: every record a sheet holds, as a zod schema with its inferred type.
 * Values are typed (numbers in VND, dates as calendar dates, enumerations as keys); the sheet
 * reader turns cells into these and maps every rejection to its cell.
 */
import { z } from "zod";
import {
  DocumentFamily,
  DonationForm,
  EvaluationSubject,
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
} from "./enums";
import { REPORT_KIND_NAMES } from "./report-outlines";

const keys = <T extends Record<string, string>>(o: T) =>
  z.enum(Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]);

/** A calendar date with no time zone. */
export const CalendarDate = z.object({
  year: z.number().int().min(1900).max(9999),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});
export type CalendarDate = z.infer<typeof CalendarDate>;

const count = z
  .number()
  .int({ error: "phải là số nguyên" })
  .nonnegative({ error: "không được âm" })
  .nullable();
const text = z.string().nullable();
const money = z.number().nullable();

/** Thông tin chung. */
export const GeneralInfo = z.object({
  unitName: text,
  superiorBody: text,
  documentFamily: keys(DocumentFamily).nullable(),
  schoolLevel: keys(SchoolLevel).nullable(),
  place: text,
  periodFrom: CalendarDate.nullable(),
  periodTo: CalendarDate.nullable(),
  reportDate: CalendarDate.nullable(),
  documentNumber: text,
  documentSymbol: text,
  signerName: text,
  signerTitle: text,
  signerAuthority: text,
  authorityBody: text,
  recipients: text,
});
export type GeneralInfo = z.infer<typeof GeneralInfo>;

/** One row of the CB-GV-NV statistics. */
export const StaffRow = z.object({
  category: keys(StaffCategory).nullable(),
  label: text,
  total: count,
  female: count,
  ethnicMinority: count,
  partyFull: count,
  partyProbationary: count,
  qualified: count,
  note: text,
});
export type StaffRow = z.infer<typeof StaffRow>;

/** One person of the optional roster (DS CB-GV-NV). */
export const RosterRow = z.object({
  no: z.number().nullable(),
  fullName: text,
  sex: keys(Sex).nullable(),
  birthDate: CalendarDate.nullable(),
  ethnicity: text,
  position: keys(StaffCategory).nullable(),
  group: text,
  qualification: text,
  standard: keys(Qualification).nullable(),
  partyStatus: keys(PartyStatus).nullable(),
  partyJoined: CalendarDate.nullable(),
  phone: text,
  personalId: text,
  note: text,
});
export type RosterRow = z.infer<typeof RosterRow>;

/** One group of students (a grade, or a kindergarten age group). */
export const StudentRow = z.object({
  group: text,
  classes: count,
  students: count,
  female: count,
  ethnicMinority: count,
  disability: count,
  poorHouseholds: count,
  note: text,
});
export type StudentRow = z.infer<typeof StudentRow>;

/** One line of the donation ledger (Sổ tài trợ). Amounts in VND. */
export const DonationRow = z.object({
  no: z.number().nullable(),
  date: CalendarDate.nullable(),
  donor: text,
  contact: text,
  mobilisedBy: text,
  form: keys(DonationForm).nullable(),
  item: text,
  unit: text,
  quantity: z
    .number()
    .nonnegative({ error: "số lượng không được âm" })
    .nullable(),
  unitPrice: money,
  amount: money,
  beneficiaries: text,
  purpose: text,
  voucher: text,
  note: text,
});
export type DonationRow = z.infer<typeof DonationRow>;

/** One "Dân vận khéo" model. */
export const ModelRow = z.object({
  no: z.number().nullable(),
  name: text,
  kind: keys(ModelKind).nullable(),
  owner: text,
  field: keys(ModelField).nullable(),
  registrationLevel: keys(RecognitionLevel).nullable(),
  year: z
    .number()
    .int({ error: "năm phải là số nguyên" })
    .min(1990, { error: "năm không hợp lệ" })
    .max(2100, { error: "năm không hợp lệ" })
    .nullable(),
  registeredOn: CalendarDate.nullable(),
  address: text,
  place: text,
  timeframe: text,
  situation: text,
  goals: text,
  steps: text,
  solutions: text,
  basis: text,
  results: text,
  status: keys(ModelStatus).nullable(),
  recognisedLevel: keys(RecognitionLevel).nullable(),
  commendation: text,
});
export type ModelRow = z.infer<typeof ModelRow>;

/** Tổ chức Đảng: the school's Party cell (seed 004: "03 tổ đảng, 38 đảng viên (37 chính thức, 1
 *  dự bị); Ban chi ủy gồm 05 đồng chí, 01 Bí thư, 01 Phó Bí thư và 03 chi ủy viên"). */
export const PartyInfo = z.object({
  branchName: text,
  parentBody: text,
  partyGroups: count,
  committeeMembers: count,
  secretary: text,
  deputySecretary: text,
  fullMembers: count,
  probationaryMembers: count,
  admitted: count,
  officialised: count,
});
export type PartyInfo = z.infer<typeof PartyInfo>;

/** One row of "Đánh giá, xếp loại": how many were rated HTXS / HTT / HT / KHT (seed 003: 6
 *  HTXS, 26 HTT). */
export const EvaluationRow = z.object({
  subject: keys(EvaluationSubject).nullable(),
  label: text,
  period: text,
  excellent: count,
  good: count,
  fulfilled: count,
  notFulfilled: count,
  note: text,
});
export type EvaluationRow = z.infer<typeof EvaluationRow>;

/** One row of "Nội dung báo cáo": a section of a report kind and the text the draft prints under
 *  its heading (`{{staff.total}}`-style fields print the workbook's figures). */
export const NarrativeRow = z.object({
  order: z.number().nullable(),
  kind: keys(REPORT_KIND_NAMES).nullable(),
  number: text,
  heading: text,
  text: text,
  data: text,
  source: text,
});
export type NarrativeRow = z.infer<typeof NarrativeRow>;

/** One legal basis (Văn bản căn cứ). */
export const LegalRefRow = z.object({
  no: z.number().nullable(),
  docType: text,
  number: text,
  symbol: text,
  issuedOn: CalendarDate.nullable(),
  issuer: text,
  subject: text,
  used: keys(YesNo).nullable(),
  citation: text,
});
export type LegalRefRow = z.infer<typeof LegalRefRow>;
