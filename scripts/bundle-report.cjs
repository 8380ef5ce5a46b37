/* Writes dist/bundle-report.json after emit: for each entry, the files it loads first with their
 * sizes on disk (minified), and the npm packages bundled into it; the same for lazy chunks.
 * `npm run bench` prints it; a test checks functions.js carries no React. */
const fs = require("fs");
const path = require("path");

const PACKAGE = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/;

class BundleReportPlugin {
  constructor(filename) {
    this.filename = filename;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleReportPlugin", (compilation) => {
      const out = compilation.outputOptions.path;
      const size = (file) => {
        try {
          return fs.statSync(path.join(out, file)).size;
        } catch {
          return 0;
        }
      };
      const packagesOf = (chunks) => {
        const set = new Set();
        for (const chunk of chunks) {
          for (const m of compilation.chunkGraph.getChunkModulesIterable(
            chunk,
          )) {
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
      fs.writeFileSync(
        path.join(out, this.filename),
        JSON.stringify(report, null, 2),
      );
    });
  }
}
module.exports = { BundleReportPlugin };
