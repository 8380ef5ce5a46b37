import { FluentProvider, makeStyles, Tab, TabList, Text, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import type { HostContext, ThemeKind } from "../host";
import { ChecksPage } from "../pages/checks-page";
import { ReportPage } from "../pages/report-page";
import { TemplatesPage } from "../pages/templates-page";
import { ui } from "../strings";
import { useOfficeTheme } from "./use-office-theme";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minHeight: "100vh", boxSizing: "border-box" },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: "24px", height: "24px" },
  host: { marginLeft: "auto", color: tokens.colorNeutralForeground3 },
  page: { padding: tokens.spacingHorizontalM, overflowY: "auto", flexGrow: 1 },
});

export type PageId = "templates" | "checks" | "report";

/** The pages each host offers: Excel (and its preview) all three, Word the report only. */
export function pagesFor(pane: HostContext["pane"]): readonly PageId[] {
  return pane === "word" ? ["report"] : ["templates", "checks", "report"];
}

/** The task pane: header, navigation, the chosen page. Office calls come only through `host`. */
export function App({ host }: { host: HostContext }) {
  const styles = useStyles();
  const theme: ThemeKind = useOfficeTheme(host);
  const pages = pagesFor(host.pane);
  const [page, setPage] = React.useState<PageId>(pages[0]);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.root} data-theme={theme}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Text weight="semibold" size={400}>
          {ui.appTitle}
        </Text>
        <Text size={200} className={styles.host} data-testid="host-kind">
          {host.kind === "preview" ? ui.hosts.preview : ui.hosts[host.kind]}
        </Text>
      </header>
      <TabList selectedValue={page} onTabSelect={(_, d) => setPage(d.value as PageId)} aria-label={ui.nav.label}>
        {pages.map((p) => (
          <Tab key={p} value={p} data-testid={`nav-${p}`}>
            {ui.nav[p]}
          </Tab>
        ))}
      </TabList>
      <main className={styles.page} data-testid={`page-${page}`}>
        {page === "templates" && <TemplatesPage host={host} />}
        {page === "checks" && <ChecksPage host={host} />}
        {page === "report" && <ReportPage host={host} />}
      </main>
    </FluentProvider>
  );
}
