/* `npm run demo`: the whole flow on sample data with no Office — the sample school's workbook
 * written as .xlsx, read back and checked, and the DVK functions on the seed reports' figures. */
import ExcelJS from "exceljs";
import { describeCounts } from "../src/core/model/finding";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { dvkFunctions } from "../src/core/functions/registry";
import { summariseDonations } from "../src/core/donations/summary";
import { insertTemplates } from "../src/core/sheets/insert";
import { readWorkbook } from "../src/core/sheets/read";
import { runChecks } from "../src/core/checks/run";
import { formatAmountScaled } from "../src/core/vn/format-amount-scaled";
import { readVnNumber } from "../src/core/vn/read-number";
import { XlsxWorkbook } from "../src/xlsx/xlsx-workbook";

async function main(): Promise<void> {
  const out = join(__dirname, "..", "demo-output");
  mkdirSync(out, { recursive: true });
  const root = join(__dirname, "..");

  console.log(
    "1. Mẫu biểu — sổ Excel của trường mẫu (Trường TH&THCS Vĩnh Bình Bắc)",
  );
  const wb = XlsxWorkbook.create(ExcelJS);
  for (const o of await insertTemplates(wb, { level: "th-thcs", sample: true }))
    console.log(`   ${o.message}`);
  const file = join(out, "dvk-mau.xlsx");
  writeFileSync(file, await wb.toBuffer());
  console.log(
    `   → ${relative(root, file)}  (cũng có thể tạo bằng: npx dvk mau <tệp.xlsx> --du-lieu-mau)`,
  );

  console.log("\n2. Đọc lại sổ và kiểm tra");
  const read = await readWorkbook(
    await XlsxWorkbook.load(ExcelJS, await wb.toBuffer()),
  );
  const d = read.data;
  const total = summariseDonations(d.donations!.rows.map((r) => r.value)).total;
  const words = readVnNumber(total);
  console.log(
    `   CB-GV-NV: ${d.staff!.rows.reduce((s, r) => s + (r.value.total ?? 0), 0)} người; học sinh: ${d.students!.rows.reduce((s, r) => s + (r.value.students ?? 0), 0)}`,
  );
  console.log(
    `   Tổng tài trợ: ${formatAmountScaled(total)} — ${words.ok ? words.text : ""}`,
  );
  const report = runChecks(read);
  console.log(
    `   ${describeCounts(report.counts)}:`,
  );
  for (const f of report.findings)
    console.log(`   [${f.severity}] ${f.sheet}!${f.cell || "—"}: ${f.message}`);

  console.log("\n3. Báo cáo — bản nháp Word từ sổ (mọi số liệu nằm trong ô liên kết dvk:…)");
  const { REPORT_KINDS } = await import("../src/core/report/kinds");
  const { renderDocx } = await import("../src/report-docx/render-docx");
  for (const kind of REPORT_KINDS) {
    const docx = join(out, `bao-cao-${kind.id}.docx`);
    writeFileSync(docx, await renderDocx(kind.build(d)));
    console.log(`   ${kind.name} → ${relative(root, docx)}`);
  }
  console.log("   (cũng có thể tạo bằng: npx dvk bao-cao <tệp.xlsx> --loai <loại>)");

  console.log("\n4. Hàm DVK trên số liệu của các báo cáo thật (seeds)");
  const show = (name: string, ...args: unknown[]) => {
    let result: unknown;
    try {
      result = dvkFunctions[name].evaluate(args);
    } catch (e) {
      result = `#VALUE! ${(e as Error).message}`;
    }
    console.log(
      `   =DVK.${name}(${args.map((a) => JSON.stringify(a)).join("; ")}) → ${result instanceof Error ? `#VALUE! ${result.message}` : String(result)}`,
    );
  };
  show("DOCSO", 332_400_000);
  show("SO", "18,4 triệu đồng");
  show("SO", "3.28");
  show("TONG", "36 triệu", "18,4 triệu", "250 triệu", "28 triệu");
  show("KIEMTRA", 65, 3, 40, 18);
  show("TRIEU", 332_400_000);
  show("TYLE", 37, 38);
  show("NGAYVB", "13/9/2021", "Giang Biên");
  show(
    "VANBAN",
    "Kế hoạch",
    24,
    "KH/ĐU",
    "12/01/2021",
    "Đảng ủy phường Giang Biên",
    "thực hiện công tác dân vận khéo năm 2021",
  );
  show("CHUAN", "Tr\u00adêng tiÓu häc");
}

void main();
