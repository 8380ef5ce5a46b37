import { readFileSync } from "node:fs";
import { join } from "node:path";
import { child, parseXml, walk, type XmlNode } from "../support/manifest";

const text = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const root = parseXml(text);
const overrides = child(root, "VersionOverrides") as XmlNode;
const hostBlocks = (child(overrides, "Hosts") as XmlNode).children;
const hostOf = (type: string) =>
  hostBlocks.find((h) => h.attrs["xsi:type"] === type) as XmlNode;

describe("manifest.xml", () => {
  test("is one add-in named DVK – Dân vận khéo with a Vietnamese description", () => {
    expect(root.name).toBe("OfficeApp");
    expect(child(root, "DisplayName")?.attrs.DefaultValue).toBe(
      "DVK – Dân vận khéo",
    );
    expect(child(root, "Description")?.attrs.DefaultValue).toMatch(
      /Dân vận khéo.*báo cáo Word/,
    );
    expect(text).toBe(text.normalize("NFC"));
  });

  test("declares both hosts, at the top and in VersionOverrides", () => {
    expect(
      (child(root, "Hosts") as XmlNode).children.map((h) => h.attrs.Name),
    ).toEqual(["Workbook", "Document"]);
    expect(hostBlocks.map((h) => h.attrs["xsi:type"])).toEqual([
      "Workbook",
      "Document",
    ]);
  });

  test("orders each Host's children Runtimes → AllFormFactors → DesktopFormFactor", () => {
    const rank = {
      Runtimes: 0,
      AllFormFactors: 1,
      DesktopFormFactor: 2,
    } as Record<string, number>;
    for (const host of hostBlocks) {
      const order = host.children
        .map((c) => rank[c.name])
        .filter((r) => r !== undefined);
      expect(order).toEqual([...order].sort());
    }
    expect(hostOf("Workbook").children.map((c) => c.name)).toEqual([
      "Runtimes",
      "AllFormFactors",
      "DesktopFormFactor",
    ]);
  });

  test("base requirements gate no host: no SharedRuntime, nothing Excel-only (Word before 2024 installs it)", () => {
    // Base <Requirements> apply to every host; SharedRuntime 1.1 reaches Word only from build 2205.
    const base = child(root, "Requirements");
    const sets = base
      ? walk(base)
          .filter((n) => n.name === "Set")
          .map((n) => n.attrs.Name)
      : [];
    expect(sets).toEqual([]);
    // Nor in VersionOverrides: its <Requirements> gate both hosts' buttons at once.
    expect(child(overrides, "Requirements")).toBeUndefined();
    expect(text).not.toMatch(/<Set\s+Name="SharedRuntime"/);
  });

  test("the shared runtime and custom functions are declared for Excel only", () => {
    const excel = hostOf("Workbook");
    const word = hostOf("Document");
    const runtimes = excel.children.filter((c) => c.name === "Runtimes");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].children.map((c) => c.attrs)).toEqual([
      { resid: "Taskpane.Url", lifetime: "long" },
    ]);
    expect(
      walk(excel).filter((n) => n.attrs["xsi:type"] === "CustomFunctions"),
    ).toHaveLength(1);
    expect(
      walk(word).some((n) => n.name === "Runtimes" || n.name === "Runtime"),
    ).toBe(false);
    expect(
      walk(word).some((n) => n.attrs["xsi:type"] === "CustomFunctions"),
    ).toBe(false);
    // Word's page is its own, never the Excel page that the shared runtime and functions load.
    const wordUrls = walk(word)
      .map((n) => n.attrs.resid)
      .filter((r) => r?.endsWith(".Url"));
    expect(wordUrls).not.toContain("Taskpane.Url");
  });

  test("Excel: custom functions in the DVK namespace, shared runtime with the task pane, Home tab button", () => {
    const excel = hostOf("Workbook");
    const runtime = walk(excel).find((n) => n.name === "Runtime") as XmlNode;
    expect(runtime.attrs).toMatchObject({
      resid: "Taskpane.Url",
      lifetime: "long",
    });
    const cf = walk(excel).find(
      (n) => n.attrs["xsi:type"] === "CustomFunctions",
    ) as XmlNode;
    const page = walk(cf).find((n) => n.name === "Page") as XmlNode;
    expect(
      walk(page).find((n) => n.name === "SourceLocation")?.attrs.resid,
    ).toBe("Taskpane.Url");
    const nsId = (walk(cf).find((n) => n.name === "Namespace") as XmlNode).attrs
      .resid;
    const ns = walk(overrides).find(
      (n) => n.name === "bt:String" && n.attrs.id === nsId,
    )?.attrs.DefaultValue as string;
    expect(ns).toBe("DVK");
    expect(ns.length).toBeLessThanOrEqual(32);
    expect(walk(excel).find((n) => n.name === "OfficeTab")?.attrs.id).toBe(
      "TabHome",
    );
    expect(
      walk(excel).find((n) => n.name === "FunctionFile")?.attrs.resid,
    ).toBe("Taskpane.Url");
  });

  test("Word: its own button and task pane page, without the custom-functions page", () => {
    const word = hostOf("Document");
    expect(
      walk(word).some((n) => n.attrs["xsi:type"] === "CustomFunctions"),
    ).toBe(false);
    const action = walk(word).find((n) => n.name === "Action") as XmlNode;
    const resid = (child(action, "SourceLocation") as XmlNode).attrs.resid;
    const url = walk(overrides).find(
      (n) => n.name === "bt:Url" && n.attrs.id === resid,
    )?.attrs.DefaultValue;
    expect(url).toMatch(/\/word\.html$/);
    expect(walk(word).find((n) => n.name === "OfficeTab")?.attrs.id).toBe(
      "TabHome",
    );
  });

  test("every resid is defined once, and ids are at most 32 characters", () => {
    const defined = walk(child(overrides, "Resources") as XmlNode)
      .filter((n) => ["bt:Image", "bt:Url", "bt:String"].includes(n.name))
      .map((n) => n.attrs.id);
    expect(new Set(defined).size).toBe(defined.length);
    const used = walk(root)
      .filter((n) => n.attrs.resid)
      .map((n) => n.attrs.resid);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every URL is HTTPS and every icon exists in assets/", () => {
    const urls = walk(root).flatMap((n) =>
      Object.entries(n.attrs)
        .filter(([k, v]) => !k.startsWith("xmlns") && /^\w+:\/\//.test(v))
        .map(([, v]) => v),
    );
    const appDomains = walk(root).filter((n) => n.name === "AppDomain");
    for (const d of appDomains) expect(d.text).toMatch(/^https:\/\//);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    expect(appDomains.length).toBeGreaterThan(0);
    for (const u of urls.filter((x) => /\/assets\/icon-\d+\.png$/.test(x))) {
      const file = join(
        __dirname,
        "..",
        "..",
        "assets",
        u.slice(u.lastIndexOf("/") + 1),
      );
      expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});
