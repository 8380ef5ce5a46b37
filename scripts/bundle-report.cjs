/* Adds bundle-report.json to the compilation's assets: for each entry, the files it loads first
 * with their sizes (minified in production), and the npm packages bundled into it; the same for
 * lazy chunks. Emitted like any other asset, so `npm run build` writes dist/bundle-report.json
 * and the dev server (which keeps everything in memory, with no dist/ folder) simply serves it.
 * `npm run bench` prints it; a test checks functions.js carries no React. */
const PACKAGE = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/;

class BundleReportPlugin {
  constructor(filename) {
    this.filename = filename;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "BundleReportPlugin",
          // After minification, so the sizes are those of the files served.
          stage: Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const size = (file) => compilation.getAsset(file)?.source.size() ?? 0;
          const packagesOf = (chunks) => {
            const set = new Set();
            for (const chunk of chunks) {
              for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
                for (const inner of m.modules ?? [m]) {
                  const match = PACKAGE.exec(inner.resource || "");
                  if (match) set.add(match[1].replace(/\\/g, "/"));
                }
              }
            }
            return [...set].sort();
          };
          const report = { entries: {}, asyncChunks: [] };
          for (const [name, entry] of compilation.entrypoints) {
            const files = entry.getFiles().filter((f) => f.endsWith(".js"));
            report.entries[name] = {
              files: files.map((file) => ({ file, bytes: size(file) })),
              bytes: files.reduce((s, f) => s + size(f), 0),
              packages: packagesOf(entry.chunks),
            };
          }
          for (const chunk of compilation.chunks) {
            if (chunk.canBeInitial()) continue;
            const files = [...chunk.files].filter((f) => f.endsWith(".js"));
            report.asyncChunks.push({
              name: chunk.name ?? null,
              files,
              bytes: files.reduce((s, f) => s + size(f), 0),
              packages: packagesOf([chunk]),
            });
          }
          compilation.emitAsset(this.filename, new sources.RawSource(JSON.stringify(report, null, 2)));
        },
      );
    });
  }
}
module.exports = { BundleReportPlugin };
