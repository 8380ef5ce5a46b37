/* Writes dist/bundle-report.json: for each entry, the files it loads first, their sizes, and the
 * npm packages bundled into it. `npm run bench` prints it; a test checks functions.js has no React. */
class BundleReportPlugin {
  constructor(filename) {
    this.filename = filename;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleReportPlugin", stage: compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const report = { entries: {}, asyncChunks: [] };
          const packagesOf = (chunk) => {
            const set = new Set();
            for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const id = m.resource || (m.rootModule && m.rootModule.resource) || "";
              const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
              if (match) set.add(match[1].replace(/\\/g, "/"));
              if (m.modules) {
                for (const inner of m.modules) {
                  const mm = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(inner.resource || "");
                  if (mm) set.add(mm[1].replace(/\\/g, "/"));
                }
              }
            }
            return [...set].sort();
          };
          const sizeOf = (file) => {
            const a = compilation.getAsset(file);
            return a ? a.source.size() : 0;
          };
          for (const [name, entry] of compilation.entrypoints) {
            const files = entry.getFiles().filter((f) => f.endsWith(".js"));
            const chunks = entry.chunks;
            report.entries[name] = {
              files: files.map((f) => ({ file: f, bytes: sizeOf(f) })),
              bytes: files.reduce((s, f) => s + sizeOf(f), 0),
              packages: [...new Set(chunks.flatMap(packagesOf))].sort(),
            };
          }
          for (const chunk of compilation.chunks) {
            if (chunk.canBeInitial()) continue;
            const files = [...chunk.files].filter((f) => f.endsWith(".js"));
            report.asyncChunks.push({
              files,
              bytes: files.reduce((s, f) => s + sizeOf(f), 0),
              packages: packagesOf(chunk),
            });
          }
          const { RawSource } = compiler.webpack.sources;
          compilation.emitAsset(this.filename, new RawSource(JSON.stringify(report, null, 2)));
        },
      );
    });
  }
}
module.exports = { BundleReportPlugin };
