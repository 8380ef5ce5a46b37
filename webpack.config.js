/* Webpack: task pane (React) for Excel, Word and the browser preview; custom functions (no React);
 * functions.json generated from JSDoc; the manifest copied with every dev URL rewritten. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BundleReportPlugin } = require("./scripts/bundle-report.cjs");
const { rewriteManifestUrls, DEV_URL, publicUrl } = require("./scripts/manifest-url.cjs");

/** Serve over plain HTTP (the no-Office preview started by `npm start`), or HTTPS with the
 *  Office dev certificates (sideloading: Office only loads add-ins over HTTPS). */
async function serverOptions() {
  if (process.env.DVK_HTTP === "1") return { type: "http" };
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const prodUrl = publicUrl(process.env);
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
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
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { title: "DVK – Dân vận khéo", host: "excel" },
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "word.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { title: "DVK – Báo cáo (Word)", host: "word" },
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifestUrls(content.toString(), prodUrl)),
          },
        ],
      }),
      new BundleReportPlugin("bundle-report.json"),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await serverOptions(),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
