import { Badge, Button, Field, Input, makeStyles, ProgressBar, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { checkWorkbook } from "../../core/checks/check-workbook";
import { Severity, SEVERITIES, type Finding } from "../../core/model/finding";
import { writeFindingsSheet } from "../../core/checks/findings-sheet";
import { DEFAULT_SETTINGS } from "../../core/checks/rule";
import { ruleName } from "../../core/model/rule-names";
import type { CheckReport } from "../../core/checks/run";
import type { WorkbookHost } from "../../core/workbook/types";
import { formatVnNumber } from "../../core/vn/format-vn-number";
import { parseVnNumber } from "../../core/vn/parse-number";
import { ErrorBar } from "../components/error-bar";
import { ResultBars, type ResultLine } from "../components/result-bars";
import { useAction } from "../components/use-action";
import { ui } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
    textAlign: "left",
    padding: tokens.spacingVerticalXS,
    border: "none",
    background: "transparent",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { background: tokens.colorNeutralBackground1Hover },
    ":disabled": { cursor: "default", background: "transparent" },
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  rule: { color: tokens.colorNeutralForeground3 },
});

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  [Severity.error]: "danger",
  [Severity.warning]: "warning",
  [Severity.info]: "informative",
};
type FilterValue = "all" | Severity;

/** "Kiểm tra": runs every rule, lists findings by sheet; a click selects the finding's cell. */
export function ChecksPage({ workbook }: { workbook: WorkbookHost }) {
  const styles = useStyles();
  const [report, setReport] = React.useState<CheckReport | null>(null);
  const [progress, setProgress] = React.useState<number | null>(null);
  const [filter, setFilter] = React.useState<FilterValue>("all");
  const [threshold, setThreshold] = React.useState(formatVnNumber(DEFAULT_SETTINGS.cashVoucherThreshold));
  const [results, setResults] = React.useState<readonly ResultLine[]>([]);
  const { busy, error, run } = useAction();
  const parsedThreshold = parseVnNumber(threshold);
  const check = () =>
    run(async () => {
      if (!parsedThreshold.ok) return;
      setResults([]);
      setProgress(0);
      try {
        setReport(await checkWorkbook(workbook, { ...DEFAULT_SETTINGS, cashVoucherThreshold: parsedThreshold.value }, (done, total) => setProgress(done / total)));
      } finally {
        setProgress(null);
      }
    });
  const writeSheet = (findings: readonly Finding[]) =>
    run(async () => setResults([{ intent: "success", text: await writeFindingsSheet(workbook, findings) }]));
  const shown = (report?.findings ?? []).filter((f) => filter === "all" || f.severity === filter);
  const bySheet = new Map<string, Finding[]>();
  for (const f of shown) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return (
    <section className={styles.root} aria-label={ui.nav.checks}>
      <Text>{ui.checks.intro}</Text>
      <Field label={ui.checks.threshold} validationMessage={parsedThreshold.ok ? undefined : ui.checks.thresholdInvalid}>
        <Input value={threshold} onChange={(_, d) => setThreshold(d.value)} inputMode="numeric" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy || !parsedThreshold.ok} data-testid="run-checks">
          {ui.checks.run}
        </Button>
        <Button disabled={!report || busy} onClick={() => report && void writeSheet(report.findings)} data-testid="write-findings">
          {ui.checks.writeSheet}
        </Button>
      </div>
      {progress !== null ? <ProgressBar value={progress} aria-label={ui.checks.running} /> : null}
      <ErrorBar error={error} />
      <ResultBars lines={results} testId="check-results" />
      {report ? (
        <>
          <div className={styles.counts} data-testid="check-counts">
            {SEVERITIES.map((s) => (
              <Badge key={s} color={COLOR[s]} appearance="tint">{`${report.counts[s]} ${s}`}</Badge>
            ))}
          </div>
          <TabList size="small" selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as FilterValue)} aria-label={ui.checks.filter}>
            <Tab value="all">{ui.checks.all}</Tab>
            {SEVERITIES.map((s) => (
              <Tab key={s} value={s}>
                {s}
              </Tab>
            ))}
          </TabList>
          {report.findings.length === 0 ? (
            <ResultBars lines={[{ intent: "success", text: ui.checks.none }]} testId="no-findings" />
          ) : null}
          <div data-testid="findings">
            {[...bySheet].map(([sheet, list]) => (
              <div key={sheet} className={styles.sheet}>
                <Text as="h2" size={300} weight="semibold">{`${sheet} (${list.length})`}</Text>
                {list.map((f, i) => (
                  <button
                    key={`${f.rule}-${f.cell}-${i}`}
                    type="button"
                    className={styles.finding}
                    title={f.cell ? `${ui.checks.goTo} ${f.cell}` : undefined}
                    data-cell={f.cell}
                    disabled={!f.cell}
                    onClick={f.cell ? () => void run(() => workbook.select({ sheet: f.sheet, cell: f.cell })) : undefined}
                  >
                    <Badge color={COLOR[f.severity]}>{f.cell || ui.checks.wholeSheet}</Badge>
                    <span className={styles.text}>
                      <Text size={200}>{f.message}</Text>
                      <Text size={100} className={styles.rule}>{`${f.severity} · ${ruleName(f.rule)}`}</Text>
                    </span>
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
