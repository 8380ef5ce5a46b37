import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import {
  paneOf,
  type HostContext,
  type PaneKind,
  type ThemeKind,
} from "../host";
import { TemplatesPage } from "../pages/templates-page";
import { ui } from "../strings";
import { useOfficeTheme } from "./use-office-theme";

// The first screen (Mẫu biểu) is in the pane's first chunk; the other pages, with the core they
// use (checks, reports, zod schemas), are chunks of their own, fetched when their tab is first
// opened (not prefetched: on a slow PC those requests compete with the first screen's own). The
// Word pane's only page starts loading as it renders.
const ChecksPage = React.lazy(() =>
  import(/* webpackChunkName: "checks-page" */ "../pages/checks-page").then(
    (m) => ({ default: m.ChecksPage }),
  ),
);
const ExcelReportPage = React.lazy(() =>
  import(
    /* webpackChunkName: "excel-report-page" */ "../pages/excel-report-page"
  ).then((m) => ({ default: m.ExcelReportPage })),
);
const WordReportPage = React.lazy(() =>
  import(
    /* webpackChunkName: "word-report-page" */ "../pages/word-report-page"
  ).then((m) => ({ default: m.WordReportPage })),
);

/** Runs `f` after `delayMs`, once the page has nothing else to do; returns the cancel. */
function later(f: () => void, delayMs: number): () => void {
  const w = window as Window & {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (w.requestIdleCallback)
      idle = w.requestIdleCallback(f, { timeout: 2000 });
    else f();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) w.cancelIdleCallback?.(idle);
  };
}

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
  host: {
    marginLeft: "auto",
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
  },
  page: { padding: tokens.spacingHorizontalM, overflowY: "auto", flexGrow: 1 },
});

export type PageId = "templates" | "checks" | "report";

/** The pages each pane offers: Excel (and its preview) all three, Word the report only. */
export function pagesFor(pane: PaneKind): readonly PageId[] {
  return pane === "word" ? ["report"] : ["templates", "checks", "report"];
}

/** The task pane: header, navigation, the chosen page. Office calls come only through `host`;
 *  `pane` overrides which pane the preview shows. */
export function App({
  host,
  pane = paneOf(host),
}: {
  host: HostContext;
  pane?: PaneKind;
}) {
  const styles = useStyles();
  const theme: ThemeKind = useOfficeTheme(host);
  const pages = pagesFor(pane);
  const [page, setPage] = React.useState<PageId>(pages[0]);
  // A page whose code is not loaded yet: the current page stays (marked busy) until it arrives,
  // then both switch together — no spinner flashing in between.
  const [switching, startSwitch] = React.useTransition();
  const shown = pages.includes(page) ? page : pages[0];
  // A package sent to Word and never taken does not stay: removed as either pane opens after a day.
  // Housekeeping, not urgent: its code (the package schema, the report kinds) loads a few seconds
  // after the first screen, when the pane is idle.
  React.useEffect(() => {
    const storage = host.storage;
    if (!storage) return;
    return later(() => {
      void import(/* webpackChunkName: "package" */ "../../core/report/package")
        .then(({ removeStalePackage }) => removeStalePackage(storage))
        .catch(() => undefined);
    }, 5000);
  }, [host.storage]);
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      data-theme={theme}
    >
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
          <TabList
            selectedValue={shown}
            onTabSelect={(_, d) =>
              startSwitch(() => setPage(d.value as PageId))
            }
            aria-label={ui.nav.label}
          >
            {pages.map((p) => (
              <Tab key={p} value={p} data-testid={`nav-${p}`}>
                {ui.nav[p]}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main
          className={styles.page}
          data-testid={`page-${shown}`}
          aria-busy={switching || undefined}
        >
          <React.Suspense
            fallback={
              <Spinner
                size="small"
                label={ui.loadingPage}
                data-testid="page-loading"
              />
            }
          >
            <PageOf host={host} pane={pane} page={shown} />
          </React.Suspense>
        </main>
      </div>
    </FluentProvider>
  );
}

/** The page's component with the adapters it needs. */
function PageOf({
  host,
  pane,
  page,
}: {
  host: HostContext;
  pane: PaneKind;
  page: PageId;
}) {
  const common = { storage: host.storage, canDownload: host.canDownload };
  if (pane === "word" || host.kind === "word") {
    const document = host.kind === "excel" ? null : host.document;
    return document ? <WordReportPage document={document} {...common} /> : null;
  }
  if (page === "templates") return <TemplatesPage workbook={host.workbook} />;
  if (page === "checks") return <ChecksPage workbook={host.workbook} />;
  return <ExcelReportPage workbook={host.workbook} {...common} />;
}
