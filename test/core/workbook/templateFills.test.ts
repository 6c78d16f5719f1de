/**
 * Own templates get the protection the built-in sheets get: the copies of one run are protected
 * together (complementary suppression across units, target groups and insatser), so a value hidden
 * on a copy cannot be worked out from the values shown on the copies.
 */
import { buildModel, unitsOf } from "../../../src/core/dialogue/build";
import { protectWorkbook } from "../../../src/core/dialogue/disclosure";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { placeholderValues } from "../../../src/core/dialogue/placeholders";
import { findSources } from "../../../src/core/dialogue/sources";
import { defaultSettings } from "../../../src/core/settings";
import { WorkbookSession } from "../../../src/core/workbook/session";
import { demoTables, TODAY } from "../dialogue/demoTables";

test("the copies of an own Jobbtorg template are filled from models protected together, as build's sheets", () => {
  const tables = demoTables();
  const settings = defaultSettings();
  const period = parsePeriod("2025T2")!;
  const sources = findSources(tables);
  const units = unitsOf(sources, "jobbtorg");
  expect(units.length).toBe(4);

  const { fills } = new WorkbookSession(tables, settings, TODAY).templateFills("jobbtorg", {
    unit: units[0],
    all: true,
    period: "2025T2",
  });

  const protectedModels = units.map((u) =>
    buildModel(sources, "jobbtorg", u, period, settings, TODAY)
  );
  protectWorkbook(protectedModels);
  const alone = units.map((u) => buildModel(sources, "jobbtorg", u, period, settings, TODAY));
  expect(fills.map((f) => f.unit)).toEqual(units);
  let hiddenByProtection = 0;
  fills.forEach((fill, i) => {
    const expected = placeholderValues(protectedModels[i]);
    const unprotected = placeholderValues(alone[i]);
    for (const [name, value] of expected) {
      expect([name, fill.values.get(name)]).toEqual([name, value]);
      if (value.value === "–" && unprotected.get(name)?.value !== "–") hiddenByProtection++;
    }
  });
  // The demo has values that only the protection hides: filling from lone models would show them.
  expect(hiddenByProtection).toBeGreaterThan(0);
});
