/** LibreOffice headless: recalculate a workbook (xlsx → xlsx) or render a document to PDF. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Converts `file` with soffice to `format` ("xlsx", "pdf"); returns the new file's path.
 *  A private profile per call keeps parallel runs apart. */
export function sofficeConvert(
  file: string,
  format: "xlsx" | "pdf" | "csv",
): string {
  const out = mkdtempSync(join(tmpdir(), "dvk-lo-"));
  const profile = mkdtempSync(join(tmpdir(), "dvk-lo-profile-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      format,
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  const converted = join(out, basename(file).replace(/\.[^.]+$/, `.${format}`));
  readFileSync(converted); // throws when LibreOffice wrote nothing
  return converted;
}
