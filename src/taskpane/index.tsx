/* Task pane entry: detect the host, then render the app (or the preview shell around it). */
import "./no-eval";
import { createRoot } from "react-dom/client";
import { App } from "./components/app";
import { detectHost } from "./host";
import { ui } from "./strings";

async function boot(): Promise<void> {
  // compat.js found Internet Explorer or EdgeHTML and shows the page's message instead.
  if (document.documentElement.classList.contains("dvk-old")) return;
  const rootEl = document.getElementById("root") as HTMLElement;
  // The bundle runs: the old-webview message the page holds (hidden until then) goes, and the
  // page's skeleton (header, tabs, "Đang khởi động…") stays until the first render replaces it.
  document.getElementById("dvk-old-webview")?.remove();
  document.documentElement.classList.add("dvk-started");
  const host = await detectHost();
  // Every read of the Excel adapter needs ExcelApi 1.4 (used ranges, intersections, names):
  // older Excel gets a plain sentence rather than an Office error at the first click.
  if (
    host.kind === "excel" &&
    !Office.context.requirements.isSetSupported("ExcelApi", "1.4")
  ) {
    // The page's own "cannot run" box (styled by taskpane.css, no inline style under the CSP).
    const box = document.createElement("div");
    box.className = "dvk-old-webview dvk-shown";
    box.setAttribute("role", "alert");
    const h1 = document.createElement("h1");
    h1.textContent = ui.excelTooOldTitle;
    const p = document.createElement("p");
    p.textContent = ui.excelTooOld;
    box.append(h1, p);
    rootEl.replaceChildren(box);
    document.body.dataset.host = "unsupported";
    return;
  }
  const root = createRoot(rootEl);
  if (host.kind === "preview") {
    const { PreviewShell } = await import(
      /* webpackChunkName: "preview" */ "./preview/preview-shell"
    );
    root.render(<PreviewShell host={host} />);
  } else {
    root.render(<App host={host} />);
  }
  document.body.dataset.host = host.kind;
}

void boot();
