/**
 * The browser harness shared by the browser test and the benchmark: the built pane served over a
 * local HTTP server, the fake Office host bundled and served in place of the Office.js CDN script,
 * and Debian's Chromium driven by playwright-core. Every other request leaves nothing: it is aborted
 * and recorded, so the test can show the page asks no host of its own.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize, resolve } from "path";
import { Browser, chromium, Page } from "playwright-core";

/** The repository: the nearest folder up with a package.json (also from the benchmark's compiled copy). */
export const ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && resolve(dir, "..") !== dir)
    dir = resolve(dir, "..");
  return dir;
})();
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The built add-in: dist/ when it is newer than every source file (as after `npm run build` in
 * `npm test`) or the directory in RESULTATDIALOG_PANE_DIR, otherwise a fresh production build in a temporary directory — never touching dist/.
 */
export function builtPane(): string {
  // A build made beforehand (e.g. by the benchmark run) may be handed in, to skip a second build.
  if (process.env.RESULTATDIALOG_PANE_DIR) return resolve(process.env.RESULTATDIALOG_PANE_DIR);
  const dist = join(ROOT, "dist");
  const html = join(dist, "taskpane.html");
  if (existsSync(html) && statSync(html).mtimeMs >= newestMtime(join(ROOT, "src"))) return dist;
  const out = mkdtempSync(join(tmpdir(), "resultatdialog-pane-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack/bin/webpack.js"), "--mode", "production", "--output-path", out],
    {
      cwd: ROOT,
      stdio: "pipe",
    }
  );
  return out;
}

/** Bundles test/fakes/officeHost.ts into one browser script and returns its text. */
export async function fakeOfficeHostScript(): Promise<string> {
  // Loaded lazily: webpack is only needed by the harness, not by the module graph of the tests.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
  const webpack = require("webpack");
  const out = mkdtempSync(join(tmpdir(), "resultatdialog-host-"));
  await new Promise<void>((done, fail) =>
    webpack(
      {
        mode: "development",
        // No eval-based source maps: the page's CSP allows no eval, for our script as for any other.
        devtool: false,
        entry: join(ROOT, "test", "fakes", "officeHost.ts"),
        output: { path: out, filename: "officeHost.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              exclude: /node_modules/,
              use: { loader: "ts-loader", options: { transpileOnly: true } },
            },
          ],
        },
      },
      (error: Error | null, stats: { hasErrors(): boolean; toString(): string }) =>
        error || stats.hasErrors() ? fail(error ?? new Error(stats.toString())) : done()
    )
  );
  return readFileSync(join(out, "officeHost.js"), "utf8");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves `dir` (and axe-core at /axe.min.js, same origin so the CSP allows it) on a free local port. */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const axe = require.resolve("axe-core/axe.min.js");
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path === "/axe.min.js" ? axe : normalize(join(dir, path));
    if (!file.startsWith(dir) && file !== axe) return void response.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory())
      return void response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Debian's Chromium, headless, with its own background traffic switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface PaneSession {
  page: Page;
  /** Requests to any host other than the local server and Office.js: aborted, listed here. */
  foreignRequests: string[];
  /** Console errors, page errors and CSP violations. */
  problems: string[];
}

/** Opens the pane with the fake Office host standing in for Office.js. */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  hostScript: string,
  query = ""
): Promise<PaneSession> {
  const page = await browser.newPage({
    viewport: { width: 380, height: 900 },
    deviceScaleFactor: 1,
    locale: "sv-SE",
  });
  const foreignRequests: string[] = [];
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        status: 200,
        contentType: "application/javascript",
        body: hostScript,
      });
    if (url.startsWith(baseUrl)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  // For the start-up benchmark: when the pane's heading first entered the DOM (ms since navigation).
  await page.addInitScript(() => {
    const w = window as unknown as { __paneShownAt?: number };
    new MutationObserver((_, observer) => {
      if (w.__paneShownAt === undefined && document.querySelector("#container h1")) {
        w.__paneShownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${baseUrl}/taskpane.html${query}`);
  return { page, foreignRequests, problems };
}

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: string[];
}

/**
 * Runs axe-core (served by the test server) on the page and returns its violations. Fluent's focus
 * manager (Tabster) puts aria-hidden focus sentinels around focus groups; they hand focus on at once
 * and are never read out, which axe cannot know, so they are excluded.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ url: "/axe.min.js" });
  return (await page.evaluate(async () => {
    type Result = {
      violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
    };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<Result> } }).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  })) as AxeViolation[];
}
