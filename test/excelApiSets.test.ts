// Every Excel API member the code under src/excel/ uses, mapped to the ExcelApi requirement set that
// introduced it; checked against the set @types/office-js names in its "[Api set: …]" comments, and
// the manifest must declare at least the highest. A new member without a row here fails the test.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import { REQUIRED_EXCEL_API, missingRequirementSets } from "../src/excel/requirements";

const ROOT = join(__dirname, "..");

/** Member → ExcelApi set (the table a person maintains; the test proves it against Office.js's types). */
const EXCEL_API_SETS: Record<string, string> = {
  "Worksheet.customProperties": "1.12",
  "WorksheetCustomPropertyCollection.add": "1.12",
  "WorksheetCustomPropertyCollection.getItemOrNullObject": "1.12",
  "WorksheetCustomProperty.value": "1.12",
  "RangeFill.pattern": "1.9",
  "Excel.createWorkbook": "1.8",
  "Worksheet.showGridlines": "1.8",
  "ChartAxis.numberFormat": "1.8",
  "ChartAxis.position": "1.8",
  "ChartAxis.reversePlotOrder": "1.7",
  "ChartLineFormat.lineStyle": "1.7",
  "ChartSeries.chartType": "1.7",
  "ChartSeries.markerBackgroundColor": "1.7",
  "ChartSeries.markerForegroundColor": "1.7",
  "ChartSeries.markerSize": "1.7",
  "ChartSeries.markerStyle": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartSeriesCollection.add": "1.7",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.copy": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "Workbook.settings": "1.4",
  "SettingCollection.add": "1.4",
  "SettingCollection.getItemOrNullObject": "1.4",
  "SettingCollection.onSettingsChanged": "1.4",
  "Setting.value": "1.4",
};

function versionOrder(a: string, b: string): number {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++)
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Each Excel.* member used under src/excel/ with the set its declaration names (undefined: none). */
function usedExcelMembers(): Map<string, string | undefined> {
  const dir = join(ROOT, "src", "excel");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(dir, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["office-js"],
  });
  const checker = program.getTypeChecker();
  const used = new Map<string, string | undefined>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const declaration = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
      // A function of the namespace itself (Excel.createWorkbook), not a member of a class.
      const block = declaration?.parent;
      if (
        declaration &&
        ts.isFunctionDeclaration(declaration) &&
        block &&
        ts.isModuleBlock(block) &&
        block.parent.name.getText() === "Excel" &&
        declaration.getSourceFile().fileName.includes("@types/office-js")
      ) {
        const comment = declaration
          .getSourceFile()
          .text.slice(declaration.getFullStart(), declaration.getStart());
        used.set(`Excel.${node.name.text}`, /\[Api set: ExcelApi (\d+\.\d+)/.exec(comment)?.[1]);
      }
      const owner = declaration?.parent;
      const namespace = owner?.parent?.parent;
      if (
        declaration &&
        owner &&
        (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) &&
        owner.name &&
        namespace &&
        ts.isModuleDeclaration(namespace) &&
        namespace.name.getText() === "Excel" &&
        declaration.getSourceFile().fileName.includes("@types/office-js")
      ) {
        const comment = declaration
          .getSourceFile()
          .text.slice(declaration.getFullStart(), declaration.getStart());
        const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(comment)?.[1];
        used.set(`${owner.name.text}.${node.name.text}`, set);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(program.getSourceFile(file)!);
  return used;
}

const used = usedExcelMembers();

describe("the Excel requirement sets", () => {
  it("finds the Excel API members the code uses", () => {
    expect(used.size).toBeGreaterThan(20);
    expect(used.get("Worksheet.getRangeByIndexes")).toBe("1.7");
    expect(used.get("Excel.createWorkbook")).toBe("1.8");
  });

  it("has a row in the table for every member above ExcelApi 1.1, with the set Office.js's types give", () => {
    const aboveBase = [...used].filter(([, set]) => set !== undefined && set !== "1.1");
    const table = Object.fromEntries(aboveBase.map(([member]) => [member, EXCEL_API_SETS[member]]));
    expect(table).toEqual(Object.fromEntries(aboveBase));
  });

  it("lists in the table only members the code uses", () => {
    expect(Object.keys(EXCEL_API_SETS).filter((m) => !used.has(m))).toEqual([]);
  });

  it("declares at least the highest set in the manifest and in the pane's check", () => {
    const highest = Object.values(EXCEL_API_SETS).sort(versionOrder).pop()!;
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    expect(declared).toBeDefined();
    expect(versionOrder(declared!, highest)).toBeGreaterThanOrEqual(0);
    expect(REQUIRED_EXCEL_API).toBe(declared);
  });

  it("asks the host with isSetSupported and names what it lacks", () => {
    const supported = new Set(["SharedRuntime 1.1", "ExcelApi 1.9"]);
    const host = {
      context: {
        requirements: {
          isSetSupported: (name: string, v?: string) => supported.has(`${name} ${v}`),
        },
      },
    };
    expect(missingRequirementSets(host)).toEqual(["ExcelApi 1.12"]);
    expect(missingRequirementSets(undefined)).toEqual([]);
  });
});
