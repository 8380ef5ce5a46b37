import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { parseXml, walk } from "../support/manifest";
import { DIST, requireDist } from "../support/dist";
import { dvkFunctions } from "../../src/core/functions/registry";
import { functionsMetadata } from "../../src/functions/metadata";

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

  test("functions.json is generated from the DVK registry: every function, in order, as Excel reads it", () => {
    const meta = JSON.parse(
      readFileSync(join(DIST, "functions.json"), "utf8"),
    ) as { functions: FunctionMeta[] };
    expect(meta).toEqual(functionsMetadata(dvkFunctions));
    expect(meta.functions.map((f) => f.id)).toEqual(Object.keys(dvkFunctions));
    for (const f of meta.functions) {
      const spec = dvkFunctions[f.id];
      expect(f.id).toMatch(/^[A-Za-z0-9._]+$/);
      expect(f.name).toBe(f.id);
      expect(f.description).toBe(spec.description);
      expect(f.description && f.description.length).toBeGreaterThan(10);
      expect(f.description?.normalize("NFC")).toBe(f.description);
      expect(f.parameters.map((p) => p.name)).toEqual(
        spec.params.map((p) => p.name),
      );
      expect(f.parameters.map((p) => Boolean(p.optional))).toEqual(
        spec.params.map((p) => Boolean(p.optional)),
      );
      expect(f.parameters.map((p) => Boolean(p.repeating))).toEqual(
        spec.params.map((p) => Boolean(p.repeating)),
      );
      for (const p of f.parameters)
        expect(p.description?.normalize("NFC")).toBe(p.description);
    }
  });

  test("functions.js associates every function of functions.json, and they compute (run as in the preview)", () => {
    const ids = (
      JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
        functions: FunctionMeta[];
      }
    ).functions.map((f) => f.id);
    // The bundle in a bare context: its preview shim stands in for CustomFunctions and keeps
    // the associations.
    const context: Record<string, unknown> = {};
    context.self = context;
    runInNewContext(readFileSync(join(DIST, "functions.js"), "utf8"), context);
    const fns = context.dvkPreviewFunctions as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    expect(Object.keys(fns)).toEqual(ids);
    expect(fns.DOCSO([[332_400_000]], null, null)).toEqual([
      ["Ba trăm ba mươi hai triệu bốn trăm nghìn đồng"],
    ]);
    expect(fns.TONG([[["1.000", 2]], [["3,5"]]])).toBe(1005.5);
    expect(() => fns.TYLE(1, 0, null)).toThrow(
      "Không tính được tỷ lệ khi tổng bằng 0.",
    );
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

  test("the pane's first chunk paints the first screen alone: no zod, no file libraries, at most 150 KB gzipped", () => {
    const report = JSON.parse(
      readFileSync(join(DIST, "bundle-report.json"), "utf8"),
    );
    const pane = report.entries.taskpane as {
      files: { file: string }[];
      packages: string[];
    };
    expect(
      pane.packages.filter((p) => /^(zod|exceljs|docx|jszip)$/.test(p)),
    ).toEqual([]);
    const gz = pane.files.reduce(
      (s, f) => s + gzipSync(readFileSync(join(DIST, f.file))).length,
      0,
    );
    expect(gz).toBeLessThanOrEqual(150 * 1024);
  });
});
