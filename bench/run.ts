/* `npm run bench`: prints figures and ratios (never pass/fail). */
import { benchBundle } from "./bundle.bench";
import { benchCli } from "./cli.bench";
import { benchVn } from "./vn.bench";
import { benchWorkbook } from "./workbook.bench";
import { benchChecks } from "./checks.bench";
import { benchReport } from "./report.bench";
import { benchImport } from "./import.bench";
import { benchLargeFiles } from "./large-files.bench";
import { benchPane } from "./pane.bench";

async function main(): Promise<void> {
  console.log(
    `DVK benchmarks — node ${process.version}, ${new Date().toISOString()}`,
  );
  await benchBundle();
  await benchCli();
  await benchVn();
  await benchWorkbook();
  await benchChecks();
  await benchReport();
  await benchImport();
  await benchLargeFiles();
  await benchPane();
}

void main();
