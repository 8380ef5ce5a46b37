/** Launching Debian's chromium with playwright-core, offline: the Office CDN is refused, so the
 *  page takes the same path as a machine with no network (the preview host). */
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./tools";

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A new page that records uncaught errors and blocks every non-loopback request. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    locale: "vi-VN",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.abort("internetdisconnected"),
  );
  await page.goto(url);
  return { page, errors };
}
