/* Regenerates the corpus of real-shaped workbooks in test/fixtures/corpus/:
 *
 *   npx tsx scripts/corpus/make-corpus.ts [name …]
 *
 * Every file starts from the product's own templates (or the sample school) and is filled as an
 * accountant fills it (scripts/corpus/cases-*.ts), then written by exceljs, re-saved by
 * LibreOffice (soffice headless), or written from scratch by Python openpyxl from a JSON dump
 * (python3-openpyxl). Names restrict the run to those files. The expectations are not
 * generated: they are written by hand in test/fixtures/corpus/expected.ts. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fromTcvn3 } from "../../src/core/vn/from-tcvn3";
import { sofficeConvert } from "../../test/support/libreoffice";
import { buildCase, type CorpusFile } from "./case";
import { CORPUS_FILES } from "./cases";
import { dumpWorkbook } from "./dump";
import { ROSTER_NAMES, TEACHER_LABEL } from "./tcvn3";
import { stableZip } from "./zip";

const ROOT = join(__dirname, "..", "..");
export const CORPUS_DIR = join(ROOT, "test", "fixtures", "corpus");
const PYTHON = process.env.DVK_PYTHON ?? "/usr/bin/python3";

async function bytesOf(f: CorpusFile, scratch: string): Promise<Uint8Array> {
  const wb = await buildCase(f.source);
  const written = await wb.toBuffer();
  if (f.writer === "exceljs") return written;
  if (f.writer === "libreoffice") {
    const dir = mkdtempSync(join(scratch, "lo-"));
    const input = join(dir, f.file);
    writeFileSync(input, written);
    return readFileSync(sofficeConvert(input, "xlsx"));
  }
  const json = join(scratch, `${f.source.name}.json`);
  const out = join(scratch, f.file);
  writeFileSync(json, JSON.stringify(await dumpWorkbook(wb)));
  execFileSync(PYTHON, [join(__dirname, "write-openpyxl.py"), json, out], {
    stdio: "inherit",
  });
  return readFileSync(out);
}

function checkTcvn3(): void {
  for (const [tcvn3, unicode] of [TEACHER_LABEL, ...ROSTER_NAMES])
    if (fromTcvn3(tcvn3) !== unicode)
      throw new Error(
        `TCVN3 “${tcvn3}” reads “${fromTcvn3(tcvn3)}”, not “${unicode}”`,
      );
}

async function main(names: readonly string[]): Promise<void> {
  checkTcvn3();
  mkdirSync(CORPUS_DIR, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), "dvk-corpus-"));
  const chosen = CORPUS_FILES.filter(
    (f) =>
      !names.length ||
      names.includes(f.file) ||
      names.includes(f.file.replace(/\.xlsx$/, "")),
  );
  if (!chosen.length)
    throw new Error(`No corpus file named ${names.join(", ")}`);
  for (const f of chosen) {
    const target = join(CORPUS_DIR, f.file);
    writeFileSync(target, await stableZip(await bytesOf(f, scratch)));
    console.log(`${relative(ROOT, target)}  (${f.writer})`);
  }
}

if (require.main === module)
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
