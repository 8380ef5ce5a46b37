import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { HostContext } from "../host";
import { ui } from "../strings";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** "Báo cáo": report drafts (Excel: build and hand off; Word: draft and refresh figures). */
export function ReportPage({ host }: { host: HostContext }) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Text>{host.pane === "word" ? ui.report.introWord : ui.report.introExcel}</Text>
    </section>
  );
}
