/* Adds functions.json — Excel's description of the DVK custom functions — to the compilation's
 * assets, written from the function registry by src/functions/metadata.ts (loaded with tsx, a
 * fresh copy on every compilation so the dev server and watch mode follow edits). Emitted like
 * any other asset: `npm run build` writes dist/functions.json and the dev server, which keeps
 * everything in memory, serves it. */
const path = require("path");
const { register } = require("tsx/cjs/api");

const PLUGIN = "FunctionsMetadataPlugin";
let loads = 0;

/** Loads a TypeScript module and everything it imports afresh; returns its exports and the
 *  files it was read from. */
function loadFresh(file) {
  const namespace = `dvk-functions-metadata-${process.pid}-${++loads}`;
  const api = register({ namespace });
  const suffix = `?namespace=${namespace}`;
  try {
    const exports = api.require(file, __filename);
    const files = Object.keys(require.cache)
      .filter((k) => k.endsWith(suffix))
      .map((k) => k.slice(0, -suffix.length));
    return { exports, files };
  } finally {
    for (const k of Object.keys(require.cache))
      if (k.endsWith(suffix)) delete require.cache[k];
    api.unregister();
  }
}

class FunctionsMetadataPlugin {
  /** @param {{ output?: string, source?: string }} [options] source: a module exporting
   *  `functionsJson(): string` (default src/functions/metadata.ts). */
  constructor(options = {}) {
    this.output = options.output ?? "functions.json";
    this.source = path.resolve(
      options.source ??
        path.join(__dirname, "..", "src", "functions", "metadata.ts"),
    );
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          let loaded;
          try {
            loaded = loadFresh(this.source);
          } catch (e) {
            compilation.errors.push(
              new WebpackError(`${PLUGIN}: ${this.source}: ${e.stack || e}`),
            );
            return;
          }
          // Rebuild in watch mode when the registry or anything it imports changes.
          for (const f of loaded.files)
            if (
              path.isAbsolute(f) &&
              !f.includes(`${path.sep}node_modules${path.sep}`)
            )
              compilation.fileDependencies.add(f);
          compilation.emitAsset(
            this.output,
            new sources.RawSource(loaded.exports.functionsJson()),
          );
        },
      );
    });
  }
}
module.exports = { FunctionsMetadataPlugin };
