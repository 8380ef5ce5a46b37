/* Importing last period's report: a 30-page report (seed 004's body repeated, headings bold,
 * a header-block layout, written by the docx library) read, split, linked and written into the
 * narrative sheet; then the draft of a workbook whose narrative sheet holds it. */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { parseHeadingNumber } from "../src/core/import/heading-number";
import { importReport } from "../src/core/import/import-report";
import { linkFigures } from "../src/core/import/link-figures";
import { readReportDocx } from "../src/core/import/read-report";
import type { FigureValue } from "../src/core/import/types";
import { REPORT_KINDS } from "../src/core/report/kinds";
import { insertTemplates } from "../src/core/sheets/insert";
import { readWorkbook } from "../src/core/sheets/read";
import { MemoryWorkbook } from "../src/core/workbook/memory-workbook";
import { renderDocx } from "../src/report-docx/render-docx";
import { SEEDS_DIR, seedText } from "../test/support/seed-docx";
import { existsSync } from "node:fs";
import { report, section, time } from "./harness";

/** Characters on an A4 page of body text (Times New Roman 14, margins 30/15 mm): about 3,000. */
const PAGE = 3_000;

const FIGURES: readonly FigureValue[] = [
  { key: "staff.total", value: 65, kind: "count" },
  { key: "students.total", value: 1668, kind: "count" },
  { key: "students.classes", value: 37, kind: "count" },
  { key: "staff.party", value: 38, kind: "count" },
  { key: "donations.total", value: 332_400_000, kind: "money" },
];

async function thirtyPages(): Promise<{ bytes: Uint8Array; chars: number }> {
  const lines = seedText("004").split("\n");
  const from = lines.findIndex((l) => l.startsWith("I. CÔNG TÁC"));
  const to = lines.findIndex((l) => l.startsWith("Nơi nhận"));
  const body = lines
    .slice(from, to)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const paragraphs: Paragraph[] = [];
  let chars = 0;
  for (let i = 0; chars < 30 * PAGE; i++) {
    const line = body[i % body.length];
    const h = parseHeadingNumber(line);
    const bold = h !== null && h.separated && line.length < 200;
    paragraphs.push(
      new Paragraph({ children: [new TextRun({ text: line, bold })] }),
    );
    chars += line.length;
  }
  const cell = (text: string) =>
    new TableCell({ children: text.split("\n").map((t) => new Paragraph(t)) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell(
                    "ĐẢNG BỘ PHƯỜNG GIẾNG ĐÁY\nCHI BỘ TRƯỜNG THCS LÝ TỰ TRỌNG\n*\nSố 05-BC/CB",
                  ),
                  cell(
                    "ĐẢNG CỘNG SẢN VIỆT NAM\nGiếng Đáy, ngày 13 tháng 9 năm 2023",
                  ),
                ],
              }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: "BÁO CÁO", bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                text: "Giám sát việc thực hiện Chỉ thị 02-CT/TU",
                bold: true,
              }),
            ],
          }),
          ...paragraphs,
          new Paragraph("Nơi nhận:"),
          new Paragraph("T/M BAN CHI ỦY CHI BỘ"),
        ],
      },
    ],
  });
  return { bytes: new Uint8Array(await Packer.toBuffer(doc)), chars };
}


export async function benchImport(): Promise<void> {
  section("Importing last period's report (30 pages)");
  if (!existsSync(SEEDS_DIR)) {
    report("skipped: no seeds at", SEEDS_DIR);
    return;
  }
  const { bytes, chars } = await thirtyPages();
  report("report size", `${Math.round(chars / PAGE)} pages, ${Math.round(bytes.length / 1024)} KB`);
  const split = await time("read + split", () => readReportDocx(bytes), 5, 1);
  report("read .docx + split into sections (median)", `${split.medianMs.toFixed(0)} ms`);
  const parsed = await readReportDocx(bytes);
  const link = await time("link", () => {
    for (const t of [parsed.intro, ...parsed.sections.map((s) => s.text), parsed.closing]) linkFigures(t, FIGURES);
  });
  report("link figures in every section (median)", `${link.medianMs.toFixed(0)} ms`);
  let sections = 0;
  const whole = await time(
    "import",
    async () => {
      const wb = new MemoryWorkbook();
      await insertTemplates(wb, { level: "thcs", sheets: ["general", "staff", "students", "narrative"] });
      sections = (await importReport(wb, bytes, { kind: "giam-sat", source: "30-trang.docx" })).sections;
    },
    5,
    1,
  );
  report(`whole import into the workbook (${sections} sections, median)`, `${whole.medianMs.toFixed(0)} ms`, "< 1 s");

  section("Draft with a filled narrative sheet (the 30-page report imported)");
  const wb = new MemoryWorkbook();
  await insertTemplates(wb, { level: "th-thcs", sample: true });
  await importReport(wb, bytes, { kind: "giam-sat", source: "30-trang.docx" });
  const kind = REPORT_KINDS.find((k) => k.id === "giam-sat")!;
  let size = 0;
  const draft = await time(
    "draft",
    async () => {
      const { data } = await readWorkbook(wb);
      size = (await renderDocx(kind.build(data))).length;
    },
    5,
    1,
  );
  report("read workbook + build + .docx (median)", `${draft.medianMs.toFixed(0)} ms`, "< 2 s");
  report("  .docx size", `${(size / 1024).toFixed(0)} KB`);
}
