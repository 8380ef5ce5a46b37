/* Host detection: Excel, Word, or the browser preview (no Office). */
import type { WorkbookHost } from "../core/workbook/types";
import type { MemoryWorkbook } from "../core/workbook/memory-workbook";
import type { MemoryDocument } from "./preview/memory-document";
import type { DocumentHost } from "./word/word-document";

/** Where the Excel pane leaves the report package for the Word pane. */
export interface PackageStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  /** The Word pane removes the package as it takes it. */
  remove(key: string): Promise<void>;
}

export type ThemeKind = "light" | "dark";
export type PaneKind = "excel" | "word";

interface HostBase {
  readonly theme: ThemeKind;
  /** OfficeRuntime.storage where the host has it (not on Mac); localStorage in the preview. */
  readonly storage: PackageStore | null;
  /** Whether a file download from the pane works here (not in WebView2 on Windows, nor on Mac). */
  readonly canDownload: boolean;
}

/** What the UI receives: which host it runs in and the adapters that host has. */
export type HostContext =
  | (HostBase & { readonly kind: "excel"; readonly workbook: WorkbookHost })
  | (HostBase & { readonly kind: "word"; readonly document: DocumentHost })
  | (HostBase & {
      readonly kind: "preview";
      /** Which pane the preview shows first ("excel", or "word" with ?host=word / word.html). */
      readonly pane: PaneKind;
      readonly workbook: MemoryWorkbook;
      readonly document: MemoryDocument;
    });

/** The pane a host shows. */
export function paneOf(host: HostContext): PaneKind {
  return host.kind === "preview" ? host.pane : host.kind;
}

/** The pane the preview shows for a URL: `?host=word` / `?host=excel`, else the page's own. */
export function previewPane(params: URLSearchParams, page: PaneKind): PaneKind {
  const asked = params.get("host");
  return asked === "word" || asked === "excel" ? asked : page;
}

/** OfficeRuntime.storage, when this host offers it. */
function runtimeStorage(win: Window): PackageStore | null {
  const rt = (
    win as unknown as {
      OfficeRuntime?: {
        storage?: {
          getItem(k: string): Promise<string | null>;
          setItem(k: string, v: string): Promise<void>;
          removeItem(k: string): Promise<void>;
        };
      };
    }
  ).OfficeRuntime;
  const st = rt?.storage;
  return st
    ? {
        get: (k) => st.getItem(k),
        set: (k, v) => st.setItem(k, v),
        remove: (k) => st.removeItem(k),
      }
    : null;
}

/** The key read once to see whether a store answers (never written). */
const PROBE_KEY = "dvk.probe";

/** The store when it answers a read within `timeoutMs`, else null: OfficeRuntime.storage is
 *  documented for the shared runtime, and whether a Word pane without one has a working store
 *  is not, so its presence is tried rather than assumed. */
export async function usableStorage(
  store: PackageStore | null,
  timeoutMs = 1500,
): Promise<PackageStore | null> {
  if (!store) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answered = await Promise.race([
      store.get(PROBE_KEY).then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    return answered ? store : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** How long to wait for Office.onReady before deciding there is no Office. */
const READY_TIMEOUT_MS = 4000;

/** Resolves the host: Office.onReady's host when office.js loaded inside Office, else preview. */
export async function detectHost(win: Window = window): Promise<HostContext> {
  const params = new URLSearchParams(win.location.search);
  const office = (win as unknown as { Office?: typeof Office }).Office;
  let host: Office.HostType | null = null;
  if (office?.onReady) {
    const info = await Promise.race([
      office.onReady(),
      new Promise<null>((resolve) =>
        setTimeout(() => resolve(null), READY_TIMEOUT_MS),
      ),
    ]);
    host = info?.host ?? null;
  }
  if (
    office &&
    (host === office.HostType.Excel || host === office.HostType.Word)
  ) {
    const supported = (name: string, v: string) =>
      office.context.requirements.isSetSupported(name, v);
    const base: HostBase = {
      theme: officeTheme(office),
      storage: await usableStorage(runtimeStorage(win)),
      canDownload: office.context.platform === office.PlatformType.OfficeOnline,
    };
    if (host === office.HostType.Excel) {
      const { createExcelWorkbook } = await import(
        /* webpackChunkName: "excel" */ "./excel/excel-workbook"
      );
      return {
        ...base,
        kind: "excel",
        workbook: createExcelWorkbook((b) => Excel.run(b), supported),
      };
    }
    const { createWordDocument } = await import(
      /* webpackChunkName: "word" */ "./word/word-document"
    );
    return {
      ...base,
      kind: "word",
      document: createWordDocument((b) => Word.run(b), supported),
    };
  }
  const [{ createPreviewWorkbook }, { MemoryDocument }] = await Promise.all([
    import(/* webpackChunkName: "preview" */ "./preview/preview-workbook"),
    import(/* webpackChunkName: "preview" */ "./preview/memory-document"),
  ]);
  const pageHost = win.document.body.dataset.pageHost;
  const dark =
    params.get("theme") === "dark" ||
    (params.get("theme") !== "light" &&
      win.matchMedia?.("(prefers-color-scheme: dark)").matches);
  // The preview keeps the Excel → Word package in localStorage (one browser, both panes).
  const local: PackageStore = {
    get: async (k) => win.localStorage?.getItem(k) ?? null,
    set: async (k, v) => win.localStorage?.setItem(k, v),
    remove: async (k) => win.localStorage?.removeItem(k),
  };
  return {
    kind: "preview",
    pane: previewPane(params, pageHost === "word" ? "word" : "excel"),
    workbook: createPreviewWorkbook(),
    document: new MemoryDocument(new DOMParser()),
    theme: dark ? "dark" : "light",
    // ?storage=none shows the pane of an Office whose Excel → Word store does not answer.
    storage: params.get("storage") === "none" ? null : local,
    canDownload: true,
  };
}

/** Dark when Office's body background is dark (Office theme "Dark Gray" / "Black"), read from
 *  `Office.context.officeTheme` (Excel, Word: Windows, Mac, web, iPad); light where it is absent. */
export function officeTheme(office: typeof Office): ThemeKind {
  try {
    const bg = office.context?.officeTheme?.bodyBackgroundColor;
    return bg && luminance(bg) < 0.4 ? "dark" : "light";
  } catch {
    return "light";
  }
}

/** Where the pane hears that the user is back (window focus, document visibility). */
export interface ThemeEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** Excel and Word raise no theme event (OfficeThemeChanged is Outlook's): the theme is read
 *  again, cheaply, whenever the pane becomes visible or gets the focus. Returns the unsubscribe. */
export function followOfficeTheme(
  win: ThemeEvents,
  doc: ThemeEvents & { readonly visibilityState?: string },
  read: () => ThemeKind,
  set: (theme: ThemeKind) => void,
): () => void {
  const reread = () => {
    if (doc.visibilityState !== "hidden") set(read());
  };
  doc.addEventListener("visibilitychange", reread);
  win.addEventListener("focus", reread);
  return () => {
    doc.removeEventListener("visibilitychange", reread);
    win.removeEventListener("focus", reread);
  };
}

/** Relative luminance (0–1) of "#RRGGBB". */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
