/* `npx tsx scripts/docs/report-pages.ts`: the page images of the README — for each report kind,
 * the first page and the signature page of a draft LibreOffice renders. Five kinds are the seed
 * schools' drafts after their seed report was imported (as an accountant gets them); "tổng kết"
 * is the sample school's. Needs LibreOffice, poppler-utils and ../shared/seeds. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importReport } from "../../src/core/import";
import { REPORT_KINDS } from "../../src/core/report/kinds";
import { insertTemplates } from "../../src/core/sheets/insert";
import { readWorkbook } from "../../src/core/sheets/read";
import { MemoryWorkbook } from "../../src/core/workbook/memory-workbook";
import { renderDocx } from "../../src/report-docx/render-docx";
import { sofficeConvertAll } from "../../test/support/libreoffice";
import { SEED_IDS, seedText, textsToDocx } from "../../test/support/seed-docx";
import { SEED_SCHOOLS, seedSchoolWorkbook } from "../../test/support/seed-schools";

const OUT = join(__dirname, "..", "..", "docs", "images");
/** Pixels per inch: an A4 page about 410 × 580 px. */
const DPI = "50";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dvk-pages-"));
  const seeds = textsToDocx(Object.fromEntries(SEED_IDS.map((id) => [id, seedText(id)])));
  const drafts: string[] = [];
  for (const id of SEED_IDS) {
    const kind = SEED_SCHOOLS[id].kind;
    const wb = await seedSchoolWorkbook(id);
    await importReport(wb, seeds[id]!, { kind, source: `seed-${id}.docx` });
    const { data } = await readWorkbook(wb);
    const file = join(dir, `${kind}.docx`);
    writeFileSync(file, await renderDocx(REPORT_KINDS.find((k) => k.id === kind)!.build(data)));
    drafts.push(file);
  }
  const sample = new MemoryWorkbook();
  await insertTemplates(sample, { level: "th-thcs", sample: true });
  const file = join(dir, "tong-ket.docx");
  writeFileSync(file, await renderDocx(REPORT_KINDS.find((k) => k.id === "tong-ket")!.build((await readWorkbook(sample)).data)));
  drafts.push(file);

  for (const pdf of sofficeConvertAll(drafts, "pdf", join(dir, "pdf"))) {
    const kind = pdf.replace(/^.*\//, "").replace(/\.pdf$/, "");
    // The signature page: the last page holding "Nơi nhận" (appendices come after it).
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    let sign = pages;
    for (let p = pages; p >= 1; p--)
      if (execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], { encoding: "utf8" }).includes("Nơi nhận")) {
        sign = p;
        break;
      }
    for (const [page, name] of [
      [1, `report-${kind}.png`],
      [sign, `report-${kind}-ky.png`],
    ] as const) {
      const stem = join(dir, `${kind}-${page}`);
      execFileSync("pdftoppm", ["-r", DPI, "-png", "-f", String(page), "-l", String(page), "-singlefile", pdf, stem]);
      renameSync(`${stem}.png`, join(OUT, name));
    }
    console.log(`${kind}: ${pages} trang, trang ký ${sign}`);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(readdirSync(OUT).filter((f) => f.startsWith("report-")).join("\n"));
}

void main();
