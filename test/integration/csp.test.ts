/* The pages' Content-Security-Policy (scripts/csp.cjs) and the old-webview page, in Chromium on
 * the built dist/: every page carries the policy before any script; the pane works under it,
 * driven with the mouse at task-pane size, with no violation reported; a script injected into
 * the page does not run and is reported (and runs on the same page without the policy, so the
 * check can fail); the Vietnamese "this Office is too old" page shows when the bundle cannot
 * run and never on a working pane. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  clickBox,
  launch,
  openPage,
  PANE,
  screenshot,
  type OpenOptions,
} from "../support/browser";
import { requireDist } from "../support/dist";
import { serveDir } from "../support/static-server";
import { requireTool } from "../support/tools";

const { contentSecurityPolicy, cspDirectives } =
  require("../../scripts/csp.cjs") as {
    contentSecurityPolicy: (o?: { dev?: boolean }) => string;
    cspDirectives: (o?: { dev?: boolean }) => string[][];
  };

jest.setTimeout(90_000);

const haveChromium = requireTool("chromium");
const d = haveChromium ? describe : describe.skip;

const PAGES = ["taskpane.html", "word.html", "help.html"] as const;
const OLD_WEBVIEW = "Phiên bản Office này chưa hỗ trợ tiện ích DVK";
/** Edge Legacy's (EdgeHTML 18) user agent, as Office 2019 on Windows 10 reports it. */
const EDGE_HTML_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
let dist: string;
beforeAll(async () => {
  if (!haveChromium) return;
  dist = requireDist();
  server = await serveDir(dist);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose policy violations (the document's own event, from its first script on) and
 *  console CSP messages are recorded. */
async function watched(path: string, options: OpenOptions = {}) {
  const consoleCsp: string[] = [];
  const { page, errors } = await openPage(
    browser,
    `${server.url}/${path}`,
    PANE,
    {
      ...options,
      beforeGoto: async (p) => {
        p.on("console", (m) => {
          if (/Content Security Policy/i.test(m.text()))
            consoleCsp.push(m.text());
        });
        await p.addInitScript(() => {
          const w = window as unknown as { __violations: string[] };
          w.__violations = [];
          document.addEventListener("securitypolicyviolation", (e) =>
            w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
          );
        });
        await options.beforeGoto?.(p);
      },
    },
  );
  const violations = () =>
    page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
  return { page, errors, consoleCsp, violations };
}

/** Injects script three ways an attacker's markup would: an inline event handler, a <script>
 *  element with inline text, and eval; returns which of them ran. */
async function inject(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    document.body.insertAdjacentHTML(
      "beforeend",
      `<img src="missing.png" onerror="window.__ranHandler = 1" alt="">`,
    );
    const s = document.createElement("script");
    s.textContent = "window.__ranScript = 1;";
    document.body.appendChild(s);
    // A string for code, compiled by the page when the timer fires (code evaluated from the
    // test itself would bypass the policy, as DevTools does).
    (setTimeout as unknown as (code: string, ms: number) => void)(
      "window.__ranEval = 1",
      0,
    );
    await new Promise((r) => setTimeout(r, 500));
    return ["__ranHandler", "__ranScript", "__ranEval"].filter(
      (k) => w[k] === 1,
    );
  });
}

d("the Content-Security-Policy", () => {
  test("is strict: scripts from the add-in and office.js only, no inline script, no eval in production", () => {
    const prod = contentSecurityPolicy();
    const dirs = new Map(cspDirectives().map(([k, ...v]) => [k, v]));
    expect(dirs.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
    ]);
    expect(dirs.get("object-src")).toEqual(["'none'"]);
    expect(dirs.get("base-uri")).toEqual(["'self'"]);
    expect(dirs.get("form-action")).toEqual(["'none'"]);
    expect(prod).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Development only adds eval (webpack's eval-source-map) and the live-reload socket.
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
    // office.js is loaded from the origin the policy names.
    const template = readFileSync(
      join(__dirname, "../../src/taskpane/taskpane.html"),
      "utf8",
    );
    const origins = [
      ...template.matchAll(/<script[^>]*\bsrc="(https:\/\/[^/"]+)/g),
    ].map((m) => m[1]);
    expect(origins).toEqual(["https://appsforoffice.microsoft.com"]);
  });

  test("the dev server sends the same policy as a header (with the development relaxations)", async () => {
    const config = require("../../webpack.config.js") as (
      env: object,
      o: { mode: string },
    ) => Promise<{ devServer: { headers: Record<string, string> } }>;
    expect(
      (await config({}, { mode: "development" })).devServer.headers[
        "Content-Security-Policy"
      ],
    ).toBe(contentSecurityPolicy({ dev: true }));
    expect(
      (await config({}, { mode: "production" })).devServer.headers[
        "Content-Security-Policy"
      ],
    ).toBe(contentSecurityPolicy());
  });

  test.each(PAGES)(
    "%s: the policy is the first thing in <head>, and no script is inline",
    async (path) => {
      const html = readFileSync(join(dist, path), "utf8");
      const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
      const meta =
        /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(
          head,
        );
      expect(meta?.[1]).toBe(contentSecurityPolicy());
      // Only the charset comes before it: everything else (office.js first) is governed.
      expect(head.indexOf(meta![0])).toBeLessThan(
        head.search(/<script|<link|<style|<title/i),
      );
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/<style|\sstyle=/i);
      const { page, violations } = await watched(path);
      expect(
        await page
          .locator('meta[http-equiv="Content-Security-Policy"]')
          .getAttribute("content"),
      ).toBe(contentSecurityPolicy());
      await page.waitForLoadState("load");
      expect(await violations()).toEqual([]);
    },
  );

  test("the pane works under it, with the mouse at 320×700: templates inserted, the book checked, no violation", async () => {
    const { page, errors, consoleCsp, violations } =
      await watched("taskpane.html");
    await page.getByTestId("page-templates").waitFor();
    await clickBox(page, page.getByTestId("level"));
    await clickBox(
      page,
      page.getByRole("option", { name: "THCS", exact: true }),
    );
    await page.getByRole("listbox").waitFor({ state: "hidden" });
    await clickBox(page, page.getByTestId("insert-templates"));
    await page
      .getByTestId("insert-outcomes")
      .getByText("Đã thêm sheet “Học sinh”.")
      .waitFor();
    await clickBox(page, page.getByTestId("nav-checks"));
    await clickBox(page, page.getByTestId("run-checks"));
    await page.getByTestId("check-counts").waitFor();
    // Fluent's styles got in (its <style> elements are admitted by the empty-content hash).
    const rules = await page.evaluate(() =>
      [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0),
    );
    expect(rules).toBeGreaterThan(200);
    await screenshot(page, "csp-320-kiem-tra");
    expect(await violations()).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the Word page works under it: the report page with its sources, no violation", async () => {
    const { page, errors, consoleCsp, violations } = await watched("word.html");
    await page.getByTestId("page-report").waitFor();
    await clickBox(page, page.getByTestId("report-kind"));
    await clickBox(page, page.getByRole("option").first());
    await page.getByRole("listbox").waitFor({ state: "hidden" });
    await screenshot(page, "csp-320-word");
    expect(await violations()).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a script injected into the pane does not run and is reported", async () => {
    const { page, violations } = await watched("taskpane.html");
    await page.getByTestId("page-templates").waitFor();
    expect(await inject(page)).toEqual([]);
    const seen = await violations();
    expect(seen.some((v) => v.startsWith("script-src-attr"))).toBe(true);
    expect(
      seen.some((v) => v.startsWith("script-src-elem") && v.endsWith("inline")),
    ).toBe(true);
    expect(
      seen.some((v) => v.startsWith("script-src") && v.endsWith("eval")),
    ).toBe(true);
  });

  test("control: the same page without its policy runs all three (so the check above can fail)", async () => {
    const { page } = await watched("taskpane.html", {
      beforeGoto: async (p) => {
        await p.route("**/taskpane.html", (route) =>
          route.fulfill({
            contentType: "text/html; charset=utf-8",
            body: readFileSync(join(dist, "taskpane.html"), "utf8").replace(
              /<meta http-equiv="?Content-Security-Policy"?[^>]*>/i,
              "",
            ),
          }),
        );
      },
    });
    await page.getByTestId("page-templates").waitFor();
    expect(await inject(page)).toEqual([
      "__ranHandler",
      "__ranScript",
      "__ranEval",
    ]);
  });
});

