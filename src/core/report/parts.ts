/** The parts every report kind shares: header block, title, legal bases, signature — per the
 *  state (Nghị định 30/2020) or Party (Hướng dẫn 36-HD/VPTW) document family. */
import type { GeneralInfo } from "../model/records";
import type { LegalRefRow } from "../model/records";
import type { WorkbookData } from "../sheets/read";
import { formatCitation } from "../vn/format-citation";
import { formatDocumentNumberLine } from "../vn/format-document-number-line";
import { formatDocumentDate } from "../vn/format-document-date";
import {
  field,
  para,
  prompt,
  text,
  type Block,
  type HeaderLine,
  type Margins,
} from "./tree";

/** ND 30/2020: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. Party margins are not fixed by
 *  a sure source (DOMAIN.md §5): the same defaults, a setting. */
export const DEFAULT_MARGINS: Margins = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
};

const upper = (s: string) => s.toLocaleUpperCase("vi");

/** The header block of the document's family. */
export function headerBlock(g: GeneralInfo): Block {
  const party = g.documentFamily === "party";
  const superior = g.superiorBody
    ? [
        {
          inlines: [field("general.superiorBody", upper(g.superiorBody))],
          size: 13,
        },
      ]
    : [{ inlines: [prompt("CƠ QUAN CHỦ QUẢN")], size: 13 }];
  const unit: HeaderLine = {
    inlines: [
      g.unitName
        ? field("general.unitName", upper(g.unitName))
        : prompt("TÊN ĐƠN VỊ"),
    ],
    size: 13,
    bold: true,
    underline: !party,
  };
  const number = formatDocumentNumberLine(
    party ? "party" : "state",
    g.documentNumber,
    g.documentSymbol ?? "BC",
  );
  const dateLine: HeaderLine = {
    inlines: g.reportDate
      ? [field("general.dateLine", formatDocumentDate(g.reportDate, g.place))]
      : [prompt("Địa danh, ngày … tháng … năm …")],
    size: 14,
    italic: true,
  };
  if (party)
    return {
      kind: "headerBlock",
      left: [
        ...superior,
        unit,
        { inlines: [text("*")], size: 13 },
        { inlines: [field("general.number", number)], size: 13 },
      ],
      right: [
        {
          inlines: [text("ĐẢNG CỘNG SẢN VIỆT NAM")],
          size: 14,
          bold: true,
          underline: true,
        },
        { inlines: [text("")], size: 13 },
        dateLine,
      ],
    };
  return {
    kind: "headerBlock",
    left: [
      ...superior,
      unit,
      { inlines: [field("general.number", number)], size: 13 },
    ],
    right: [
      {
        inlines: [text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        size: 12,
        bold: true,
      },
      {
        inlines: [text("Độc lập - Tự do - Hạnh phúc")],
        size: 14,
        bold: true,
        underline: true,
      },
      dateLine,
    ],
  };
}

/** "BÁO CÁO" and the trích yếu. */
export function title(kind: string, subject: string): Block[] {
  return [
    para([text(kind)], {
      align: "center",
      bold: true,
      size: 14,
      spaceBefore: 18,
    }),
    para([text(subject)], {
      align: "center",
      bold: true,
      size: 14,
      spaceBefore: 0,
    }),
    para([text("-----")], { align: "center", spaceBefore: 0 }),
  ];
}

/** "Căn cứ …" lines from the legal bases marked for use. */
export function legalBases(refs: readonly LegalRefRow[]): Block[] {
  const used = refs.filter((r) => r.used !== "no" && r.docType && r.number);
  if (!used.length)
    return [
      para(
        [
          prompt(
            "Căn cứ văn bản chỉ đạo của cấp trên (nhập ở sheet Văn bản căn cứ)",
          ),
        ],
        { indent: true },
      ),
    ];
  return used.map((r, i) =>
    para(
      [
        text("Căn cứ "),
        field(
          `legalRefs.${i + 1}`,
          formatCitation({
            docType: r.docType!,
            number: r.number!,
            symbol: r.symbol ?? "",
            date: r.issuedOn,
            issuer: r.issuer,
            subject: r.subject,
          }),
        ),
        text(i === used.length - 1 ? "," : ";"),
      ],
      {
        indent: true,
        italic: true,
      },
    ),
  );
}

/** Nơi nhận and the signature block of the family. */
export function signature(g: GeneralInfo): Block {
  const party = g.documentFamily === "party";
  const authority = g.signerAuthority?.trim();
  const lines: HeaderLine[] = [];
  if (authority)
    lines.push({
      inlines: [
        field(
          "general.authority",
          `${party && authority === "T/M" ? "T/M" : authority} ${upper(g.authorityBody ?? "")}`.trim(),
        ),
      ],
      size: 14,
      bold: true,
    });
  lines.push({
    inlines: [
      g.signerTitle
        ? field("general.signerTitle", upper(g.signerTitle))
        : prompt("CHỨC VỤ"),
    ],
    size: 14,
    bold: true,
  });
  lines.push(
    { inlines: [prompt("Chữ ký, dấu")], size: 13, italic: true },
    { inlines: [text("")], size: 13 },
  );
  lines.push({
    inlines: [
      g.signerName
        ? field("general.signerName", g.signerName)
        : prompt("Họ và tên"),
    ],
    size: 14,
    bold: true,
  });
  const recipients = (g.recipients ?? "")
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    kind: "signature",
    recipients: recipients.length ? recipients : ["Như trên", "Lưu: VT"],
    lines,
  };
}

/** The year a report speaks of: the end of its period, else its date, else this year. */
export function reportYear(g: GeneralInfo): number {
  return g.periodTo?.year ?? g.reportDate?.year ?? new Date().getFullYear();
}

/** "9 tháng đầu năm 2021", "6 tháng đầu năm 2024", "năm 2023" — from the report period. */
export function periodLabel(g: GeneralInfo): string {
  const year = reportYear(g);
  const from = g.periodFrom;
  const to = g.periodTo;
  if (!from || !to || from.year !== to.year) return `năm ${year}`;
  const months = to.month - from.month + 1;
  if (from.month === 1 && from.day === 1 && months < 12)
    return `${months} tháng đầu năm ${year}`;
  if (months >= 12 || (from.month === 1 && to.month === 12))
    return `năm ${year}`;
  return `từ tháng ${from.month} đến tháng ${to.month} năm ${year}`;
}

/** The general information, or empty values so a draft still comes out. */
export function generalOf(data: WorkbookData): GeneralInfo {
  return (
    data.general?.values ?? {
      unitName: null,
      superiorBody: null,
      documentFamily: null,
      schoolLevel: null,
      place: null,
      periodFrom: null,
      periodTo: null,
      reportDate: null,
      documentNumber: null,
      documentSymbol: null,
      signerName: null,
      signerTitle: null,
      signerAuthority: null,
      authorityBody: null,
      recipients: null,
    }
  );
}
