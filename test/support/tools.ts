/** Real applications the integration tests drive, and what happens when one is missing:
 *  on a developer machine the tests say so loudly and skip; with CI=true it is a failure. */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export const CHROMIUM = process.env.DVK_CHROMIUM ?? "/usr/bin/chromium";

function onPath(cmd: string): boolean {
  return (
    spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" })
      .status === 0
  );
}

/** Whether `tool` is usable; throws under CI when it is not. */
export function requireTool(
  tool: "chromium" | "soffice" | "pdftotext" | "pdftoppm",
): boolean {
  const ok = tool === "chromium" ? existsSync(CHROMIUM) : onPath(tool);
  if (ok) return true;
  const install =
    tool === "chromium"
      ? "apt-get install -y chromium"
      : tool === "soffice"
        ? "apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui"
        : "apt-get install -y poppler-utils";
  const message = `${tool} không có trên máy này (${install}).`;
  if (process.env.CI === "true")
    throw new Error(`CI: ${message} Integration tests need it.`);
  console.warn(
    `\n⚠⚠⚠ SKIPPING: ${message} The tests that need it are skipped. ⚠⚠⚠\n`,
  );
  return false;
}

/** Chromium flags for this sandboxed, offline machine. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
