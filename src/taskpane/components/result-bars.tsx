import { makeStyles, MessageBar, MessageBarBody, tokens, type MessageBarIntent } from "@fluentui/react-components";

/** One result line of an action: what happened, and how it went. */
export interface ResultLine {
  readonly intent: MessageBarIntent;
  readonly text: string;
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  body: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

/** The results of an action as Fluent message bars, one per line. */
export function ResultBars({ lines, testId }: { lines: readonly ResultLine[]; testId?: string }) {
  const styles = useStyles();
  if (!lines.length) return null;
  return (
    <div className={styles.group} data-testid={testId}>
      {lines.map((l, i) => (
        <MessageBar key={`${i}-${l.text}`} intent={l.intent} layout="multiline">
          <MessageBarBody className={styles.body}>{l.text}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
