import { Button, Field, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import * as React from "react";
import { describeRefresh, fieldValues } from "../../core/report/fields";
import { takePackage } from "../../core/report/package";
import { WorkbookError, type TableData } from "../../core/workbook/types";
import { ErrorBar } from "../components/error-bar";
import { FilePickButton } from "../components/file-pick-button";
import { ResultBars, type ResultLine } from "../components/result-bars";
import { useAction } from "../components/use-action";
import type { PackageStore } from "../host";
import { ui } from "../strings";
import type { DocumentHost } from "../word/word-document";
import { docxBase64, docxBytes, download, tablesFromFile } from "./report-actions";
import { useReportKind } from "./report-kind-field";
import { ReportOutline } from "./report-outline";
import { needsSourceLine, sourceLine, type DataSource } from "./word-source";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  source: { overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3 },
});

const DRAFT_MESSAGE = { opened: ui.report.opened, inserted: ui.report.inserted, shown: ui.report.shown } as const;

/** "Báo cáo" in Word: takes the workbook's figures (package or picked file), drafts the report,
 *  refreshes the linked figures of the open document. */
export function WordReportPage({ document, storage, canDownload }: { document: DocumentHost; storage: PackageStore | null; canDownload: boolean }) {
  const styles = useStyles();
  const { kind, fields, build, showOutline, outlineLines, clearOutline } = useReportKind();
  const [tables, setTables] = React.useState<readonly TableData[] | null>(null);
  const [source, setSource] = React.useState<DataSource | null>(null);
  const [results, setResults] = React.useState<readonly ResultLine[]>([]);
  const { busy, error, run } = useAction();
  /** Replaces the source; a failed load leaves none, so no line names a file that was refused. */
  const load = (sourceKind: DataSource["kind"], f: () => Promise<{ tables: readonly TableData[]; source: string }>) =>
    void run(async () => {
      setTables(null);
      setSource(null);
      setResults([]);
      clearOutline();
      const r = await f();
      setTables(r.tables);
      setSource({ kind: sourceKind, detail: r.source });
    });
  const act = (f: (tables: readonly TableData[]) => Promise<readonly ResultLine[]>) => () =>
    void run(async () => {
      setResults([]);
      if (tables) setResults(await f(tables));
    });
  const noSource = !tables;
  return (
    <section className={styles.root} aria-label={ui.nav.report}>
      <Text>{ui.report.introWord}</Text>
      <Field label={ui.report.source}>
        <div className={styles.actions}>
          {/* The Excel → Word store only where it answers (host.ts probes it); the picked file always. */}
          {storage ? (
            <Button
              disabled={busy}
              onClick={() =>
                load("package", async () => {
                  // Read once and removed from the storage; refused when older than a day.
                  const p = await takePackage(storage);
                  if (!p.ok) throw new WorkbookError(p.message);
                  return { tables: p.value.tables, source: `${p.value.source} (${new Date(p.value.savedAt).toLocaleString("vi-VN")})` };
                })
              }
              data-testid="take-package"
            >
              {ui.report.takePackage}
            </Button>
          ) : null}
          <FilePickButton
            label={ui.report.pickFile}
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onPick={(f) => load("file", async () => ({ tables: await tablesFromFile(f), source: f.name }))}
            testId="pick-file"
          />
        </div>
      </Field>
      {!storage ? <Text size={200} className={styles.hint}>{ui.report.noStorageWord}</Text> : null}
      <Text size={200} className={styles.source} data-testid="report-source">
        {sourceLine(source, Boolean(storage))}
      </Text>
      {fields}
      <div className={styles.actions}>
        <Button
          disabled={busy || noSource}
          onClick={act(async (t) => showOutline(t))}
          data-testid="show-outline"
        >
          {ui.report.showOutline}
        </Button>
        <Button
          appearance="primary"
          disabled={busy || noSource}
          onClick={act(async (t) => {
            const { tree, notes } = build(t);
            return [{ intent: "success", text: DRAFT_MESSAGE[await document.insertDraft(await docxBase64(tree))] }, ...notes];
          })}
          data-testid="create-draft"
        >
          {ui.report.createDraft}
        </Button>
        <Button
          disabled={busy || noSource}
          onClick={act(async (t) => {
            const { tree, notes } = build(t);
            const [first, ...rest] = describeRefresh(await document.refreshFields(fieldValues(tree)));
            return [{ intent: "success", text: first }, ...rest.map((text): ResultLine => ({ intent: "info", text })), ...notes];
          })}
          data-testid="refresh-fields"
        >
          {ui.report.refresh}
        </Button>
        {canDownload ? (
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={busy || noSource}
            onClick={act(async (t) => {
              const { tree, notes } = build(t);
              download(await docxBytes(tree), `${kind.id}.docx`);
              return [{ intent: "success", text: ui.report.downloaded }, ...notes];
            })}
            data-testid="download-docx"
          >
            {ui.report.download}
          </Button>
        ) : null}
      </div>
      {noSource ? (
        <Text size={200} className={styles.hint} data-testid="needs-source">
          {needsSourceLine(Boolean(storage))}
        </Text>
      ) : null}
      <ErrorBar error={error} />
      <ResultBars lines={results} testId="report-results" />
      <ReportOutline lines={outlineLines} />
    </section>
  );
}
