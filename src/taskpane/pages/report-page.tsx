import { Button, Dropdown, Field, Input, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { describeRefresh, fieldValues } from "../../core/report/fields";
import { missingGeneral } from "../../core/report/kinds";
import { makePackage, PACKAGE_KEY, parsePackage } from "../../core/report/package";
import { ALL_TABLE_SPECS } from "../../core/sheets/specs";
import type { TableData } from "../../core/workbook/types";
import { ErrorBar } from "../components/error-bar";
import type { HostContext } from "../host";
import { ui } from "../strings";
import { copyHtml, dataOf, docxBase64, docxBytes, download, outline, REPORT_KINDS, tablesFromFile, tablesHtml } from "./report-actions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  outline: { margin: 0, paddingLeft: tokens.spacingHorizontalL, whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200 },
});

/** "Báo cáo": Excel builds and hands off the draft; Word drafts it and refreshes the figures. */
export function ReportPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const [kindId, setKindId] = React.useState(REPORT_KINDS[0].id);
  const [tables, setTables] = React.useState<TableData[] | null>(null);
  const [source, setSource] = React.useState("");
  const [lines, setLines] = React.useState<readonly string[]>([]);
  const [error, setError] = React.useState<unknown>(null);
  const [busy, setBusy] = React.useState(false);
  const [modelIndex, setModelIndex] = React.useState("1");
  const kind = REPORT_KINDS.find((k) => k.id === kindId) ?? REPORT_KINDS[0];
  const word = host.pane === "word";
  const act = (f: () => Promise<readonly string[] | void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      noteRef.current = [];
      const r = await f();
      if (r) setLines([...r, ...noteRef.current]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  /** The workbook's tables: read live in Excel (one seam call), else the package or file. */
  const current = async (): Promise<TableData[]> => {
    if (!word && host.workbook) {
      const read = await host.workbook.readTables(ALL_TABLE_SPECS.map((s) => s.tableName));
      return read.filter((t): t is TableData => t !== null);
    }
    if (!tables) throw new Error(ui.report.noSource);
    return tables;
  };
  /** The report tree, and a note when general information is missing (shown as prompts). */
  const noteRef = React.useRef<string[]>([]);
  const tree = async () => {
    const data = dataOf(await current());
    const missing = missingGeneral(data);
    noteRef.current = missing.length ? [`Thiếu thông tin chung (để trống trong bản nháp): ${missing.join(", ")}.`] : [];
    return kind.build(data, { modelIndex: Number(modelIndex) || 1 });
  };
  const fileName = `${kind.id}.docx`;
  return (
    <section className={styles.root}>
      <Text>{word ? ui.report.introWord : ui.report.introExcel}</Text>
      {word ? (
        <Field label={ui.report.source}>
          <div className={styles.actions}>
            <Button
              disabled={busy || !host.storage}
              onClick={act(async () => {
                const p = parsePackage((await host.storage?.get(PACKAGE_KEY)) ?? null);
                if (!p.ok) throw new Error(p.message);
                setTables(p.value.tables);
                setSource(`${p.value.source} (${new Date(p.value.savedAt).toLocaleString("vi-VN")})`);
              })}
              data-testid="take-package"
            >
              {ui.report.takePackage}
            </Button>
            <input
              type="file"
              accept=".xlsx"
              aria-label={ui.report.pickFile}
              data-testid="pick-file"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f)
                  void act(async () => {
                    setTables(await tablesFromFile(f));
                    setSource(f.name);
                  })();
              }}
            />
          </div>
          <Text size={200} data-testid="report-source">
            {source || ui.report.noSource}
          </Text>
        </Field>
      ) : null}
      <Field label={ui.report.kind}>
        <Dropdown value={kind.name} selectedOptions={[kind.id]} onOptionSelect={(_, d) => setKindId(String(d.optionValue))} data-testid="report-kind">
          {REPORT_KINDS.map((k) => (
            <Option key={k.id} value={k.id} text={k.name}>
              {k.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {kind.id === "dang-ky-mo-hinh" ? (
        <Field label="Mô hình (số thứ tự ở sheet Mô hình DVK)">
          <Input type="number" min={1} value={modelIndex} onChange={(_, d) => setModelIndex(d.value)} data-testid="model-index" />
        </Field>
      ) : null}
      <div className={styles.actions}>
        <Button disabled={busy} onClick={act(async () => [ui.report.outline + ":", ...outline(await tree())])} data-testid="show-outline">
          {ui.report.showOutline}
        </Button>
        {word ? (
          <>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={act(async () => {
                const t = await tree();
                if (!host.document) {
                  download(await docxBytes(t), fileName);
                  return [ui.report.noWord, ui.report.downloaded];
                }
                return [(await host.document.insertDraft(await docxBase64(t))) === "opened" ? ui.report.opened : ui.report.inserted];
              })}
              data-testid="create-draft"
            >
              {ui.report.createDraft}
            </Button>
            <Button disabled={busy || !host.document} onClick={act(async () => describeRefresh(await host.document!.refreshFields(fieldValues(await tree()))))} data-testid="refresh-fields">
              {ui.report.refresh}
            </Button>
          </>
        ) : (
          <>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={act(async () => {
                if (!host.storage) return [ui.report.noStorage];
                await host.storage.set(PACKAGE_KEY, JSON.stringify(makePackage(await current(), "Sổ Excel đang mở")));
                return [ui.report.sent];
              })}
              data-testid="send-to-word"
            >
              {ui.report.sendToWord}
            </Button>
            <Button
              disabled={busy}
              onClick={act(async () => {
                if (!host.canDownload) return [ui.report.noDownload];
                download(await docxBytes(await tree()), fileName);
                return [ui.report.downloaded];
              })}
              data-testid="download-docx"
            >
              {ui.report.download}
            </Button>
            <Button
              disabled={busy}
              onClick={act(async () => {
                const t = await tree();
                await copyHtml(tablesHtml(t), outline(t).join("\n"));
                return [ui.report.copied];
              })}
              data-testid="copy-table"
            >
              {ui.report.copyTable}
            </Button>
          </>
        )}
      </div>
      <ErrorBar error={error} />
      {lines.length ? (
        <ul className={styles.outline} data-testid="report-lines">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
