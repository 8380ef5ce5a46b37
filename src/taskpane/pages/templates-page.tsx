import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { SchoolLevel } from "../../core/model/enums";
import type { TemplateId } from "../../core/sheets/registry";
import type { SheetOutcome } from "../../core/sheets/plan";
import type { SheetInfo, WorkbookHost } from "../../core/workbook/types";
import type { ResultLine } from "../components/result-bars";
import { useAction } from "../components/use-action";
import { ui } from "../strings";
import {
  SCHOOL_LEVELS,
  TEMPLATE_CHOICES,
  TEMPLATE_IDS,
} from "./template-choices";

/** The sheet code (registry, zod schemas, planner): a chunk of its own, fetched on the first
 *  click, so the first screen paints without it. */
const actions = () =>
  import(/* webpackChunkName: "sheets" */ "./templates-actions");

// Parts of the page that are not needed to paint it (the list's combobox, the message bars, the
// sheets' badges) come in small chunks of their own; each shows plain text until it arrives.
const LevelDropdown = React.lazy(() =>
  import(/* webpackChunkName: "level-dropdown" */ "./level-dropdown").then(
    (m) => ({ default: m.LevelDropdown }),
  ),
);
const SheetBadges = React.lazy(() =>
  import(/* webpackChunkName: "sheet-badges" */ "./sheet-badges").then((m) => ({
    default: m.SheetBadges,
  })),
);
const ResultBars = React.lazy(() =>
  import(/* webpackChunkName: "bars" */ "../components/result-bars").then(
    (m) => ({ default: m.ResultBars }),
  ),
);
const ErrorBar = React.lazy(() =>
  import(/* webpackChunkName: "bars" */ "../components/error-bar").then(
    (m) => ({ default: m.ErrorBar }),
  ),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  checks: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  note: { color: tokens.colorNeutralForeground3 },
  // The level as text while the dropdown's code loads: the dropdown's size and border.
  pendingLevel: {
    boxSizing: "border-box",
    minHeight: "32px",
    minWidth: "250px",
    display: "flex",
    alignItems: "center",
    padding: `0 ${tokens.spacingHorizontalMNudge}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
  },
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
  const [chosen, setChosen] =
    React.useState<readonly TemplateId[]>(TEMPLATE_IDS);
  const [results, setResults] = React.useState<readonly ResultLine[]>([]);
  const [sheets, setSheets] = React.useState<readonly SheetInfo[] | null>(null);
  const { busy, error, run } = useAction();
  const refresh = React.useCallback(
    // Hidden sheets (the lists behind the drop-downs) are ours, not the user's to see.
    async () => setSheets((await workbook.inspect()).filter((s) => !s.hidden)),
    [workbook],
  );
  React.useEffect(() => {
    void run(refresh);
  }, [run, refresh]);
  const insert = (sample: boolean) =>
    run(async () => {
      const { insertTemplates } = await actions();
      const outcomes = await insertTemplates(workbook, {
        level,
        sheets: chosen,
        sample,
      });
      setResults(
        outcomes.map((o) => ({ intent: INTENT[o.status], text: o.message })),
      );
      await refresh();
    });
  const fromRoster = () =>
    run(async () => {
      const { updateStaffFromRoster } = await actions();
      const r = await updateStaffFromRoster(workbook);
      setResults([
        { intent: r.conflicts.length ? "warning" : "success", text: r.message },
        ...r.conflicts.map((c): ResultLine => ({
          intent: "warning",
          text: c.message,
        })),
      ]);
      await refresh();
    });
  const toggle = (id: TemplateId, on: boolean) =>
    setChosen((c) =>
      on
        ? TEMPLATE_IDS.filter((x) => x === id || c.includes(x))
        : c.filter((x) => x !== id),
    );
  return (
    <section className={styles.root} aria-label={ui.nav.templates}>
      <Text>{ui.templates.intro}</Text>
      <Field label={ui.templates.levelLabel}>
        <React.Suspense
          fallback={
            <div className={styles.pendingLevel}>{SCHOOL_LEVELS[level]}</div>
          }
        >
          <LevelDropdown level={level} onChange={setLevel} />
        </React.Suspense>
      </Field>
      <Field label={ui.templates.sheetsLabel}>
        <div className={styles.checks}>
          {TEMPLATE_CHOICES.map(({ id, name }) => (
            <Checkbox
              key={id}
              label={name}
              checked={chosen.includes(id)}
              onChange={(_, d) => toggle(id, Boolean(d.checked))}
            />
          ))}
        </div>
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || !chosen.length}
          onClick={() => void insert(false)}
          data-testid="insert-templates"
        >
          {ui.templates.insert}
        </Button>
        <Button
          disabled={busy || !chosen.length}
          onClick={() => void insert(true)}
          data-testid="insert-sample"
        >
          {ui.templates.insertSample}
        </Button>
        {busy ? <Spinner size="tiny" label={ui.templates.inserting} /> : null}
      </div>
      <Text size={200} className={styles.note}>
        {ui.templates.safeNote} {ui.templates.sampleHint}
      </Text>
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={() => void fromRoster()}
          data-testid="staff-from-roster"
        >
          {ui.templates.fromRoster}
        </Button>
      </div>
      <Text size={200} className={styles.note}>
        {ui.templates.fromRosterHint}
      </Text>
      {error || results.length ? (
        <React.Suspense fallback={null}>
          <ErrorBar error={error} />
          <ResultBars lines={results} testId="insert-outcomes" />
        </React.Suspense>
      ) : null}
      <Text as="h2" size={300} weight="semibold">
        {ui.templates.sheetsNow}
      </Text>
      {sheets?.length === 0 ? (
        <Text data-testid="no-sheets">{ui.templates.noSheets}</Text>
      ) : null}
      <ul className={styles.list} data-testid="sheet-list">
        {sheets?.map((s) => (
          <li key={s.name} className={styles.row}>
            <Text size={200}>{s.name}</Text>
            <React.Suspense fallback={null}>
              <SheetBadges sheet={s} />
            </React.Suspense>
          </li>
        ))}
      </ul>
    </section>
  );
}
