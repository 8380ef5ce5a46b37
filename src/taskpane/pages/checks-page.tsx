import { Badge, Button, Field, Input, makeStyles, ProgressBar, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { checkWorkbook } from "../../core/checks/check-workbook";
import type { Finding, Severity } from "../../core/checks/finding";
import { writeFindingsSheet } from "../../core/checks/findings-sheet";
import { DEFAULT_SETTINGS } from "../../core/checks/rule";
import type { CheckReport } from "../../core/checks/run";
import { parseVnNumber } from "../../core/vn/parse-number";
import { ErrorBar } from "../components/error-bar";
import type { HostContext } from "../host";
import { ui } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  counts: { display: "flex", gap: tokens.spacingHorizontalS },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: tokens.spacingHorizontalS,
    textAlign: "left",
    padding: tokens.spacingVerticalXS,
    border: "none",
    background: "transparent",
    color: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { background: tokens.colorNeutralBackground1Hover },
  },
});

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = { lỗi: "danger", "cảnh báo": "warning", "thông tin": "informative" };
type FilterValue = "all" | Severity;

/** "Kiểm tra": runs every rule, lists findings by sheet; a click selects the finding's cell. */
export function ChecksPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const [report, setReport] = React.useState<CheckReport | null>(null);
  const [progress, setProgress] = React.useState<number | null>(null);
  const [filter, setFilter] = React.useState<FilterValue>("all");
  const [threshold, setThreshold] = React.useState("2.000.000");
  const [note, setNote] = React.useState("");
  const [error, setError] = React.useState<unknown>(null);
  const parsedThreshold = parseVnNumber(threshold);
  const run = async () => {
    if (!host.workbook || !parsedThreshold.ok) return;
    setError(null);
    setNote("");
    setProgress(0);
    try {
      setReport(await checkWorkbook(host.workbook, { ...DEFAULT_SETTINGS, cashVoucherThreshold: parsedThreshold.value }, (done, total) => setProgress(done / total)));
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };
  const act = (f: () => Promise<unknown>) => () => {
    setError(null);
    f().catch(setError);
  };
  const shown = (report?.findings ?? []).filter((f) => filter === "all" || f.severity === filter);
  const bySheet = new Map<string, Finding[]>();
  for (const f of shown) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return (
    <section className={styles.root}>
      <Text>{ui.checks.intro}</Text>
      <Field label={ui.checks.threshold} validationMessage={parsedThreshold.ok ? undefined : ui.checks.thresholdInvalid}>
        <Input value={threshold} onChange={(_, d) => setThreshold(d.value)} inputMode="numeric" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabled={progress !== null || !parsedThreshold.ok} data-testid="run-checks">
          {ui.checks.run}
        </Button>
        <Button disabled={!report || progress !== null} onClick={act(async () => setNote(await writeFindingsSheet(host.workbook!, report!.findings)))} data-testid="write-findings">
          {ui.checks.writeSheet}
        </Button>
      </div>
      {progress !== null ? <ProgressBar value={progress} aria-label={ui.checks.running} /> : null}
      <ErrorBar error={error} />
      {note ? <Text size={200}>{note}</Text> : null}
      {report ? (
        <>
          <div className={styles.counts} data-testid="check-counts">
            {(["lỗi", "cảnh báo", "thông tin"] as const).map((s) => (
              <Badge key={s} color={COLOR[s]} appearance="tint">{`${report.counts[s]} ${s}`}</Badge>
            ))}
          </div>
          <TabList size="small" selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as FilterValue)} aria-label={ui.checks.filter}>
            <Tab value="all">{ui.checks.all}</Tab>
            <Tab value="lỗi">lỗi</Tab>
            <Tab value="cảnh báo">cảnh báo</Tab>
            <Tab value="thông tin">thông tin</Tab>
          </TabList>
          {report.findings.length === 0 ? <Text data-testid="no-findings">{ui.checks.none}</Text> : null}
          <div data-testid="findings">
            {[...bySheet].map(([sheet, list]) => (
              <div key={sheet} className={styles.sheet}>
                <Text weight="semibold">{`${sheet} (${list.length})`}</Text>
                {list.map((f, i) => (
                  <button
                    key={`${f.rule}-${f.cell}-${i}`}
                    className={styles.finding}
                    title={f.cell ? `${ui.checks.goTo} ${f.cell}` : undefined}
                    data-cell={f.cell}
                    onClick={f.cell ? act(() => host.workbook!.select({ sheet: f.sheet, cell: f.cell })) : undefined}
                  >
                    <Badge color={COLOR[f.severity]}>{f.cell || ui.checks.wholeSheet}</Badge>
                    <Text size={200}>{f.message}</Text>
                  </button>
                ))}
              </div>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
