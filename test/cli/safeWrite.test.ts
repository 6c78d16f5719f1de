/**
 * No user file is ever lost (issue #8, item 5): every way `report` and `fix` could overwrite, truncate
 * or silently replace a file, through the real bin. Each case asserts the input's bytes (sha256) after
 * the run, one clear line on stderr and exit 2, and that nothing is left behind.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { ensureCliBuilt, ROOT, runCli } from "./runCli";

const TODAY = "2026-03-15";
const BIN = join(ROOT, "bin", "resultatdialog.js");
let dir: string;
let demo: string;

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^resultatdialog: /);
  expect(lines[0]).not.toMatch(/internal error|internt fel/);
  expect(lines[0]).toMatch(pattern);
}

/** The files of a folder that are not the given ones (a temporary file left behind shows up here). */
function leftovers(folder: string, known: readonly string[]): string[] {
  return readdirSync(folder).filter((f) => !known.includes(f));
}

const report = (out: string[], extra: string[] = []): string[] => [
  "report",
  demo,
  "--period",
  "2025T2",
  "--all",
  ...out,
  "--today",
  TODAY,
  ...extra,
];
const fix = (out: string[], extra: string[] = []): string[] => [
  "fix",
  demo,
  "--sheet",
  "Avslut (import)",
  ...out,
  "--today",
  TODAY,
  ...extra,
];

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), "rd-safewrite-"));
  // Readable by others: the permission test runs the CLI as another user.
  chmodSync(dir, 0o755);
  demo = join(dir, "demo.xlsx");
  const run = runCli(["demo", "--out", demo, "--rows", "300", "--seed", "2", "--today", TODAY]);
  expect(run.code).toBe(0);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the output is never the input", () => {
  test.each([
    ["report --out the input path", () => report(["--out", demo])],
    ["report --out the input path with --force", () => report(["--out", demo], ["--force"])],
    ["fix --out the input path with --force", () => fix(["--out", demo], ["--force"])],
  ])("%s: exit 2, the input unchanged", (_name, args) => {
    const before = sha256(demo);
    const run = runCli(args());
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /is the input file \(or a link to it\)/);
    expect(sha256(demo)).toBe(before);
  });

  test.each([
    ["report", "symlink"],
    ["fix", "symlink"],
    ["report", "hard link"],
    ["fix", "hard link"],
  ])(
    "%s --out a %s to the input (with --force too): exit 2, the input unchanged",
    (command, kind) => {
      const before = sha256(demo);
      const link = join(dir, `${command}-${kind.replace(" ", "")}.xlsx`);
      if (kind === "symlink") symlinkSync(demo, link);
      else linkSync(demo, link);
      for (const extra of [[], ["--force"]]) {
        const run = runCli(
          command === "report" ? report(["--out", link], extra) : fix(["--out", link], extra)
        );
        expect(run.code).toBe(2);
        expectOneLine(run.stderr, /is the input file \(or a link to it\)/);
        // fix used to print "The original is unchanged" while writing over it through the link.
        expect(run.stdout).toBe("");
        expect(sha256(demo)).toBe(before);
      }
      rmSync(link);
    }
  );
});

describe("an existing output", () => {
  const defaultOut = (): string => join(dir, "demo-resultatdialog.xlsx");

  test("report's default output is not replaced without --force (exit 2, its bytes unchanged)", () => {
    writeFileSync(defaultOut(), "the manager's annotated copy");
    const [input, existing] = [sha256(demo), sha256(defaultOut())];
    const run = runCli(report([]));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /already exists; give --force/);
    expect(sha256(defaultOut())).toBe(existing);
    expect(sha256(demo)).toBe(input);
  });

  test("with --force it is replaced by the report, and the input is unchanged", async () => {
    writeFileSync(defaultOut(), "the manager's annotated copy");
    const input = sha256(demo);
    const run = runCli(report([], ["--force"]));
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(defaultOut()));
    expect(zip.file("xl/workbook.xml")).not.toBeNull();
    expect(sha256(demo)).toBe(input);
    expect(leftovers(dir, ["demo.xlsx", "demo-resultatdialog.xlsx"])).toEqual([]);
    rmSync(defaultOut());
  });

  test("fix does not replace an existing --out without --force", () => {
    const out = join(dir, "fixed-before.xlsx");
    writeFileSync(out, "keep me");
    const run = runCli(fix(["--out", out]));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /already exists; give --force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(runCli(fix(["--out", out], ["--force"])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    rmSync(out);
  });
});

