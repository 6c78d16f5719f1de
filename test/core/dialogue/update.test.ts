import { build } from "../../../src/core/dialogue/build";
import { carryManagerText, managerTextOf } from "../../../src/core/dialogue/update";
import { demoTables, TODAY } from "./demoTables";

test("the manager's text follows its key into the recomputed sheet; numbers are the new ones", () => {
  const [old] = build(demoTables(), {
    template: "jobbtorg",
    unit: "Jobbtorg City",
    period: "2025",
    today: TODAY,
  });
  const analys = old.cells.find((c) => c.managerText === "ANALYS")!;
  const motiverad = old.cells.find((c) => c.managerText === "MOTIVERAD.EXITRATE")!;
  const written = new Map([
    [`${analys.row},${analys.col}`, "Resultatet sjönk efter omorganisationen."],
    [`${motiverad.row},${motiverad.col}`, "Nej – se åtgärder."],
  ]);
  const texts = managerTextOf(old, (r, c) => written.get(`${r},${c}`) ?? null);
  expect([...texts.keys()]).toEqual(["MOTIVERAD.EXITRATE", "ANALYS"]);

  // A recomputation with a banner (validation errors) moves every row down by two.
  const [fresh] = build(demoTables(), {
    template: "jobbtorg",
    unit: "Jobbtorg City",
    period: "2025",
    today: TODAY,
    validationErrors: [{ sheet: "Avslut", errors: 4 }],
  });
  const { sheet, orphaned } = carryManagerText(fresh, texts);
  const moved = sheet.cells.find((c) => c.managerText === "ANALYS")!;
  expect(moved.row).toBe(analys.row + 2);
  expect(moved.value).toBe("Resultatet sjönk efter omorganisationen.");
  expect(sheet.cells.find((c) => c.managerText === "MOTIVERAD.EXITRATE")!.value).toBe(
    "Nej – se åtgärder."
  );
  expect(sheet.cells.find((c) => c.managerText === "ATGARDER.EXITRATE")!.value).toBeNull();
  expect(orphaned).toEqual([]);
  expect(
    sheet.cells.some(
      (c) =>
        typeof c.value === "string" &&
        c.value.startsWith("Obs! Källbladen har olösta valideringsfel (Avslut: 4 fel)")
    )
  ).toBe(true);
});

test("text of an indicator that is gone is returned, not dropped", () => {
  const [fresh] = build(demoTables(), {
    template: "jobbtorg",
    unit: "Jobbtorg City",
    period: "2025",
    today: TODAY,
  });
  const { orphaned } = carryManagerText(fresh, new Map([["MOTIVERAD.OLDINDICATOR", "text"]]));
  expect(orphaned).toEqual(["MOTIVERAD.OLDINDICATOR"]);
});
