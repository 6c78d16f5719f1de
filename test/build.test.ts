// Checks what `npm run build` wrote to dist/ (npm test builds before running jest).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const dist = join(__dirname, "..", "dist");
/**
 * The page's eager JavaScript, uncompressed: every .js file in dist/ (the entries the page's script tags
 * load and the chunks they import as the pane starts) except those that only the .xlsx writer's dynamic
 * import() fetches, as the build lists them in lazy-chunks.json. Excel waits for the eager part.
 */
const PAGE_JS_BUDGET_BYTES = 1024 * 1024;
const FUNCTION_IDS = [
  "EXITRATE",
  "SELFSUFF6M",
  "EFFINDEX",
  "NETVALUE",
  "SHARE",
  "ENROLLDAYS",
  "DROPOUTRISK",
  "GENDERGAP",
  "PNR",
  "AGE",
  "SURVEYMEAN",
  "PROGRESSION",
];

interface FunctionMetadata {
  id: string;
  name: string;
  parameters: Array<{ name: string }>;
}

const built = existsSync(join(dist, "functions.json"));
const describeBuilt = built ? describe : describe.skip;
if (!built) {
  // Visible in the output, so a run without a build cannot pass silently unnoticed.
  process.stderr.write(
    "dist/ is missing: run `npm run build` (npm test does) to check the build output.\n"
  );
}

