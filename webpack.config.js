/* Webpack: task pane (React) for Excel, Word and the browser preview; custom functions (no React);
 * functions.json generated from the function registry; the manifest copied with every dev URL
 * rewritten. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BundleReportPlugin } = require("./scripts/bundle-report.cjs");
const { contentSecurityPolicy } = require("./scripts/csp.cjs");
const {
  FunctionsMetadataPlugin,
} = require("./scripts/functions-metadata-plugin.cjs");
const {
  rewriteManifestUrls,
  DEV_URL,
  publicUrl,
} = require("./scripts/manifest-url.cjs");

/** Serve over plain HTTP (the no-Office preview started by `npm start`), or HTTPS with the
 *  Office dev certificates (sideloading: Office only loads add-ins over HTTPS). Where the CA
 *  cannot be installed (no sudo), the generated certificate is used untrusted, with a warning. */
async function serverOptions() {
  if (process.env.DVK_HTTP === "1") return { type: "http" };
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (f) => fs.readFileSync(path.join(dir, f));
    if (!fs.existsSync(path.join(dir, "localhost.crt"))) throw e;
    console.warn(
      `\n[dvk] ${e.message}\n[dvk] Serving HTTPS with the untrusted certificate in ${dir}; trust ca.crt yourself to sideload.\n`,
    );
    return {
      type: "https",
      options: {
        ca: read("ca.crt"),
        key: read("localhost.key"),
        cert: read("localhost.crt"),
      },
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const prodUrl = publicUrl(process.env);
  // One policy for the <meta> of every page and the dev server's header (scripts/csp.cjs).
  const csp = contentSecurityPolicy({ dev });
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: [
        "./src/functions-runtime/preview-shim.ts",
        "./src/functions/functions.ts",
      ],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new FunctionsMetadataPlugin({ output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { title: "DVK – Dân vận khéo", host: "excel", csp },
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "word.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: {
          title: "DVK – Báo cáo (Word)",
          host: "word",
          csp,
        },
        chunks: ["taskpane"],
      }),
      // The help page: no script at all, the same policy.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        templateParameters: { csp },
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // ES5, before the bundle: the old-webview message (Internet Explorer, EdgeHTML).
          { from: "src/taskpane/compat.js", to: "compat.js" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/help/help.css", to: "help.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : rewriteManifestUrls(content.toString(), prodUrl),
          },
        ],
      }),
      new BundleReportPlugin("bundle-report.json"),
    ],
    devServer: {
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": csp,
      },
      server: env.WEBPACK_SERVE ? await serverOptions() : undefined,
      host: "localhost",
      port: Number(
        process.env.DVK_PORT ||
          process.env.npm_package_config_dev_server_port ||
          3000,
      ),
      static: {
        directory: path.resolve(__dirname, "assets"),
        publicPath: "/assets",
      },
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
