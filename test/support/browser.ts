/** Launching Debian's chromium with playwright-core, offline: the Office CDN is refused, so the
 *  page takes the same path as a machine with no network (the preview host). Helpers drive the
 *  pane as a person does — the mouse on the control's box — keep screenshots that must show
 *  something, and scan pages with axe-core. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  chromium,
  type Browser,
  type Locator,
  type Page,
} from "playwright-core";
import { PNG } from "pngjs";
import { artifactsDir } from "./dist";
import { CHROMIUM, CHROMIUM_ARGS } from "./tools";

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The task pane's size in Office, and a desktop browser window. */
export const PANE = { width: 320, height: 700 } as const;
export const WIDE = { width: 1280, height: 800 } as const;

/** What a test sets before the page loads: a browser's user agent, routes and listeners. */
export interface OpenOptions {
  readonly userAgent?: string;
  /** Runs after the page is created and before it navigates. */
  readonly beforeGoto?: (page: Page) => Promise<void>;
}

/** A new page that records uncaught errors and blocks every non-loopback request. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = WIDE,
  options: OpenOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    locale: "vi-VN",
    acceptDownloads: true,
    // No colour transitions half-way when a screenshot or a scan is taken.
    reducedMotion: "reduce",
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.abort("internetdisconnected"),
  );
  await options.beforeGoto?.(page);
  await page.goto(url);
  return { page, errors };
}

/** Clicks the middle of the control's box with the mouse, as a person does (no programmatic
 *  selection, no keyboard): fails when the control is hidden or covered by something else. */
export async function clickBox(
  page: Page,
  target: Locator,
  options: { double?: boolean } = {},
): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  // The first box of the element (a link wrapped over two lines has one per line).
  const point = await target.evaluate((el) => {
    const r = el.getClientRects()[0];
    if (!r) return null;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return {
      x,
      y,
      covering:
        hit && el.contains(hit)
          ? null
          : (hit?.outerHTML.slice(0, 160) ?? "nothing"),
    };
  });
  if (!point) throw new Error(`not visible: ${target}`);
  if (point.covering)
    throw new Error(`${target} is covered at its centre by ${point.covering}`);
  await page.mouse.click(point.x, point.y, {
    clickCount: options.double ? 2 : 1,
  });
}

/** Share of the pixels taken by the most common colour, and the number of colours. */
export function pixelStats(png: Buffer): { dominant: number; colours: number } {
  const { data, width, height } = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    // Quantised to 4 bits a channel, so antialiasing does not inflate the count.
    const key =
      ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    dominant: Math.max(...counts.values()) / (width * height),
    colours: counts.size,
  };
}

/** Saves a screenshot in test-artifacts/ and fails when it is blank or nearly uniform (a white
 *  sheet over the pane, a page that did not render). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  await settled(page);
  const path = join(artifactsDir(), `${name}.png`);
  const png = await page.screenshot({ path, fullPage: options.fullPage });
  const { dominant, colours } = pixelStats(png);
  if (dominant > 0.99 || colours < 12)
    throw new Error(
      `screenshot ${name} is nearly uniform (${(dominant * 100).toFixed(1)} % one colour, ${colours} colours)`,
    );
  return path;
}

/** Waits for running CSS transitions and animations (a button fading from disabled to enabled)
 *  to end, so that colours are read as the user finally sees them. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * axe-core over the whole page; returns the serious and critical violations of our own markup.
 * Left out, and only these: Tabster's focus-trapping dummy elements (`data-tabster-dummy`), which
 * Fluent UI places inside tab lists on purpose and which Fluent and Accessibility Insights list as
 * a known false positive of `aria-hidden-focus` (microsoft/fluentui#25133, microsoft/tabster#288).
 * Every scan's full result is kept in test-artifacts/axe-<name>.json.
 */
export async function axeScan(
  page: Page,
  name: string,
): Promise<AxeViolation[]> {
  await page.mouse.move(0, 0);
  await settled(page);
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy refuses an
  // inline <script> (page.addScriptTag), as it should.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            options: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { html: string; target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    return axe.run({ resultTypes: ["violations"] });
  });
  writeFileSync(
    join(artifactsDir(), `axe-${name}.json`),
    JSON.stringify(result.violations, null, 2),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes
        .filter(
          (n) =>
            !(
              v.id === "aria-hidden-focus" &&
              n.html.includes("data-tabster-dummy")
            ),
        )
        .map((n) => n.target.join(" ")),
    }))
    .filter((v) => v.targets.length > 0);
}
