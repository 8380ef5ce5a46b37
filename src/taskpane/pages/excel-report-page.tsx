import { Button, Field, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { makePackage, PACKAGE_KEY } from "../../core/report/package";
import { TABLE_NAMES } from "../../core/sheets/registry";
import type { TableData, WorkbookHost } from "../../core/workbook/types";
import { ErrorBar } from "../components/error-bar";
import { FilePickButton } from "../components/file-pick-button";
import { ResultBars, type ResultLine } from "../components/result-bars";
import { useAction } from "../components/use-action";
import type { PackageStore } from "../host";
import { ui } from "../strings";
import { copyHtml, docxBytes, download, outline, tablesHtml } from "./report-actions";
import { useReportKind } from "./report-kind-field";
import { ReportOutline } from "./report-outline";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** "Báo cáo" in Excel: builds the draft from the open workbook and hands it to Word. */
export function ExcelReportPage({ workbook, storage, canDownload }: { workbook: WorkbookHost; storage: PackageStore | null; canDownload: boolean }) {
  const styles = useStyles();
  const { kind, fields, build, showOutline, outlineLines } = useReportKind();
  const [results, setResults] = React.useState<readonly ResultLine[]>([]);
  const { busy, error, run } = useAction();
  /** The workbook's tables, read live (one seam call). */
  const tables = async (): Promise<TableData[]> =>
    (await workbook.readTables(TABLE_NAMES)).filter((t): t is TableData => t !== null);
  /** Last period's report into the narrative sheet (the import code loads on first use). */
  const importDocx = (file: File) =>
    void run(async () => {
      setResults([]);
      const [{ importReport, describeImport }, { readWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "import" */ "../../core/import"),
        import("../../core/sheets/read"),
      ]);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await importReport(workbook, bytes, { kind: kind.id, source: file.name });
      const lines = describeImport(result, file.name, (await readWorkbook(workbook)).data);
      setResults(lines.map((l): ResultLine => ({ intent: l.intent, text: l.text })));
    });
  const act = (f: () => Promise<readonly ResultLine[]>) => () =>
    void run(async () => {
      setResults([]);
      setResults(await f());
    });
  return (
    <section className={styles.root} aria-label={ui.nav.report}>
      <Text>{ui.report.introExcel}</Text>
      {fields}
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={act(async () => showOutline(await tables()))}
          data-testid="show-outline"
        >
          {ui.report.showOutline}
        </Button>
        <Button
          appearance="primary"
          disabled={busy || !storage}
          onClick={act(async () => {
            await storage?.set(PACKAGE_KEY, JSON.stringify(makePackage(await tables(), ui.report.packageSource)));
            return [{ intent: "success", text: ui.report.sent }];
          })}
          data-testid="send-to-word"
        >
          {ui.report.sendToWord}
        </Button>
        <Button
          disabled={busy || !canDownload}
          onClick={act(async () => {
            const { tree, notes } = build(await tables());
            download(await docxBytes(tree), `${kind.id}.docx`);
            return [{ intent: "success", text: ui.report.downloaded }, ...notes];
          })}
          data-testid="download-docx"
        >
          {ui.report.download}
        </Button>
        <Button
          disabled={busy}
          onClick={act(async () => {
            const { tree, notes } = build(await tables());
            await copyHtml(tablesHtml(tree), outline(tree).join("\n"));
            return [{ intent: "success", text: ui.report.copied }, ...notes];
          })}
          data-testid="copy-table"
        >
          {ui.report.copyTable}
        </Button>
      </div>
      <Field label={ui.report.importLabel} hint={ui.report.importHint}>
        <div className={styles.actions}>
          <FilePickButton
            label={ui.report.importButton}
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={busy}
            onPick={importDocx}
            testId="import-docx"
          />
        </div>
      </Field>
      {!storage ? <Text size={200}>{ui.report.noStorage}</Text> : null}
      {!canDownload ? <Text size={200}>{ui.report.noDownload}</Text> : null}
      <ErrorBar error={error} />
      <ResultBars lines={results} testId="report-results" />
      <ReportOutline lines={outlineLines} />
    </section>
  );
}
