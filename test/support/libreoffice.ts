/** LibreOffice headless: recalculate a workbook (xlsx → xlsx) or render documents to PDF. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Converts every file with one soffice run to `format` ("xlsx", "pdf") into `out`; returns the
 *  new files' paths in the same order. A private profile per run keeps parallel runs apart and
 *  is removed afterwards. */
export function sofficeConvertAll(
  files: readonly string[],
  format: "xlsx" | "pdf" | "csv" | "txt" | "docx" | "ods" | "xls",
  out: string = mkdtempSync(join(tmpdir(), "dvk-lo-")),
  options: { readonly infilter?: string } = {},
): string[] {
  const profile = mkdtempSync(join(tmpdir(), "dvk-lo-profile-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
        "--convert-to",
        // Plain text as LibreOffice Writer reads the document, in UTF-8; Word 2007+ documents.
        { txt: "txt:Text (encoded):UTF8", docx: "docx:MS Word 2007 XML" }[
          format as string
        ] ?? format,
        "--outdir",
        out,
        ...files,
      ],
      { stdio: "pipe", timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const converted = join(
      out,
      basename(file).replace(/\.[^.]+$/, `.${format}`),
    );
    readFileSync(converted); // throws when LibreOffice wrote nothing
    return converted;
  });
}

/** Converts `file` with soffice to `format`; returns the new file's path. */
export function sofficeConvert(
  file: string,
  format: "xlsx" | "pdf" | "csv" | "ods" | "xls",
): string {
  return sofficeConvertAll([file], format)[0]!;
}
