/* `dvk` starts from the prebuilt JavaScript (dist-cli/), one bundle per command, and falls back
 * to the TypeScript sources when a source is newer than the build — checked in a copy of the
 * project, built there by the same script `npm install` runs. */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(__dirname, "..", "..");
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "dvk-cli-build-"));
  for (const d of ["bin", "src", "scripts"])
    cpSync(join(repo, d), join(root, d), { recursive: true });
  cpSync(join(repo, "package.json"), join(root, "package.json"));
  symlinkSync(join(repo, "node_modules"), join(root, "node_modules"), "dir");
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.cjs")], {
    cwd: root,
  });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `dvk args` in the copy; returns its output and the modules it loaded. */
function run(...args: string[]): { out: string; loaded: string[] } {
  const script = `
    process.argv = [process.argv[0], "dvk", ...${JSON.stringify(args)}];
    const log = process.stdout.write.bind(process.stdout);
    const lines = [];
    process.stdout.write = (s) => (lines.push(String(s)), true);
    require(${JSON.stringify(join(root, "bin", "dvk.cjs"))});
    setTimeout(() => log(JSON.stringify({ out: lines.join(""), loaded: Object.keys(require.cache) })), 300);
  `;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script], {
      cwd: root,
      encoding: "utf8",
    }),
  ) as { out: string; loaded: string[] };
}

test("the build holds a dispatcher and one bundle per command, and lists its sources", () => {
  for (const c of ["mau", "kiem-tra", "bao-cao", "nhap-bao-cao", "ham"])
    expect(existsSync(join(root, "dist-cli", "commands", `${c}.js`))).toBe(
      true,
    );
  const { inputs } = JSON.parse(
    readFileSync(join(root, "dist-cli", "sources.json"), "utf8"),
  ) as { inputs: string[] };
  expect(inputs).toContain("src/cli/main.ts");
  expect(inputs).toContain("src/core/vn/read-number.ts");
  expect(inputs.some((f) => f.startsWith("node_modules/"))).toBe(false);
});

test("dvk ham runs from the prebuilt bundle: no tsx, no exceljs, no docx, no other command", () => {
  const { out, loaded } = run("ham", "DOCSO", "332400000");
  expect(out).toBe("Ba trăm ba mươi hai triệu bốn trăm nghìn đồng\n");
  expect(loaded).toContain(join(root, "dist-cli", "main.js"));
  expect(loaded).toContain(join(root, "dist-cli", "commands", "ham.js"));
  for (const heavy of [
    "/tsx/",
    "/exceljs/",
    "/docx/",
    "/jszip/",
    "kiem-tra.js",
    "bao-cao.js",
  ])
    expect([heavy, loaded.some((f) => f.includes(heavy))]).toEqual([
      heavy,
      false,
    ]);
});

test("a source newer than the build: the sources run through tsx (never stale code)", () => {
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, "src", "core", "vn", "read-number.ts"), later, later);
  const { out, loaded } = run("--version");
  expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  expect(loaded.some((f) => f.includes("/tsx/"))).toBe(true);
  expect(loaded).not.toContain(join(root, "dist-cli", "main.js"));
});
