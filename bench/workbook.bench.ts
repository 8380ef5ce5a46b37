/* Workbook templates and reading: context.sync() counts through the Excel adapter (on the
 * office-addin-mock object model), and the time to read and parse a 50,000-row ledger. */
import { createExcelMock, counter } from "../test/support/excel-mock";
import {
  insertTemplates,
  TEMPLATE_IDS,
  TEMPLATE_NAMES,
} from "../src/core/sheets/insert";
import { readTables } from "../src/core/sheets/read";
import { donationsSpec } from "../src/core/sheets/specs";
import type { TableData } from "../src/core/workbook/types";
import { createExcelWorkbook } from "../src/taskpane/excel/excel-workbook";
import { report, section, time } from "./harness";

/** A ledger of `n` rows like a school's: dates, donors, Vietnamese-written amounts. */
export function bigLedger(n: number): TableData {
  const header = donationsSpec.columns.map((c) => c.header);
  const donors = [
    "Hội cha mẹ học sinh",
    "Bảo Việt",
    "Nhóm Ươm mầm tương lai TP.HCM",
    "Bác sĩ Tổng",
    "Công ty TNHH Thành Đạt",
  ];
  const forms = ["Tiền mặt", "Chuyển khoản", "Hiện vật"];
  const rows = Array.from({ length: n }, (_, i) => [
    i + 1,
    44927 + (i % 365),
    donors[i % donors.length],
    i % 4 === 0 ? "0909 123 456" : null,
    "Ban vận động",
    forms[i % 3],
    i % 3 === 2 ? `Quyển tập đợt ${i}` : `Tiền ủng hộ đợt ${i}`,
    i % 3 === 2 ? "quyển" : null,
    i % 3 === 2 ? 100 + (i % 50) : null,
    i % 3 === 2 ? 8000 : null,
    i % 3 === 2
      ? (100 + (i % 50)) * 8000
      : i % 5 === 0
        ? "1,5 triệu"
        : 500_000 + (i % 1000) * 1000,
    "Học sinh nghèo",
    "Học phẩm",
    i % 3 === 1 ? null : `PT${i}`,
    null,
  ]);
  return {
    name: "tblDonations",
    sheet: "Sổ tài trợ",
    range: `A3:O${3 + n}`,
    header,
    rows,
    below: header.map(() => null),
  };
}

export async function benchWorkbook(): Promise<void> {
  section("Templates: context.sync() per insertion (Excel adapter, counted)");
  for (const id of TEMPLATE_IDS) {
    const mock = createExcelMock(
      {
        sheets: [{ name: "Sheet1", usedRange: null, protected: false }],
        tables: [],
      },
      counter,
    );
    await insertTemplates(createExcelWorkbook(mock.run), {
      level: "thcs",
      sheets: [id],
      sample: true,
    });
    report(
      `insert “${TEMPLATE_NAMES[id]}”`,
      `${(mock.sync as unknown as { count: number }).count} syncs`,
      "≤ 3",
    );
  }
  const all = createExcelMock(
    {
      sheets: [{ name: "Sheet1", usedRange: null, protected: false }],
      tables: [],
    },
    counter,
  );
  await insertTemplates(createExcelWorkbook(all.run), {
    level: "thcs",
    sample: true,
  });
  report(
    "insert all 8 sheets at once",
    `${(all.sync as unknown as { count: number }).count} syncs`,
    "≤ 3 per sheet",
  );

  section("Reading a 50,000-row ledger");
  const ledger = bigLedger(50_000);
  const values = [ledger.header, ...ledger.rows];
  const mock = createExcelMock(
    {
      sheets: [
        { name: "Sổ tài trợ", usedRange: ledger.range, protected: false },
      ],
      tables: [
        {
          name: "tblDonations",
          sheet: "Sổ tài trợ",
          range: ledger.range,
          values: values as unknown[][],
        },
      ],
    },
    counter,
  );
  const [read] = await createExcelWorkbook(mock.run).readTables([
    "tblDonations",
  ]);
  report(
    "Excel adapter: syncs to read 50,000 rows × 15 columns",
    `${(mock.sync as unknown as { count: number }).count} syncs`,
    "2 + 1 per 5 MB chunk",
  );
  report("  (rows read)", String(read?.rows.length));
  const t = await time("parse", () => readTables([ledger]), 7, 2);
  const r = readTables([ledger]);
  report(
    "read + parse + validate 50,000 rows in Node (median)",
    `${t.medianMs.toFixed(1)} ms`,
    "< 300 ms",
  );
  report(
    "  records / findings",
    `${r.data.donations?.rows.length} / ${r.findings.length}`,
  );
}
