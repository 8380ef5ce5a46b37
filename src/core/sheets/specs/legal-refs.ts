import { LegalDocType, labels, YesNo } from "../../model/enums";
import { LegalRefRow } from "../../model/records";
import type { TableSheetSpec } from "../spec";

/** A date cell as dd/mm/yyyy text with native, locale-independent functions. */
const ddmmyyyy = (cell: string) =>
  `RIGHT("0"&DAY(${cell}),2)&"/"&RIGHT("0"&MONTH(${cell}),2)&"/"&YEAR(${cell})`;

/** Văn bản căn cứ: the legal bases cited at the head of a report. */
export const legalRefsSpec: TableSheetSpec<LegalRefRow, keyof LegalRefRow> = {
  kind: "table",
  schema: LegalRefRow,
  sheetName: "Văn bản căn cứ",
  tableName: "tblLegalRefs",
  title: "VĂN BẢN CĂN CỨ",
  note: "Ký hiệu kiểu Nhà nước có “-” (KH-THCS, 2018/TT-BGDĐT): nối với số bằng “/”; kiểu Đảng (KH/ĐU): nối bằng “-”.",
  columns: [
    { key: "no", header: "STT", type: "integer", width: 5 },
    {
      key: "docType",
      header: "Loại văn bản",
      type: "list",
      list: LegalDocType,
      width: 13,
      required: true,
    },
    { key: "number", header: "Số", type: "code", width: 7, required: true },
    {
      key: "symbol",
      header: "Ký hiệu",
      type: "text",
      width: 12,
      required: true,
    },
    {
      key: "issuedOn",
      header: "Ngày ban hành",
      aliases: ["Ngày"],
      type: "date",
      width: 11,
    },
    { key: "issuer", header: "Cơ quan ban hành", type: "text", width: 28 },
    { key: "subject", header: "Trích yếu", type: "text", width: 40 },
    {
      key: "used",
      header: "Dùng trong báo cáo",
      type: "list",
      list: labels(YesNo),
      options: YesNo,
      width: 10,
    },
    {
      key: "citation",
      header: "Trích dẫn",
      type: "formula",
      width: 60,
      numberFormat: "General",
      formula: (r, c) =>
        `=IF(${c("number")}${r}="","",${c("docType")}${r}&" số "&${c("number")}${r}&IF(ISNUMBER(SEARCH("-",${c("symbol")}${r})),"/",IF(ISNUMBER(SEARCH("/",${c("symbol")}${r})),"-","/"))&${c("symbol")}${r}` +
        `&IF(ISNUMBER(${c("issuedOn")}${r})," ngày "&${ddmmyyyy(`${c("issuedOn")}${r}`)},"")` +
        `&IF(${c("issuer")}${r}="",""," của "&${c("issuer")}${r})&IF(${c("subject")}${r}="","",IF(LEFT(${c("subject")}${r},3)="về "," "," về ")&${c("subject")}${r}))`,
    },
  ],
  blankRows: 1,
};
