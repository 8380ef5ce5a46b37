/* The five seed reports, as the accountant who wrote them would meet DVK: last period's report
 * (the seed's text made into a .docx by LibreOffice) imported with `dvk nhap-bao-cao` into a
 * workbook holding that school's figures, the draft made again with `dvk bao-cao`, and
 * LibreOffice rendering it. Printed per seed: the share of the seed's sentences the draft holds
 * (≥ 90 %), and the share of the seed's text still to type when the draft comes from the data
 * alone (no import) — against the figures measured before the narrative sheet existed. */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { memoryIo } from "../../src/cli/io";
import { figureValues } from "../../src/core/import/into-narrative";
import { linkFigures } from "../../src/core/import/link-figures";
import { readWorkbook } from "../../src/core/sheets/read";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { coverage, percent, toType, type Coverage } from "../support/coverage";
import { sofficeConvertAll } from "../support/libreoffice";
import { requireSeeds, SEED_IDS, seedText, textsToDocx, type SeedId } from "../support/seed-docx";
import { SEED_SCHOOLS, seedSchoolWorkbook } from "../support/seed-schools";
import { requireTool } from "../support/tools";

const ok = requireSeeds() && requireTool("soffice") && requireTool("pdftotext");
const d = ok ? describe : describe.skip;

/** Share (%) of each seed's text still to type with the drafts of before the narrative sheet,
 *  measured the same way (`toType`) on the same workbooks with the CLI of commit 0cfe326. */
const BEFORE: Record<SeedId, number> = { "000": 71.6, "001": 69.1, "002": 69.1, "003": 87.3, "004": 89.3 };
/** The same as issue 12 measured it ("share of the seed's characters still typed"). */
const ISSUE: Record<SeedId, number> = { "000": 70, "001": 79, "002": 45 + 39, "003": 97, "004": 92 };

interface Run {
  readonly imported: Coverage;
  /** Share of the seed's text still to type with the draft from the data alone. */
  readonly dataOnly: number;
  readonly pages: number;
  /** Text of the draft outside its figure fields. */
  readonly plain: string;
  readonly figures: ReturnType<typeof figureValues>;
  readonly importOut: readonly string[];
}

/** The text of a .docx body outside content controls, paragraphs on lines. */
async function textOutsideFields(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:tab\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}

d("the seed reports: imported, drafted again, rendered by LibreOffice", () => {
  const runs = {} as Record<SeedId, Run>;
  const dir = mkdtempSync(join(tmpdir(), "dvk-seeds-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const docx = textsToDocx(Object.fromEntries(SEED_IDS.map((id) => [`seed-${id}`, seedText(id)])));
    const drafts: string[] = [];
    const outs: Record<string, string[]> = {};
    for (const id of SEED_IDS) {
      const kind = SEED_SCHOOLS[id].kind;
      writeFileSync(join(dir, `seed-${id}.docx`), docx[`seed-${id}`]!);
      const wb = await seedSchoolWorkbook(id);
      writeFileSync(join(dir, `${id}.xlsx`), await wb.toBuffer());
      copyFileSync(join(dir, `${id}.xlsx`), join(dir, `${id}-data.xlsx`));
      const io = memoryIo(dir);
      // As the user does it: import last period's report, then make the draft.
      expect(await main(["nhap-bao-cao", `seed-${id}.docx`, `${id}.xlsx`, "--loai", kind], io)).toBe(0);
      outs[id] = io.stdout;
      for (const stem of [id, `${id}-data`]) {
        const code = await main(["bao-cao", `${stem}.xlsx`, "--loai", kind, "-o", `${stem}-draft.docx`], memoryIo(dir));
        // Seed 001's typed staff total (65) disagrees with its groups (61): marked, exit 1.
        expect(code).toBe(id === "001" ? 1 : 0);
        drafts.push(join(dir, `${stem}-draft.docx`));
      }
    }
    // LibreOffice opens every draft: renders it (pages) and reads its text back.
    const pdfs = sofficeConvertAll(drafts, "pdf", join(dir, "pdf"));
    const texts = sofficeConvertAll(drafts, "txt", join(dir, "txt"));
    const text = (pdf: string) => readFileSync(texts[pdfs.indexOf(pdf)]!, "utf8");
    for (const id of SEED_IDS) {
      const seed = seedText(id);
      const pdf = pdfs[drafts.indexOf(join(dir, `${id}-draft.docx`))]!;
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      const wb = await XlsxWorkbook.load(ExcelJS, readFileSync(join(dir, `${id}.xlsx`)));
      runs[id] = {
        imported: coverage(seed, text(pdf)),
        dataOnly: toType(seed, text(pdfs[drafts.indexOf(join(dir, `${id}-data-draft.docx`))]!)),
        pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
        plain: await textOutsideFields(readFileSync(join(dir, `${id}-draft.docx`))),
        figures: figureValues((await readWorkbook(wb)).data),
        importOut: outs[id]!,
      };
    }
    console.log(
      [
        "Seed | imported: sentences in the draft | data only: text still to type (before: same measure / issue 12)",
        ...SEED_IDS.map((id) => {
          const r = runs[id];
          return `${id}  | ${r.imported.present}/${r.imported.sentences} = ${percent(r.imported.present, r.imported.sentences)} (${r.pages} pages) | ${percent(r.dataOnly, 1)} (${BEFORE[id]} % / ${ISSUE[id]} %)`;
        }),
      ].join("\n"),
    );
  }, 600_000);

  test.each(SEED_IDS.map((id) => [id]))("seed %s: ≥ 90 % of its sentences are in the draft, which LibreOffice renders", (id) => {
    const r = runs[id as SeedId];
    expect(r.pages).toBeGreaterThan(0);
    const share = r.imported.present / r.imported.sentences;
    if (share < 0.95) console.log(`seed ${id} missing:\n${r.imported.missing.join("\n")}`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  test.each(SEED_IDS.map((id) => [id]))("seed %s: every workbook figure the draft quotes is a linked field", (id) => {
    const r = runs[id as SeedId];
    // Outside the fields, no number stands next to a figure's words with the workbook's value.
    expect(linkFigures(r.plain, r.figures).linked).toEqual([]);
  });

  test.each(SEED_IDS.map((id) => [id]))("seed %s: from the data alone, less of the seed is left to type than before", (id) => {
    const now = 100 * runs[id as SeedId].dataOnly;
    expect(now).toBeLessThan(BEFORE[id as SeedId]);
    expect(now).toBeLessThan(ISSUE[id as SeedId]);
  });

  test("the import says what it did, in Vietnamese", () => {
    const out = runs["004"].importOut.join("\n");
    expect(out).toMatch(/Đã nhập “seed-004\.docx” \(Báo cáo giám sát thực hiện phong trào “Dân vận khéo”, \d+ mục\)/);
    expect(out).toMatch(/\d+ số liệu trùng với sổ đã thành ô liên kết/);
    expect(out).toMatch(/Bản sao sổ trước khi nhập: 004 \(trước khi nhập báo cáo \d{4}-\d\d-\d\d \d{6}\)\.xlsx\./);
  });
});
