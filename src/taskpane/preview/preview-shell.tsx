import {
  FluentProvider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { App } from "../components/app";
import { previewPane, type HostContext, type PaneKind } from "../host";
import { ui } from "../strings";

// The workbook grid and the document view come after the pane: a chunk of their own, so the pane
// (what the preview is about) renders first.
const WorkbookGrid = React.lazy(() =>
  import(/* webpackChunkName: "preview-views" */ "./workbook-grid").then(
    (m) => ({ default: m.WorkbookGrid }),
  ),
);
const DocumentView = React.lazy(() =>
  import(/* webpackChunkName: "preview-views" */ "./document-view").then(
    (m) => ({ default: m.DocumentView }),
  ),
);

type PreviewHost = Extract<HostContext, { kind: "preview" }>;

/** Below this width (a phone, or the preview opened at task-pane size) the pane comes first and
 *  the workbook or document follows underneath. */
const NARROW = "@media (max-width: 719px)";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 360px",
    height: "100vh",
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    [NARROW]: {
      display: "flex",
      flexDirection: "column-reverse",
      height: "auto",
    },
  },
  left: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      height: "90vh",
      borderRight: "none",
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  pane: {
    height: "100vh",
    overflow: "auto",
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  banner: { margin: tokens.spacingVerticalS },
});

/** The browser preview: the in-memory workbook (Excel pane) or document (Word pane) on the left,
 *  the real task pane on the right. Switching panes keeps both: it is one page, like one Office. */
export function PreviewShell({ host }: { host: PreviewHost }) {
  const styles = useStyles();
  const [pane, setPane] = React.useState<PaneKind>(host.pane);
  const other: PaneKind = pane === "word" ? "excel" : "word";
  const switchTo = (e: React.MouseEvent) => {
    e.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set("host", other);
    window.history.pushState(null, "", url);
    setPane(other);
  };
  React.useEffect(() => {
    const onPop = () =>
      setPane(
        previewPane(new URLSearchParams(window.location.search), host.pane),
      );
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [host.pane]);
  return (
    <FluentProvider
      theme={host.theme === "dark" ? webDarkTheme : webLightTheme}
    >
      <div className={styles.root} data-pane={pane}>
        <section
          className={styles.left}
          aria-label={
            pane === "word"
              ? ui.preview.documentRegion
              : ui.preview.workbookRegion
          }
        >
          <MessageBar
            intent="info"
            layout="multiline"
            className={styles.banner}
            data-testid="preview-banner"
          >
            <MessageBarBody>
              {ui.preview.banner}{" "}
              <Link
                href={`?host=${other}`}
                onClick={switchTo}
                data-testid="switch-pane"
              >
                {other === "word"
                  ? ui.preview.switchToWord
                  : ui.preview.switchToExcel}
              </Link>
            </MessageBarBody>
          </MessageBar>
          <React.Suspense fallback={null}>
            {pane === "word" ? (
              <DocumentView document={host.document} />
            ) : (
              <WorkbookGrid workbook={host.workbook} />
            )}
          </React.Suspense>
        </section>
        <div className={styles.pane} data-testid="task-pane">
          <App host={host} pane={pane} key={pane} />
        </div>
      </div>
    </FluentProvider>
  );
}
