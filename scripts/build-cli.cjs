/* The CLI as plain JavaScript (`dist-cli/`), built by `npm install` (the `prepare` script) and by
 * `npm test`: `dvk` then starts without compiling TypeScript. One bundle for the dispatcher
 * (`main.js`, which holds only the usage texts) and one per command (`commands/<name>.js`,
 * loaded on first use), so each command loads only what it uses; packages stay in
 * node_modules. `bin/dvk.cjs` falls back to the sources (tsx) when this build is missing or
 * older than them. */
const { buildSync } = require("esbuild");
const { readdirSync, rmSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const out = join(root, "dist-cli");
const commands = readdirSync(join(root, "src", "cli", "commands"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => f.replace(/\.ts$/, ""));

rmSync(out, { recursive: true, force: true });
const started = Date.now();
const result = buildSync({
  absWorkingDir: root,
  entryPoints: {
    main: "src/cli/main.ts",
    ...Object.fromEntries(
      commands.map((c) => [`commands/${c}`, `src/cli/commands/${c}.ts`]),
    ),
  },
  outdir: out,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
  metafile: true,
});
// The time of the build and the sources it read: bin/dvk.cjs checks that none changed since.
const inputs = Object.keys(result.metafile.inputs).filter(
  (f) => !f.startsWith("node_modules/"),
);
writeFileSync(
  join(out, "sources.json"),
  JSON.stringify({ builtAt: started, inputs }),
);
console.log(
  `dist-cli: main + ${commands.length} commands (${Date.now() - started} ms)`,
);
