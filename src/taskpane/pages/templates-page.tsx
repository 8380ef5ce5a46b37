import { Badge, Button, Checkbox, Dropdown, Field, makeStyles, Option, Spinner, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { SchoolLevel } from "../../core/model/enums";
import { insertTemplates, TEMPLATE_IDS, TEMPLATE_NAMES, type TemplateId } from "../../core/sheets/insert";
import type { SheetOutcome } from "../../core/sheets/plan";
import { updateStaffFromRoster } from "../../core/sheets/staff-from-roster";
import type { SheetInfo } from "../../core/workbook/types";
import { ErrorBar } from "../components/error-bar";
import type { HostContext } from "../host";
import { ui } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  checks: { display: "grid", gridTemplateColumns: "1fr 1fr" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLOR: Record<SheetOutcome["status"], "success" | "informative" | "warning" | "brand"> = {
  created: "success",
  filled: "success",
  columnsAdded: "brand",
  kept: "informative",
  skipped: "warning",
};

/** "Mẫu biểu": choose the school level and sheets, insert templates or the sample school. */
export function TemplatesPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const [level, setLevel] = React.useState<SchoolLevel>("thcs");
  const [chosen, setChosen] = React.useState<readonly TemplateId[]>(TEMPLATE_IDS);
  const [busy, setBusy] = React.useState(false);
  const [outcomes, setOutcomes] = React.useState<readonly SheetOutcome[]>([]);
  const [rosterNote, setRosterNote] = React.useState<readonly string[]>([]);
  const [sheets, setSheets] = React.useState<readonly SheetInfo[] | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const refresh = React.useCallback(async () => {
    if (host.workbook) setSheets(await host.workbook.inspect());
  }, [host]);
  React.useEffect(() => {
    refresh().catch(setError);
  }, [refresh]);
  const run = async (sample: boolean) => {
    if (!host.workbook) return;
    setBusy(true);
    setError(null);
    try {
      setOutcomes(await insertTemplates(host.workbook, { level, sheets: chosen, sample }));
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const fromRoster = async () => {
    if (!host.workbook) return;
    setBusy(true);
    setError(null);
    try {
      const r = await updateStaffFromRoster(host.workbook);
      setRosterNote([r.message, ...r.conflicts.map((c) => c.message)]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: TemplateId, on: boolean) => setChosen((c) => (on ? TEMPLATE_IDS.filter((x) => x === id || c.includes(x)) : c.filter((x) => x !== id)));
  return (
    <section className={styles.root}>
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
        <Button appearance="primary" disabled={busy || !chosen.length} onClick={() => void run(false)} data-testid="insert-templates">
          {ui.templates.insert}
        </Button>
        <Button disabled={busy} onClick={() => void run(true)} data-testid="insert-sample">
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
      {rosterNote.length ? (
        <ul className={styles.list} data-testid="roster-note">
          {rosterNote.map((line) => (
            <li key={line}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorBar error={error} />
      {outcomes.length ? (
        <>
          <Text weight="semibold">{ui.templates.resultTitle}</Text>
          <ul className={styles.list} data-testid="insert-outcomes">
            {outcomes.map((o) => (
              <li key={o.sheet} className={styles.row}>
                <Badge color={STATUS_COLOR[o.status]} appearance="tint" />
                <Text size={200}>{o.message}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Text weight="semibold">{ui.templates.sheetsNow}</Text>
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
