import { findSources } from "../../../src/core/dialogue/sources";
import type { SheetTable } from "../../../src/core/registry/types";

function table(name: string, headers: string[], rows: unknown[][] = []): SheetTable {
  return { name, headerRow: 1, firstColumn: 1, headers, rows: rows as SheetTable["rows"] };
}

describe("findSources", () => {
  const targets = table(
    "Mal",
    ["Indikator", "Enhet", "Mål"],
    [["EXITRATE", "Jobbtorg City", 0.45]]
  );
  const exits = table("Utdrag", [
    "Personnummer",
    "Kön",
    "Enhet",
    "Inskrivningsdatum",
    "Avslutsdatum",
    "Avslutsorsak",
  ]);

  it("does not take the targets table for the staff-cost register", () => {
    const sources = findSources([exits, targets]);
    expect(sources.registers.personalkostnad).toBeUndefined();
    expect(sources.registers.avslut?.table.name).toBe("Utdrag");
    expect(sources.used).toEqual([
      { sheet: "Utdrag", rows: 0 },
      { sheet: "Mal", rows: 1 },
    ]);
    expect(sources.targets).toHaveLength(1);
  });

  it("finds a register by headers only when every required column is there", () => {
    const costs = table(
      "Kostnader",
      ["Enhet", "Period", "Personalkostnad"],
      [["Jobbtorg City", "2025", 1000]]
    );
    const partial = table("Halv", ["Enhet", "Period"]);
    expect(findSources([partial, costs]).registers.personalkostnad?.table.name).toBe("Kostnader");
    expect(findSources([partial]).registers.personalkostnad).toBeUndefined();
  });
});
