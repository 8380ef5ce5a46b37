import { Badge, Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { SheetInfo } from "../../core/workbook/types";
import { ErrorBar } from "../components/error-bar";
import type { HostContext } from "../host";
import { ui } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between" },
});

/** "Mẫu biểu": the templates area; lists the workbook's sheets through the seam. */
export function TemplatesPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const [sheets, setSheets] = React.useState<readonly SheetInfo[] | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const refresh = React.useCallback(async () => {
    if (!host.workbook) return;
    setError(null);
    try {
      setSheets(await host.workbook.inspect());
    } catch (e) {
      setError(e);
    }
  }, [host]);
  React.useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section className={styles.root}>
      <Text>{ui.templates.intro}</Text>
      <div className={styles.head}>
        <Text weight="semibold">{ui.templates.sheetsNow}</Text>
        <Button size="small" onClick={() => void refresh()} data-testid="refresh-sheets">
          {ui.templates.refresh}
        </Button>
      </div>
      <ErrorBar error={error} />
      {sheets === null && !error ? <Spinner size="tiny" /> : null}
      {sheets?.length === 0 ? <Text data-testid="no-sheets">{ui.templates.noSheets}</Text> : null}
      <ul className={styles.list}>
        {sheets?.map((s) => (
          <li key={s.name} className={styles.row}>
            <Text>{s.name}</Text>
            {s.usedRange === null ? <Badge appearance="outline">{ui.templates.emptyBadge}</Badge> : null}
            {s.protected ? <Badge color="warning">{ui.templates.protectedBadge}</Badge> : null}
            {s.tables.length ? <Badge appearance="tint">{`${s.tables.length} ${ui.templates.tablesLabel}`}</Badge> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
