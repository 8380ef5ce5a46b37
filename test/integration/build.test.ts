import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseXml, walk } from "../support/manifest";
import { DIST, requireDist, ROOT } from "../support/dist";
import { DVK_FUNCTIONS } from "../../src/core/functions/registry";

interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: {
    name: string;
    description?: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
    repeating?: boolean;
  }[];
  result: { type?: string; dimensionality?: string };
}

describe("npm run build output (dist/)", () => {
  beforeAll(() => requireDist());

  test("dist/manifest.xml has every URL rewritten to the production base URL", () => {
    const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    const base = process.env.DVK_PUBLIC_URL ?? "https://dvk.example.org/";
    const urls = walk(parseXml(xml)).flatMap((n) =>
      Object.entries(n.attrs)
        .filter(([k, v]) => !k.startsWith("xmlns") && /^https?:/.test(v))
        .map(([, v]) => v),
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(base)).toBe(true);
  });

  test("functions.json is generated from the JSDoc of every exported custom function", () => {
    const meta = JSON.parse(
      readFileSync(join(DIST, "functions.json"), "utf8"),
    ) as { functions: FunctionMeta[] };
    const source = readFileSync(
      join(ROOT, "src", "functions", "functions.ts"),
      "utf8",
    );
    const declared = [
      ...source.matchAll(/@customfunction\s+([A-Za-z0-9._]+)/g),
    ].map((m) => m[1]);
    const exported = [...source.matchAll(/^export function (\w+)/gm)].map(
      (m) => m[1],
    );
    expect(exported.length).toBeGreaterThanOrEqual(9);
    expect(declared).toHaveLength(exported.length);
    expect(meta.functions.map((f) => f.id).sort()).toEqual(
      [...declared].sort(),
    );
    for (const f of meta.functions) {
      expect(f.id).toMatch(/^[A-Za-z0-9._]+$/);
      expect(f.name).toBe(f.name.normalize("NFC"));
      expect(f.description && f.description.length).toBeGreaterThan(10);
      for (const p of f.parameters)
        expect(p.description?.normalize("NFC")).toBe(p.description);
    }
  });

  test("functions.json matches the DVK registry: names, parameter counts, optional and repeating", () => {
    const meta = JSON.parse(
      readFileSync(join(DIST, "functions.json"), "utf8"),
    ) as { functions: FunctionMeta[] };
    expect(meta.functions.map((f) => f.id)).toEqual(Object.keys(DVK_FUNCTIONS));
    for (const f of meta.functions) {
      const spec = DVK_FUNCTIONS[f.id];
      expect(f.name).toBe(f.id);
      expect(f.parameters.map((p) => p.name)).toEqual(
        spec.params.map((p) => p.name),
      );
      expect(f.parameters.map((p) => Boolean(p.optional))).toEqual(
        spec.params.map((p) => Boolean(p.optional)),
      );
      expect(f.parameters.map((p) => Boolean(p.repeating))).toEqual(
        spec.params.map((p) => Boolean(p.repeating)),
      );
    }
  });

  test("the custom-functions bundle carries no React and stays small", () => {
    const report = JSON.parse(
      readFileSync(join(DIST, "bundle-report.json"), "utf8"),
    );
    const fn = report.entries.functions;
    expect(
      fn.packages.filter((p: string) => /react|fluentui|griffel/.test(p)),
    ).toEqual([]);
    expect(fn.bytes).toBeLessThan(50 * 1024);
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html.indexOf("functions.js")).toBeGreaterThan(-1);
    expect(readFileSync(join(DIST, "word.html"), "utf8")).not.toContain(
      "functions.js",
    );
  });
});
