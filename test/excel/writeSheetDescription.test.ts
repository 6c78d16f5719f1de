/**
 * The Office.js writer against a small recording Excel: every property set and call lands in a log,
 * so the test can assert what the writer asked Excel to do (a faithful-writing test; the layout itself
 * is tested once in the core and on real .xlsx files).
 */
import { build } from "../../src/core/dialogue/build";
import type { SheetDescription } from "../../src/core/dialogue/types";
import type { ExcelRun } from "../../src/excel/excelRun";
import { toExcelValue } from "../../src/excel/cellValues";
import { writeSheetDescription } from "../../src/excel/writeSheetDescription";
import { demoTables, TODAY } from "../core/dialogue/demoTables";

type Log = Array<[string, unknown]>;

/** An object whose nested property sets and method calls are logged under a dotted path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- it stands in for any Office object the code reaches
function recorder(log: Log, path: string): any {
  return new Proxy(function () {}, {
    get: (_t, prop: string) => recorder(log, `${path}.${prop}`),
    set: (_t, prop: string, value) => {
      log.push([`${path}.${prop}`, value]);
      return true;
    },
    apply: (_t, _this, args) => {
      log.push([`${path}()`, args]);
      return recorder(log, `${path}()`);
    },
  });
}

function fakeRun(existing: string[], log: Log): ExcelRun {
  const sheetRecorder = (name: string) => ({
    set showGridlines(v: boolean) {
      log.push([`${name}.showGridlines`, v]);
    },
    getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
      recorder(log, `${name}[${r},${c},${rows},${cols}]`),
    charts: {
      add: (...args: unknown[]) => (
        log.push([`${name}.charts.add`, args]),
        recorder(log, `${name}.chart`)
      ),
    },
    customProperties: {
      add: (key: string, value: string) => log.push([`${name}.customProperties`, [key, value]]),
    },
  });
  const context = {
    workbook: {
      worksheets: {
        items: existing.map((name) => ({ name })),
        load: () => undefined,
        add: (name: string) => (log.push(["add", name]), sheetRecorder(name)),
      },
    },
    sync: async () => undefined,
  };
  return ((batch: (c: unknown) => Promise<unknown>) => batch(context)) as unknown as ExcelRun;
}

const [city] = build(demoTables(), {
  template: "jobbtorg",
  unit: "Jobbtorg City",
  period: "2025",
  today: TODAY,
});
const [kalkyl] = build(demoTables(), {
  template: "kalkyl",
  unit: "Jobbtorg City",
  period: "2025",
  today: TODAY,
});

async function write(
  description: SheetDescription,
  existing: string[] = []
): Promise<{ name: string; log: Log }> {
  const log: Log = [];
  const name = await writeSheetDescription(fakeRun(existing, log), description);
  return { name, log };
}

test("a taken name gets a number; the existing sheet is never touched", async () => {
  const { name, log } = await write(city, ["Avslut", "RD Jobbtorg City 2025"]);
  expect(name).toBe("RD Jobbtorg City 2025 (2)");
  expect(log.filter(([k]) => k === "add")).toEqual([["add", "RD Jobbtorg City 2025 (2)"]]);
  expect(log.some(([k]) => k.startsWith("Avslut"))).toBe(false);
});

test("values, number formats and styles land on the described cells", async () => {
  const { name, log } = await write(city);
  const at = (r: number, c: number, what: string) =>
    log.filter(([k]) => k === `${name}[${r - 1},${c - 1},1,1].${what}`).map(([, v]) => v);
  expect(at(1, 1, "values")).toEqual([[["Resultatdialog Jobbtorg – Jobbtorg City"]]]);
  expect(at(1, 1, "format.font.bold")).toEqual([true]);
  const rate = city.cells.find((c) => c.row === 9 && c.col === 2)!;
  expect(at(9, 2, "numberFormat")).toEqual([[["0.0%"]]]);
  expect(at(9, 2, "values")).toEqual([[[rate.value]]]);
  expect(log).toContainEqual([`${name}[6,0,1,1].format.fill.color`, "#DDEBF7"]);
});

test("formula text is written as text (apostrophe), live formulas as formulas", async () => {
  expect(toExcelValue("=AMF.EXITRATE(A:A)")).toBe("'=AMF.EXITRATE(A:A)");
  expect(toExcelValue(0.5)).toBe(0.5);
  const { name, log } = await write(kalkyl);
  const formulas = log
    .filter(([k]) => k.startsWith(name) && k.endsWith(".formulas"))
    .map(([, v]) => (v as string[][])[0][0]);
  expect(formulas.filter((f) => f.startsWith("=AMF.NETVALUE("))).toHaveLength(12);
});

test("merges, widths and the chart with its data block and position", async () => {
  const { name, log } = await write(city);
  expect(log).toContainEqual([`${name}[0,0,1,13].merge()`, [false]]);
  expect(log).toContainEqual([`${name}[0,0,1,1].format.columnWidth`, city.columnWidths[1] * 5.7]);
  const chart = city.charts[0];
  const add = log.find(([k]) => k === `${name}.charts.add`)![1] as unknown[];
  expect(add[0]).toBe("ColumnClustered");
  expect(add[2]).toBe("Columns");
  expect(log).toContainEqual([`${name}.chart.title.text`, "Kvinnor och män"]);
  const position = log.find(([k]) => k === `${name}.chart.setPosition()`)![1];
  expect(position).toEqual([
    `E${chart.anchor.row}`,
    `J${chart.anchor.row + chart.anchor.height - 1}`,
  ]);
  // Found by key: the log also holds recorder proxies (the chart's data range), which toContainEqual cannot compare.
  expect(log.find(([k]) => k === `${name}.customProperties`)![1]).toEqual([
    "resultatdialog",
    JSON.stringify(city.meta),
  ]);
});

test("text that Excel would read as a number or a date stays text, as it does in the .xlsx file", async () => {
  const log: Log = [];
  const description: SheetDescription = {
    ...kalkyl,
    name: "Koder",
    cells: [
      { row: 1, col: 1, value: "0123" },
      { row: 2, col: 1, value: "2026-01-05" },
      { row: 3, col: 1, value: "sant" },
      { row: 4, col: 1, value: 123 },
    ],
    merges: [],
    charts: [],
  };
  await writeSheetDescription(fakeRun([], log), description);
  const values = log
    .filter(([k]) => k.startsWith("Koder[") && k.endsWith(".values"))
    .map(([, v]) => (v as unknown[][])[0][0]);
  expect(values).toEqual(["'0123", "'2026-01-05", "'sant", 123]);
});
