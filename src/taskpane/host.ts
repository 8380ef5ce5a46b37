/* Host detection: Excel, Word, or the browser preview (no Office). */
import { MemoryWorkbook } from "../core/workbook/memory-workbook";
import type { WorkbookHost } from "../core/workbook/types";
import type { DocumentHost } from "./word/word-document";

/** Where the Excel pane leaves the report package for the Word pane. */
export interface PackageStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

export type HostKind = "excel" | "word" | "preview";
export type ThemeKind = "light" | "dark";

/** What the UI receives: which host it runs in and the adapters for it. */
export interface HostContext {
  readonly kind: HostKind;
  /** Which pane the preview imitates ("excel" by default, "word" with ?host=word). */
  readonly pane: "excel" | "word";
  /** The workbook seam (Excel or in-memory); null in Word. */
  readonly workbook: WorkbookHost | null;
  /** The in-memory workbook behind the preview, for the preview grid. */
  readonly memory: MemoryWorkbook | null;
  readonly theme: ThemeKind;
  /** The Word document seam; null outside Word. */
  readonly document: DocumentHost | null;
  /** OfficeRuntime.storage where the host has it (not on Mac), else null. */
  readonly storage: PackageStore | null;
  /** Whether a file download from the pane works here (not in WebView2 on Windows, nor on Mac). */
  readonly canDownload: boolean;
}

/** OfficeRuntime.storage, when this host offers it. */
function runtimeStorage(win: Window): PackageStore | null {
  const rt = (
    win as unknown as {
      OfficeRuntime?: {
        storage?: {
          getItem(k: string): Promise<string | null>;
          setItem(k: string, v: string): Promise<void>;
        };
      };
    }
  ).OfficeRuntime;
  const st = rt?.storage;
  return st
    ? { get: (k) => st.getItem(k), set: (k, v) => st.setItem(k, v) }
    : null;
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
  if (office && host === office.HostType.Excel) {
    const { createExcelWorkbook } = await import(
      /* webpackChunkName: "excel" */ "./excel/excel-workbook"
    );
    const supported = (name: string, v: string) =>
      office.context.requirements.isSetSupported(name, v);
    return {
      kind: "excel",
      pane: "excel",
      workbook: createExcelWorkbook((b) => Excel.run(b), supported),
      memory: null,
      theme: officeTheme(office),
      document: null,
      storage: runtimeStorage(win),
      canDownload: office.context.platform === office.PlatformType.OfficeOnline,
    };
  }
  if (office && host === office.HostType.Word) {
    const { createWordDocument } = await import(
      /* webpackChunkName: "word" */ "./word/word-document"
    );
    const supported = (name: string, v: string) =>
      office.context.requirements.isSetSupported(name, v);
    return {
      kind: "word",
      pane: "word",
      workbook: null,
      memory: null,
      theme: officeTheme(office),
      document: createWordDocument((b) => Word.run(b), supported),
      storage: runtimeStorage(win),
      canDownload: office.context.platform === office.PlatformType.OfficeOnline,
    };
  }
  const memory = new MemoryWorkbook();
  const pageHost = win.document.body.dataset.pageHost;
  const pane =
    params.get("host") === "word" || pageHost === "word" ? "word" : "excel";
  const dark =
    params.get("theme") === "dark" ||
    (params.get("theme") !== "light" &&
      win.matchMedia?.("(prefers-color-scheme: dark)").matches);
  // The preview keeps the Excel → Word package in localStorage (one browser, both panes).
  const local: PackageStore = {
    get: async (k) => win.localStorage?.getItem(k) ?? null,
    set: async (k, v) => win.localStorage?.setItem(k, v),
  };
  return {
    kind: "preview",
    pane,
    workbook: memory,
    memory,
    theme: dark ? "dark" : "light",
    document: null,
    storage: local,
    canDownload: true,
  };
}

/** Dark when Office's body background is dark (Office theme "Dark Gray" / "Black"). */
export function officeTheme(office: typeof Office): ThemeKind {
  const bg = office.context?.officeTheme?.bodyBackgroundColor;
  return bg && luminance(bg) < 0.4 ? "dark" : "light";
}

/** Relative luminance (0–1) of "#RRGGBB". */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
