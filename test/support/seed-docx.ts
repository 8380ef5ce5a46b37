/**
 * Test support (Node only; never imported by the core): the five seed reports of
 * ../shared/seeds as .docx files. The seeds are text converted from .docx with markdown-ish
 * marks ("#", "**", "*"); the marks are stripped from each line, the text written as .txt and
 * converted by LibreOffice (`soffice --convert-to docx:"MS Word 2007 XML"`), one paragraph per
 * line — a real .docx with no formatting, the hardest case for the splitter.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sofficeConvertAll } from "./libreoffice";
import { requireTool } from "./tools";

/** Where the seeds are: $DVK_SEEDS, else ../shared/seeds beside the repository. */
export const SEEDS_DIR =
  process.env.DVK_SEEDS ?? resolve(__dirname, "../../../shared/seeds");

export const SEED_IDS = ["000", "001", "002", "003", "004"] as const;
export type SeedId = (typeof SEED_IDS)[number];

/** Whether the seeds are there; under CI=true their absence is a failure. */
export function requireSeeds(): boolean {
  if (existsSync(SEEDS_DIR)) return true;
  const message = `Không thấy các báo cáo mẫu ở ${SEEDS_DIR} (đặt DVK_SEEDS).`;
  if (process.env.CI === "true") throw new Error(`CI: ${message}`);
  console.warn(`\n⚠⚠⚠ SKIPPING: ${message} ⚠⚠⚠\n`);
  return false;
}

/** The seed's text with its markdown marks stripped from every line. */
export function seedText(id: SeedId): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`));
  if (!name) throw new Error(`seed ${id} not found in ${SEEDS_DIR}`);
  return stripMarks(readFileSync(join(SEEDS_DIR, name), "utf8"));
}

/** "## **BÁO CÁO**" → "BÁO CÁO"; "*1.1. Công tác …*" → "1.1. Công tác …". */
export function stripMarks(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^#+\s*/, "").replace(/\*\*|\*/g, ""))
    .join("\n");
}

/** Converts text files to .docx with LibreOffice in one run; returns the .docx bytes by file
 *  stem. */
export function textsToDocx(
  texts: Readonly<Record<string, string>>,
): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "dvk-import-"));
  try {
    const stems = Object.keys(texts);
    const files = stems.map((stem) => {
      const file = join(dir, `${stem}.txt`);
      writeFileSync(file, texts[stem]!, "utf8");
      return file;
    });
    const docx = sofficeConvertAll(files, "docx", join(dir, "out"), {
      infilter: "Text (encoded):UTF8",
    });
    return Object.fromEntries(
      stems.map((stem, i) => [stem, new Uint8Array(readFileSync(docx[i]!))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The five seeds as .docx, or null (with a loud warning) when LibreOffice or the seeds are
 *  missing on a developer machine; under CI=true a missing tool throws. */
export function seedDocxFiles(): Record<SeedId, Uint8Array> | null {
  if (!requireSeeds() || !requireTool("soffice")) return null;
  const texts = Object.fromEntries(
    SEED_IDS.map((id) => [`seed-${id}`, seedText(id)]),
  );
  const docx = textsToDocx(texts);
  return Object.fromEntries(
    SEED_IDS.map((id) => [id, docx[`seed-${id}`]]),
  ) as Record<SeedId, Uint8Array>;
}
