import { FluentProvider, makeStyles, Tab, TabList, Text, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { removeStalePackage } from "../../core/report/package";
import { paneOf, type HostContext, type PaneKind, type ThemeKind } from "../host";
import { ChecksPage } from "../pages/checks-page";
import { ExcelReportPage } from "../pages/excel-report-page";
import { TemplatesPage } from "../pages/templates-page";
import { WordReportPage } from "../pages/word-report-page";
import { ui } from "../strings";
import { useOfficeTheme } from "./use-office-theme";

// Layout lives on a div inside the provider, never on FluentProvider itself: Fluent copies the
// provider's class names onto the portal nodes of dropdown lists, so a full-height background
// there would cover the whole pane whenever a list opens.
const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: "100vh",
    boxSizing: "border-box",
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: "24px", height: "24px" },
  title: { margin: 0 },
  host: { marginLeft: "auto", color: tokens.colorNeutralForeground3, textAlign: "right" },
  page: { padding: tokens.spacingHorizontalM, overflowY: "auto", flexGrow: 1 },
});

export type PageId = "templates" | "checks" | "report";

/** The pages each pane offers: Excel (and its preview) all three, Word the report only. */
export function pagesFor(pane: PaneKind): readonly PageId[] {
  return pane === "word" ? ["report"] : ["templates", "checks", "report"];
}

/** The task pane: header, navigation, the chosen page. Office calls come only through `host`;
 *  `pane` overrides which pane the preview shows. */
export function App({ host, pane = paneOf(host) }: { host: HostContext; pane?: PaneKind }) {
  const styles = useStyles();
  const theme: ThemeKind = useOfficeTheme(host);
  const pages = pagesFor(pane);
  const [page, setPage] = React.useState<PageId>(pages[0]);
  const shown = pages.includes(page) ? page : pages[0];
  // A package sent to Word and never taken does not stay: removed as either pane opens after a day.
  React.useEffect(() => {
    if (host.storage) void removeStalePackage(host.storage).catch(() => undefined);
  }, [host.storage]);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} data-theme={theme}>
      <div className={styles.root}>
        <header className={styles.header}>
          <img className={styles.logo} src="assets/icon-32.png" alt="" />
          <Text as="h1" weight="semibold" size={400} className={styles.title}>
            {ui.appTitle}
          </Text>
          <Text size={200} className={styles.host} data-testid="host-kind">
            {host.kind === "preview" ? ui.hosts.preview : ui.hosts[host.kind]}
          </Text>
        </header>
        <nav aria-label={ui.nav.label}>
          <TabList selectedValue={shown} onTabSelect={(_, d) => setPage(d.value as PageId)} aria-label={ui.nav.label}>
            {pages.map((p) => (
              <Tab key={p} value={p} data-testid={`nav-${p}`}>
                {ui.nav[p]}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.page} data-testid={`page-${shown}`}>
          <PageOf host={host} pane={pane} page={shown} />
        </main>
      </div>
    </FluentProvider>
  );
}

/** The page's component with the adapters it needs. */
function PageOf({ host, pane, page }: { host: HostContext; pane: PaneKind; page: PageId }) {
  const common = { storage: host.storage, canDownload: host.canDownload };
  if (pane === "word" || host.kind === "word") {
    const document = host.kind === "excel" ? null : host.document;
    return document ? <WordReportPage document={document} {...common} /> : null;
  }
  if (page === "templates") return <TemplatesPage workbook={host.workbook} />;
  if (page === "checks") return <ChecksPage workbook={host.workbook} />;
  return <ExcelReportPage workbook={host.workbook} {...common} />;
}