test("compat.js is ES5: it must parse in Internet Explorer 11", () => {
  // acorn: webpack's own parser.
  const { parse } = require("acorn") as {
    parse: (src: string, o: { ecmaVersion: number }) => unknown;
  };
  const src = readFileSync(
    join(__dirname, "../../src/taskpane/compat.js"),
    "utf8",
  );
  expect(() => parse(src, { ecmaVersion: 5 })).not.toThrow();
  expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
});

d("an Office whose webview cannot run the pane", () => {
  const message = (page: Page) => page.locator("#dvk-old-webview");

  test("a working pane never shows the message: hidden while the bundle loads, gone once it starts", async () => {
    let whileLoading: string | null = null;
    const { page, errors } = await watched("taskpane.html", {
      // The bundle held back a moment: the page as it stands before any of the pane's code ran.
      beforeGoto: async (p) => {
        await p.route("**/taskpane.js", async (route) => {
          await p.waitForSelector("#dvk-old-webview", { state: "attached" });
          await p.waitForTimeout(1000);
          whileLoading = await p.evaluate(
            () =>
              getComputedStyle(
                document.getElementById("dvk-old-webview") as Element,
              ).visibility,
          );
          await route.continue();
        });
      },
    });
    expect(whileLoading).toBe("hidden");
    await page.getByTestId("page-templates").waitFor();
    expect(await message(page).count()).toBe(0);
    expect(await page.getByText(OLD_WEBVIEW).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test("the bundle blocked (an engine that cannot run it): the Vietnamese page appears by itself", async () => {
    const { page, violations } = await watched("taskpane.html", {
      beforeGoto: async (p) => {
        await p.route("**/taskpane.js", (route) => route.abort("failed"));
      },
    });
    await message(page).waitFor({ state: "visible", timeout: 20_000 });
    const text = await message(page).innerText();
    expect(text.normalize("NFC")).toBe(text);
    expect(text).toContain(OLD_WEBVIEW);
    expect(text).toContain("Excel trên web");
    expect(text).toContain("lệnh dvk");
    expect(text).toContain("Microsoft 365 hoặc Office 2021 trở lên");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      OLD_WEBVIEW,
    );
    await screenshot(page, "old-webview-320");
    expect(await violations()).toEqual([]);
  });

  test.each([
    ["EdgeHTML (Edge Legacy)", { userAgent: EDGE_HTML_UA }],
    [
      "Internet Explorer 11",
      {
        beforeGoto: async (p: Page) => {
          await p.addInitScript(() =>
            Object.defineProperty(document, "documentMode", {
              value: 11,
              configurable: true,
            }),
          );
        },
      },
    ],
  ] as const)(
    "%s: compat.js shows the page at once and the pane does not start",
    async (_name, options) => {
      const { page, errors } = await watched("word.html", options);
      await page.waitForLoadState("load");
      expect(
        await page.evaluate(
          () => document.getElementById("dvk-old-webview")?.className,
        ),
      ).toBe("dvk-old-webview dvk-shown");
      expect(await message(page).isVisible()).toBe(true);
      expect(
        await page.evaluate(() => document.body.dataset.host ?? null),
      ).toBeNull();
      expect(await page.getByTestId("task-pane").count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  test("an Excel without ExcelApi 1.4 (Office 2016 volume licence): a plain Vietnamese sentence, not the pane", async () => {
    const { page, errors } = await watched("taskpane.html", {
      beforeGoto: async (p) => {
        // A stand-in for office.js in such an Excel: it reports the host and ExcelApi 1.1 only.
        await p.addInitScript(() => {
          (window as unknown as { Office: unknown }).Office = {
            onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
            HostType: { Excel: "Excel", Word: "Word" },
            PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
            context: {
              platform: "PC",
              requirements: {
                isSetSupported: (name: string, v: string) =>
                  name === "ExcelApi" && Number(v) <= 1.1,
              },
            },
          };
        });
      },
    });
    await page.waitForFunction(
      () => document.body.dataset.host === "unsupported",
    );
    const text = await page.locator("#root").innerText();
    expect(text).toContain("Excel trên máy này quá cũ cho tiện ích DVK");
    expect(text).toContain("Excel trên web");
    expect(await page.getByRole("alert").isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Phiên bản Excel này chưa hỗ trợ tiện ích DVK",
    );
    expect(await page.getByTestId("task-pane").count()).toBe(0);
    await screenshot(page, "excel-too-old-320");
    expect(errors).toEqual([]);
  });
});
