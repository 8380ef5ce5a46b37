/* Bundle sizes from dist/bundle-report.json (written by `npm run build`). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { report, section } from "./harness";

interface EntryReport {
  files: { file: string; bytes: number }[];
  bytes: number;
  packages: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function benchBundle(
  dist = join(__dirname, "..", "dist"),
): Promise<void> {
  section("Bundles (minified, from npm run build)");
  const file = join(dist, "bundle-report.json");
  if (!existsSync(file)) {
    console.log(
      "  dist/bundle-report.json not found: run `npm run build` first.",
    );
    return;
  }
  const r = JSON.parse(readFileSync(file, "utf8")) as {
    entries: Record<string, EntryReport>;
    asyncChunks: { files: string[]; bytes: number; packages: string[] }[];
  };
  const gz = (files: string[]) =>
    files.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f))).length, 0);
  const fn = r.entries.functions;
  const react = fn.packages.filter((p) => /react|fluentui/.test(p));
  report("custom functions: functions.js", `${kb(fn.bytes)}`, "≤ 50 KB");
  report("custom functions: gzip", kb(gz(fn.files.map((f) => f.file))));
  report(
    "custom functions: React / Fluent inside",
    react.length ? react.join(", ") : "none",
    "none",
  );
  const tp = r.entries.taskpane;
  report("task pane first load (taskpane.js)", kb(tp.bytes));
  report("task pane first load: gzip", kb(gz(tp.files.map((f) => f.file))));
  for (const c of r.asyncChunks) {
    report(`  lazy chunk ${c.files.join(", ")}`, kb(c.bytes));
  }
}
