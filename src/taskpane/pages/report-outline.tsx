import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { ui } from "../strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** The outline of a draft: its headings and tables, one per line. */
export function ReportOutline({ lines }: { lines: readonly string[] | null }) {
  const styles = useStyles();
  if (!lines) return null;
  return (
    <div>
      <Text as="h2" size={300} weight="semibold">
        {ui.report.outline}
      </Text>
      <ul className={styles.list} data-testid="report-outline">
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
