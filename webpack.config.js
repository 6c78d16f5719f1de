/* eslint-disable no-undef */
// Layout of Microsoft's shared-runtime custom-functions template: one page (taskpane.html) hosts the
// task pane, the custom functions and the ribbon commands in the same JavaScript runtime.
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");
const webpack = require("webpack");

/** The chunk of the .xlsx writer (ExcelJS, ~1 MB), fetched only when "Spara som egen fil" is pressed. */
const LAZY_WRITER = "xlsx-writer";

/**
 * Writes lazy-chunks.json: the script files that only the writer's dynamic import() loads, so the
 * build test can count the page's eager JavaScript (everything else) against its budget.
 */
class LazyChunksPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LazyChunksPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LazyChunksPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const group = compilation.namedChunkGroups.get(LAZY_WRITER);
        const only = group ? group.chunks.filter((chunk) => [...chunk.groupsIterable].every((g) => g === group)) : [];
        const files = only.flatMap((chunk) => [...chunk.files]).filter((f) => f.endsWith(".js"));
        compilation.emitAsset("lazy-chunks.json", new webpack.sources.RawSource(JSON.stringify({ [LAZY_WRITER]: files }, null, 2)));
      });
    });
  }
}

const urlDev = "https://localhost:3000/";

/**
 * Where the add-in is deployed: `ADDIN_URL=https://… npm run build` writes it into dist/manifest.xml
 * (with a trailing slash; https only, as Office requires). Without it the manifest keeps localhost.
 */
function productionUrl(value = process.env.ADDIN_URL) {
  if (!value) return urlDev;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is no URL / ADDIN_URL är ingen adress: ${value}`);
  }
  if (url.protocol !== "https:" || url.search || url.hash) {
    throw new Error(`ADDIN_URL must be an https:// address without query / ADDIN_URL måste vara en https://-adress: ${value}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest with every development URL replaced by `url`. */
function rewriteManifest(content, url) {
  return content.toString().split(urlDev).join(url);
}

// Office.js is the only remote script the page may load; nothing else leaves the machine.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

async function getHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // Where the Office developer certificate cannot be installed (Linux, CI), serve with a
    // self-signed certificate: Excel on the web then needs the page trusted once in the browser.
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const urlProd = productionUrl();
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: ["./src/taskpane/index.tsx"],
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules for webpack, whatever tsconfig.json says (CommonJS, for ts-jest and the CLI):
          // only import/export lets webpack drop the unused icons of @fluentui/react-icons, 18.3 MB
          // of the page under CommonJS.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new LazyChunksPlugin(),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // In this order: the custom functions register before the pane's code is even parsed
        // (until then Excel shows #NAME? or #BUSY!); the pane's React code is a chunk of its own.
        chunks: ["runtime", "functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      // The help page (SupportUrl, LearnMoreUrl): no script, the same CSP.
      new HtmlWebpackPlugin({
        filename: "hjalp.html",
        template: "./src/taskpane/hjalp.html",
        chunks: [],
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/functions/functions.sv-SE.json", to: "functions.sv-SE.json", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name]" + "[ext]",
            transform(content) {
              return dev ? content : rewriteManifest(content, urlProd);
            },
          },
        ],
      }),
    ],
    // One webpack runtime for the page: the task pane and the custom functions then share module
    // instances, so settings changed in the pane are what the functions read at their next call.
    optimization: { runtimeChunk: "single" },
    performance: { hints: false },
  };
  if (serving) {
    const https = await getHttpsOptions();
    config.devServer = {
      static: { directory: path.join(__dirname, "dist"), publicPath: "/public" },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "https" },
      port: process.env.npm_package_config_dev_server_port || 3000,
      client: { overlay: false },
    };
  }
  return config;
};

module.exports.productionUrl = productionUrl;
module.exports.rewriteManifest = rewriteManifest;
