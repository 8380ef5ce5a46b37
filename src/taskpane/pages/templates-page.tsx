import { Badge, Button, Checkbox, Dropdown, Field, makeStyles, Option, Spinner, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { SchoolLevel } from "../../core/model/enums";
import { insertTemplates, TEMPLATE_IDS, TEMPLATE_NAMES, type TemplateId } from "../../core/sheets/insert";
import type { SheetOutcome } from "../../core/sheets/plan";
import { updateStaffFromRoster } from "../../core/sheets/staff-from-roster";
import type { SheetInfo, WorkbookHost } from "../../core/workbook/types";
import { ErrorBar } from "../components/error-bar";
import { ResultBars, type ResultLine } from "../components/result-bars";
import { useAction } from "../components/use-action";
import { ui } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  checks: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

const INTENT: Record<SheetOutcome["status"], ResultLine["intent"]> = {
  created: "success",
  filled: "success",
  columnsAdded: "info",
  kept: "info",
  skipped: "warning",
};

/** "Mẫu biểu": choose the school level and sheets, insert templates or the sample school. */
export function TemplatesPage({ workbook }: { workbook: WorkbookHost }) {
  const styles = useStyles();
  const [level, setLevel] = React.useState<SchoolLevel>("thcs");
  const [chosen, setChosen] = React.useState<readonly TemplateId[]>(TEMPLATE_IDS);
  const [results, setResults] = React.useState<readonly ResultLine[]>([]);
  const [sheets, setSheets] = React.useState<readonly SheetInfo[] | null>(null);
  const { busy, error, run } = useAction();
  const refresh = React.useCallback(async () => setSheets(await workbook.inspect()), [workbook]);
  React.useEffect(() => {
    void run(refresh);
  }, [run, refresh]);
  const insert = (sample: boolean) =>
    run(async () => {
      const outcomes = await insertTemplates(workbook, { level, sheets: chosen, sample });
      setResults(outcomes.map((o) => ({ intent: INTENT[o.status], text: o.message })));
      await refresh();
    });
  const fromRoster = () =>
    run(async () => {
      const r = await updateStaffFromRoster(workbook);
      setResults([
        { intent: r.conflicts.length ? "warning" : "success", text: r.message },
        ...r.conflicts.map((c): ResultLine => ({ intent: "warning", text: c.message })),
      ]);
      await refresh();
    });
  const toggle = (id: TemplateId, on: boolean) => setChosen((c) => (on ? TEMPLATE_IDS.filter((x) => x === id || c.includes(x)) : c.filter((x) => x !== id)));
  return (
    <section className={styles.root} aria-label={ui.nav.templates}>
      <Text>{ui.templates.intro}</Text>
      <Field label={ui.templates.levelLabel}>
        <Dropdown value={SchoolLevel[level]} selectedOptions={[level]} onOptionSelect={(_, d) => setLevel(d.optionValue as SchoolLevel)} data-testid="level">
          {Object.entries(SchoolLevel).map(([id, label]) => (
            <Option key={id} value={id}>
              {label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={ui.templates.sheetsLabel}>
        <div className={styles.checks}>
          {TEMPLATE_IDS.map((id) => (
            <Checkbox key={id} label={TEMPLATE_NAMES[id]} checked={chosen.includes(id)} onChange={(_, d) => toggle(id, Boolean(d.checked))} />
          ))}
        </div>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !chosen.length} onClick={() => void insert(false)} data-testid="insert-templates">
          {ui.templates.insert}
        </Button>
        <Button disabled={busy || !chosen.length} onClick={() => void insert(true)} data-testid="insert-sample">
          {ui.templates.insertSample}
        </Button>
        {busy ? <Spinner size="tiny" label={ui.templates.inserting} /> : null}
      </div>
      <Text size={200} className={styles.note}>
        {ui.templates.safeNote} {ui.templates.sampleHint}
      </Text>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void fromRoster()} data-testid="staff-from-roster">
          {ui.templates.fromRoster}
        </Button>
      </div>
      <Text size={200} className={styles.note}>
        {ui.templates.fromRosterHint}
      </Text>
      <ErrorBar error={error} />
      <ResultBars lines={results} testId="insert-outcomes" />
      <Text as="h2" size={300} weight="semibold">
        {ui.templates.sheetsNow}
      </Text>
      {sheets?.length === 0 ? <Text data-testid="no-sheets">{ui.templates.noSheets}</Text> : null}
      <ul className={styles.list} data-testid="sheet-list">
        {sheets?.map((s) => (
          <li key={s.name} className={styles.row}>
            <Text size={200}>{s.name}</Text>
            {s.usedRange === null ? <Badge appearance="outline">{ui.templates.emptyBadge}</Badge> : null}
            {s.protected ? <Badge color="warning">{ui.templates.protectedBadge}</Badge> : null}
            {s.tables.length ? <Badge appearance="tint">{`${s.tables.length} ${ui.templates.tablesLabel}`}</Badge> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
