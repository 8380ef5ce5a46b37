import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { WorkbookError } from "../../core/workbook/types";
import { OfficeError } from "../office-errors";
import { ui } from "../strings";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  details: { marginTop: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** Shows the error of a failed action; never swallowed. Our own errors (WorkbookError, and
 *  OfficeError for what Office refused) carry a Vietnamese message for the user; anything else is
 *  unexpected: a Vietnamese sentence. Technical text (Office's, a library's) is folded away for
 *  whoever helps the user. Long text wraps inside the pane. */
export function ErrorBar({ error }: { error: unknown }) {
  const styles = useStyles();
  if (!error) return null;
  const own = error instanceof WorkbookError;
  const detail = error instanceof OfficeError ? error.technical : own ? "" : error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{ui.errors.title}</MessageBarTitle>
        {own && error.message ? error.message : ui.errors.generic}
        {detail ? (
          <details className={styles.details}>
            <summary>{ui.errors.details}</summary>
            {detail}
          </details>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
