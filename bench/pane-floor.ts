/* The floor pages of the pane bench: the built pane's own HTML page (same skeleton, stylesheet,
 * CSP and compat.js) with its script swapped for (a) nothing, (b) React alone, (c) the first
 * screen in React + Fluent alone — bundled here by esbuild, minified, production React. Opened
 * like the pane, they show how much of its start-up the stack takes before any app code runs. */
import { build } from "esbuild";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FloorPage {
  readonly label: string;
  /** Path under the served folder. */
  readonly file: string;
  /** Whether the page renders the pane's primary button (the script-less page does not). */
  readonly interactive: boolean;
}

const SCRIPTS: readonly { label: string; entry: string | null }[] = [
  { label: "the page alone (skeleton, no script)", entry: null },
  { label: "React alone, one button", entry: "react-alone.tsx" },
  {
    label: "React + Fluent, the first screen alone",
    entry: "fluent-first-screen.tsx",
  },
];

/** Writes the floor pages into a fresh folder holding a copy of dist/; `dispose` removes it. */
export async function buildFloorPages(
  dist: string,
): Promise<{ dir: string; pages: FloorPage[]; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "dvk-pane-floor-"));
  cpSync(dist, dir, { recursive: true });
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // The pane's own scripts out (functions.js; taskpane.js, whose place the floor's script takes);
  // office.js and compat.js stay.
  const tag = (f: string) =>
    new RegExp(`<script\\b[^>]*\\bsrc="?${f}\\.js"?[^>]*><\\/script>`);
  if (!tag("taskpane").test(html))
    throw new Error("taskpane.html: the pane's script tag was not found");
  const bare = html.replace(tag("functions"), "");
  const pages: FloorPage[] = [];
  for (const [i, s] of SCRIPTS.entries()) {
    const name = `floor-${i}`;
    if (s.entry)
      await build({
        entryPoints: [join(__dirname, "pane-floor", s.entry)],
        outfile: join(dir, `${name}.js`),
        bundle: true,
        minify: true,
        jsx: "automatic",
        target: "es2020",
        define: { "process.env.NODE_ENV": '"production"' },
        logLevel: "error",
      });
    const page = bare.replace(
      tag("taskpane"),
      s.entry ? `<script defer src="${name}.js"></script>` : "",
    );
    writeFileSync(join(dir, `${name}.html`), page);
    pages.push({
      label: s.label,
      file: `${name}.html`,
      interactive: !!s.entry,
    });
  }
  return {
    dir,
    pages,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