describeBuilt("the build output in dist/", () => {
  it("lists all twelve AMF functions in functions.json", () => {
    const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
      functions: FunctionMetadata[];
    };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("ships the Swedish metadata beside the generated one", () => {
    const swedish = JSON.parse(readFileSync(join(dist, "functions.sv-SE.json"), "utf8")) as {
      functions: FunctionMetadata[];
    };
    expect(swedish.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it("contains the manifest, the page, the scripts and the icons the manifest names", () => {
    for (const file of [
      "manifest.xml",
      "taskpane.html",
      "hjalp.html",
      "taskpane.js",
      "functions.js",
      "commands.js",
    ]) {
      expect(existsSync(join(dist, file))).toBe(true);
    }
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map(
      (m) => m[1]
    );
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) expect(existsSync(join(dist, icon))).toBe(true);
  });

  it("puts a Content-Security-Policy on the page that allows no remote host but Office.js", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const remoteHosts = new Set([...csp.matchAll(/https:\/\/[^\s;]+/g)].map((m) => m[0]));
    expect([...remoteHosts]).toEqual(["https://appsforoffice.microsoft.com"]);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.filter((s) => /^https?:/.test(s))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expect(scripts).toEqual(expect.arrayContaining(["runtime.js", "functions.js", "taskpane.js"]));
    // The help page: the same policy, and no script at all.
    const help = readFileSync(join(dist, "hjalp.html"), "utf8");
    expect(/http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(help)?.[1]).toBe(csp);
    expect(help).not.toMatch(/<script/);
    expect(help).toContain("Avslut[Avslutsorsak]");
  });

  it(`keeps the page's eager JavaScript under ${PAGE_JS_BUDGET_BYTES / 1024 / 1024} MB uncompressed; the .xlsx writer is a lazy chunk`, () => {
    const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
    const lazy = (
      JSON.parse(readFileSync(join(dist, "lazy-chunks.json"), "utf8")) as Record<string, string[]>
    )["xlsx-writer"];
    const size = (f: string) => statSync(join(dist, f)).size;
    const list = (files: string[]) =>
      files.map((f) => `${f} ${(size(f) / 1024).toFixed(0)} KiB`).join(", ");
    const eager = scripts.filter((f) => !lazy.includes(f)).sort((a, b) => size(b) - size(a));
    const total = eager.reduce((sum, f) => sum + size(f), 0);
    const lazyTotal = lazy.reduce((sum, f) => sum + size(f), 0);
    process.stdout.write(
      `page JavaScript, eager: ${(total / 1024).toFixed(0)} KiB of ${PAGE_JS_BUDGET_BYTES / 1024} KiB (${list(eager)})\n`
    );
    process.stdout.write(
      `.xlsx writer, lazy (fetched on "Spara som egen fil"): ${(lazyTotal / 1024).toFixed(0)} KiB (${list(lazy)})\n`
    );
    expect(scripts).toEqual(
      expect.arrayContaining(["runtime.js", "functions.js", "taskpane.js", ...lazy])
    );
    expect(lazy).toContain("xlsx-writer.js");
    // ExcelJS is in the lazy part and in no eager file (its SpreadsheetML namespace marks it).
    const marker = "schemas.openxmlformats.org/spreadsheetml/2006/main";
    expect(lazy.some((f) => readFileSync(join(dist, f), "utf8").includes(marker))).toBe(true);
    expect(eager.filter((f) => readFileSync(join(dist, f), "utf8").includes(marker))).toEqual([]);
    expect(total).toBeLessThan(PAGE_JS_BUDGET_BYTES);
  });

  it("runs the custom functions before the pane, whose React code is a chunk of its own", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
      .map((m) => m[1])
      .filter((s) => !/^https?:/.test(s));
    expect(scripts).toEqual(["runtime.js", "functions.js", "commands.js", "taskpane.js"]);
    // The entry itself only waits for Office and imports the pane: no React in it.
    const entry = readFileSync(join(dist, "taskpane.js"), "utf8");
    expect(entry.length).toBeLessThan(20 * 1024);
    expect(entry).not.toMatch(/createRoot|__SECRET_INTERNALS/);
    expect(readFileSync(join(dist, "functions.js"), "utf8")).not.toMatch(
      /createRoot|__SECRET_INTERNALS/
    );
  });
});

/** The manifest the build's copy step writes, run alone with `ADDIN_URL` set (no bundling). */
async function manifestBuiltWith(addinUrl: string | undefined): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only by this test, not at import
  const webpack = require("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS
  const makeConfig = require("../webpack.config.js") as (
    env: object,
    options: { mode: string }
  ) => Promise<Record<string, unknown>>;
  const saved = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  let config: Record<string, unknown>;
  try {
    config = await makeConfig({}, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
  const out = mkdtempSync(join(tmpdir(), "resultatdialog-manifest-"));
  const copy = (config.plugins as object[]).filter((p) => p.constructor.name === "CopyPlugin");
  expect(copy).toHaveLength(1);
  await new Promise<void>((done, fail) =>
    webpack(
      {
        ...config,
        entry: { noop: "data:text/javascript,export {}" },
        plugins: copy,
        output: { path: out },
        optimization: {},
      },
      (error: Error | null, stats: { hasErrors(): boolean; toString(): string }) =>
        error || stats.hasErrors() ? fail(error ?? new Error(stats.toString())) : done()
    )
  );
  return readFileSync(join(out, "manifest.xml"), "utf8");
}

describe("the production URL", () => {
  jest.setTimeout(60_000);

  it("is written into dist/manifest.xml from ADDIN_URL, every localhost URL replaced", async () => {
    const manifest = await manifestBuiltWith("https://amf.example.se/resultatdialog");
    expect(manifest).not.toContain("localhost");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map(
      (m) => m[1]
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(url.startsWith("https://amf.example.se/resultatdialog/")).toBe(true);
    expect(manifest).toContain(
      '<SourceLocation DefaultValue="https://amf.example.se/resultatdialog/taskpane.html"/>'
    );
  });

  it("stays localhost without ADDIN_URL", async () => {
    expect(await manifestBuiltWith(undefined)).toContain(
      'DefaultValue="https://localhost:3000/taskpane.html"'
    );
  });

  it("refuses an address that is not https", async () => {
    await expect(manifestBuiltWith("http://amf.example.se/")).rejects.toThrow(
      /ADDIN_URL must be an https:\/\/ address/
    );
  });
});