describe("outputs that cannot be written: one line, exit 2, nothing written", () => {
  test.each([
    ["report", "a folder"],
    ["fix", "a folder"],
  ])("%s --out %s", (command) => {
    const folder = join(dir, `${command}-folder`);
    mkdirSync(folder);
    const before = sha256(demo);
    const run = runCli(command === "report" ? report(["--out", folder]) : fix(["--out", folder]));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /is a folder/);
    expect(readdirSync(folder)).toEqual([]);
    expect(sha256(demo)).toBe(before);
    rmSync(folder, { recursive: true });
  });

  test.each(["report", "fix"])("%s --out in a folder that does not exist", (command) => {
    const out = join(dir, "no-such-folder", "out.xlsx");
    const run = runCli(command === "report" ? report(["--out", out]) : fix(["--out", out]));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /the folder .*no-such-folder does not exist/);
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
  });

  test.each(["report", "fix"])(
    "%s --out x.csv is refused, not written as an .xlsx under that name",
    (command) => {
      const out = join(dir, `${command}-x.csv`);
      const run = runCli(command === "report" ? report(["--out", out]) : fix(["--out", out]));
      expect(run.code).toBe(2);
      expectOneLine(run.stderr, /must end in \.xlsx/);
      expect(existsSync(out)).toBe(false);
    }
  );

  // Root ignores file modes, so as root the CLI runs as the unprivileged user 65534 ("nobody"), for
  // whom a root-owned 0755 folder is not writable; otherwise the folder is made read-only.
  test.each(["report", "fix"])("%s --out in a folder without write permission", (command) => {
    const folder = join(dir, `${command}-readonly`);
    mkdirSync(folder);
    const asRoot = process.getuid?.() === 0;
    chmodSync(folder, asRoot ? 0o755 : 0o555);
    const out = join(folder, "out.xlsx");
    const args = command === "report" ? report(["--out", out]) : fix(["--out", out]);
    const run = spawnSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /no permission to write in the folder/);
    expect(readdirSync(folder)).toEqual([]);
    chmodSync(folder, 0o755);
    rmSync(folder, { recursive: true });
  });
});

describe("a full disk (a file-size limit): exit 2, one line, no output and no temporary file", () => {
  function underLimit(
    kilobytes: number,
    args: string[]
  ): { status: number | null; stdout: string; stderr: string } {
    const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    // HOME points at the test folder so that no start-up file of the user's shell adds its own lines.
    const run = spawnSync(
      "bash",
      ["-c", `ulimit -f ${kilobytes}; exec '${process.execPath}' '${BIN}' ${quoted}`],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", HOME: dir },
        timeout: 120_000,
      }
    );
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  test("report under `ulimit -f 8` (its report is about 28 KB)", () => {
    const folder = join(dir, "full-report");
    mkdirSync(folder);
    const before = sha256(demo);
    const run = underLimit(8, report(["--out", join(folder, "out.xlsx")]));
    expect(run.status).toBe(2);
    expectOneLine(
      run.stderr,
      /the disk is full or the file size limit was reached; nothing was written/
    );
    expect(readdirSync(folder)).toEqual([]);
    expect(sha256(demo)).toBe(before);
  });

  test("fix under `ulimit -f 200` on a register whose corrected copy is larger than 200 KB", () => {
    const folder = join(dir, "full-fix");
    mkdirSync(folder);
    const big = join(folder, "big.xlsx");
    expect(
      runCli(["demo", "--out", big, "--rows", "8000", "--seed", "4", "--today", TODAY]).code
    ).toBe(0);
    const before = sha256(big);
    const out = join(folder, "out.xlsx");
    const run = underLimit(200, ["fix", big, "--sheet", "Avslut", "--out", out, "--today", TODAY]);
    expect(run.status).toBe(2);
    expectOneLine(
      run.stderr,
      /the disk is full or the file size limit was reached; nothing was written/
    );
    expect(run.stdout).toBe("");
    expect(readdirSync(folder)).toEqual(["big.xlsx"]);
    expect(sha256(big)).toBe(before);
    // Without the limit the same run writes more than the limit allowed: the test exercised the limit.
    expect(runCli(["fix", big, "--sheet", "Avslut", "--out", out, "--today", TODAY]).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(200 * 1024);
  }, 120_000);
});
