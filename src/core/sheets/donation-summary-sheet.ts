/** "Tổng hợp tài trợ": totals by donor, by form and by month with native SUMIFS / COUNTIFS over
 *  the ledger's columns, so the workbook computes without the add-in. */
import { DonationForm } from "../model/enums";
import type { CellInput, WorkbookOp } from "../workbook/types";
import { textCell } from "./cells";
import type { DerivedSheetSpec } from "./spec";

export const DONATION_SUMMARY_SHEET = "Tổng hợp tài trợ";

/** The summary in the sheet registry: derived from the ledger, no table of its own. */
export const donationSummarySpec: DerivedSheetSpec = {
  kind: "derived",
  sheetName: DONATION_SUMMARY_SHEET,
};

export interface LedgerColumns {
  readonly sheet: string;
  /** Column letters in the ledger. */
  readonly date: string;
  readonly donor: string;
  readonly form: string;
  readonly amount: string;
}

/** Criteria text matched literally by SUMIFS (no wildcards, no leading operator). */
const literal = (cell: string) =>
  `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;

/**
 * Operations writing the summary sheet. `donors` are listed as values (rerun to pick up new ones);
 * `months` as { year, month } cover the report period.
 */
export function renderDonationSummary(
  ledger: LedgerColumns,
  donors: readonly string[],
  months: readonly { year: number; month: number }[],
  create: boolean,
): WorkbookOp[] {
  const sheet = DONATION_SUMMARY_SHEET;
  const ref = (col: string) =>
    `'${ledger.sheet.replace(/'/g, "''")}'!$${col}:$${col}`;
  const amount = ref(ledger.amount);
  const money = "#,##0";
  const ops: WorkbookOp[] = [];
  if (create) ops.push({ kind: "addSheet", sheet });
  const rows: CellInput[][] = [];
  const styles: WorkbookOp[] = [];
  const section = (
    title: string,
    head: string,
    items: readonly { label: string; count: string; sum: string }[],
  ) => {
    const titleRow = rows.length + 1;
    rows.push(
      [textCell(title), {}, {}],
      [textCell(head), textCell("Số lượt"), textCell("Thành tiền (đồng)")],
    );
    const first = rows.length + 1;
    for (const it of items)
      rows.push([
        textCell(it.label),
        { formula: it.count, numberFormat: "#,##0" },
        { formula: it.sum, numberFormat: money },
      ]);
    const last = rows.length;
    const sumRow = last + 1;
    rows.push([
      textCell("Cộng"),
      {
        formula: items.length ? `=SUM(B${first}:B${last})` : "=0",
        numberFormat: "#,##0",
      },
      {
        formula: items.length ? `=SUM(C${first}:C${last})` : "=0",
        numberFormat: money,
      },
    ]);
    styles.push(
      { kind: "style", sheet, range: `A${titleRow}`, style: { bold: true } },
      {
        kind: "style",
        sheet,
        range: `A${titleRow + 1}:C${titleRow + 1}`,
        style: {
          bold: true,
          fill: "#C8102E",
          fontColor: "#FFFFFF",
          borders: true,
        },
      },
      {
        kind: "style",
        sheet,
        range: `A${titleRow + 1}:C${sumRow}`,
        style: { borders: true },
      },
      {
        kind: "style",
        sheet,
        range: `A${sumRow}:C${sumRow}`,
        style: { bold: true, fill: "#F2F2F2" },
      },
    );
    rows.push([{}, {}, {}]);
  };
  rows.push([textCell("TỔNG HỢP TÀI TRỢ"), {}, {}]);
  rows.push([
    textCell(
      `Tính bằng công thức từ sheet “${ledger.sheet}”. Có nhà tài trợ hoặc tháng mới: bấm lại “Chèn mẫu” (DVK, trang Mẫu biểu) để lập lại sheet này.`,
    ),
    {},
    {},
  ]);
  rows.push([{}, {}, {}]);
  rows.push([
    textCell("Tổng giá trị tài trợ"),
    { formula: `=COUNT(${amount})`, numberFormat: "#,##0" },
    { formula: `=SUM(${amount})`, numberFormat: money },
  ]);
  styles.push({
    kind: "style",
    sheet,
    range: "A4:C4",
    style: { bold: true, borders: true },
  });
  rows.push([{}, {}, {}]);
  section(
    "1. Theo nhà tài trợ",
    "Nhà tài trợ",
    donors.map((name, i) => {
      const cell = `A${rows.length + 3 + i}`;
      return {
        label: name,
        count: `=COUNTIFS(${ref(ledger.donor)},${literal(cell)},${amount},">=0")+COUNTIFS(${ref(ledger.donor)},${literal(cell)},${amount},"<0")`,
        sum: `=SUMIFS(${amount},${ref(ledger.donor)},${literal(cell)})`,
      };
    }),
  );
  section(
    "2. Theo hình thức",
    "Hình thức",
    Object.values(DonationForm).map((label, i) => {
      const cell = `A${rows.length + 3 + i}`;
      return {
        label,
        count: `=COUNTIFS(${ref(ledger.form)},${cell},${amount},">=0")+COUNTIFS(${ref(ledger.form)},${cell},${amount},"<0")`,
        sum: `=SUMIFS(${amount},${ref(ledger.form)},${cell})`,
      };
    }),
  );
  section(
    "3. Theo tháng",
    "Tháng",
    months.map(({ year, month }) => {
      const range = `${ref(ledger.date)},">="&DATE(${year},${month},1),${ref(ledger.date)},"<"&DATE(${year},${month + 1},1)`;
      return {
        label: `${String(month).padStart(2, "0")}/${year}`,
        count: `=COUNTIFS(${range},${amount},">=0")+COUNTIFS(${range},${amount},"<0")`,
        sum: `=SUMIFS(${amount},${range})`,
      };
    }),
  );
  ops.push(
    { kind: "write", sheet, at: "A1", cells: rows },
    { kind: "style", sheet, range: "A1", style: { bold: true, fontSize: 14 } },
    {
      kind: "style",
      sheet,
      range: "A2",
      style: { italic: true, fontColor: "#444444" },
    },
    ...styles,
    { kind: "columnWidths", sheet, firstColumn: 0, widths: [40, 10, 18] },
    { kind: "pageSetup", sheet, landscape: false },
  );
  return ops;
}
