import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { HostContext } from "../host";
import { ui } from "../strings";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** "Kiểm tra": the workbook checks area. */
export function ChecksPage(_props: { host: HostContext }) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Text>{ui.checks.intro}</Text>
    </section>
  );
}
