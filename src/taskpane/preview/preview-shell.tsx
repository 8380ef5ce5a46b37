import { FluentProvider, Link, makeStyles, MessageBar, MessageBarBody, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../components/app";
import type { HostContext } from "../host";
import { ui } from "../strings";
import { WorkbookGrid } from "./workbook-grid";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 360px", height: "100vh" },
  left: { display: "flex", flexDirection: "column", minWidth: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  pane: { height: "100vh", overflow: "hidden" },
  banner: { margin: tokens.spacingVerticalS },
});

/** The browser preview: the in-memory workbook on the left, the real task pane on the right. */
export function PreviewShell({ host }: { host: HostContext }) {
  const styles = useStyles();
  const other = host.pane === "word" ? "excel" : "word";
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <div className={styles.left}>
          <MessageBar intent="info" className={styles.banner} data-testid="preview-banner">
            <MessageBarBody>
              {ui.preview.banner}{" "}
              <Link href={`?host=${other}`} data-testid="switch-pane">
                {other === "word" ? ui.preview.switchToWord : ui.preview.switchToExcel}
              </Link>
            </MessageBarBody>
          </MessageBar>
          {host.memory ? <WorkbookGrid workbook={host.memory} /> : null}
        </div>
        <div className={styles.pane} data-testid="task-pane">
          <App host={host} />
        </div>
      </div>
    </FluentProvider>
  );
}
