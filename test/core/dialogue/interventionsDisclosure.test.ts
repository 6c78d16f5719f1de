/**
 * Disclosure control of the section "Insatser" (issue #13): the insatser partition the unit's exits,
 * so an attacker who reads every shown number of a sheet — the insatser, the follow-up, the
 * partnerships and the unit's EXITRATE — and applies the sum relations must not determine a hidden
 * count (the approach of disclosure.test.ts: a hidden count is determined when its unit vector lies in
 * the row space of the equations).
 */
import { build, buildModel } from "../../../src/core/dialogue/build";
import { dialogueSheet } from "../../../src/core/dialogue/dialogueSheet";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { findSources } from "../../../src/core/dialogue/sources";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import type { SheetTable } from "../../../src/core/registry/types";
import { defaultSettings } from "../../../src/core/settings";
import { mulberry32, syntheticPnrs } from "../../helpers/synthetic";
import { demoTables, TODAY } from "./demoTables";
import { rank } from "../../helpers/rank";

type G = "K" | "M" | "T";
const GS: G[] = ["K", "M", "T"];
/** A shown figure: share (or count) and group size, null when not shown. */
interface Shown {
  value: number | null;
  n: number | null;
  hidden: boolean;
}

interface SectionView {
  /** Insats → its EXITRATE cells. */
  exits: Map<string, Record<G, Shown>>;
  /** Insats → [work share, followed-up rate]. */
  followUps: Map<string, [Record<G, Shown>, Record<G, Shown>]>;
  partnership: Record<G, Shown> | null;
  unit: Record<G, Shown>;
}

/** The section and the unit's EXITRATE as a reader sees them on the sheet. */
function readSheet(sheet: SheetDescription): SectionView | null {
  const at = (r: number, c: number) =>
    sheet.cells.find((x) => x.row === r && x.col === c)?.value ?? null;
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const col1 = new Map(sheet.cells.filter((c) => c.col === 1).map((c) => [c.row, c.value]));
  const title = [...col1].find(([, v]) => typeof v === "string" && /^\d+\. Insatser$/.test(v));
  if (!title) return null;
  const end =
    [...col1].find(([r, v]) => r > title[0] && typeof v === "string" && /^\d+\. /.test(v))?.[0] ??
    Infinity;
  const triple = (r: number): Record<G, Shown> => {
    const one = (c: number, nc: number): Shown => ({
      value: num(at(r, c)),
      n: num(at(r, nc)),
      hidden: at(r, c) === "–",
    });
    return { K: one(2, 8), M: one(4, 9), T: one(6, 10) };
  };
  const view: SectionView = {
    exits: new Map(),
    followUps: new Map(),
    partnership: null,
    unit: {} as Record<G, Shown>,
  };
  let table: "exits" | "followUp" | null = null;
  const work = new Map<string, Record<G, Shown>>();
  for (let r = title[0] + 1; r < end; r++) {
    const label = col1.get(r);
    if (label === "Insats" && at(r, 2) === "Kvinnor") {
      table = at(r, 8) === "Antal avslut kvinnor" ? "exits" : "followUp";
      continue;
    }
    if (typeof label !== "string" || label === "") {
      table = null;
      continue;
    }
    if (label === "Avslut till arbete via partnerskap (antal)") {
      const one = (c: number): Shown => ({
        value: num(at(r, c)),
        n: num(at(r, c)),
        hidden: at(r, c) === "–",
      });
      view.partnership = { K: one(2), M: one(3), T: one(4) };
    } else if (table === "exits") view.exits.set(label, triple(r));
    else if (table === "followUp" && label.endsWith(": i arbete eller studier (antal = uppföljda)"))
      work.set(label.split(":")[0], triple(r));
    else if (table === "followUp" && label.endsWith(": uppföljda (antal = avslut)"))
      view.followUps.set(label.split(":")[0], [work.get(label.split(":")[0])!, triple(r)]);
  }
  const rows = sheet.cells
    .filter((c) => c.col === 1 && c.value === "Avslut till arbete eller studier (andel)")
    .map((c) => c.row);
  const exitsRow = sheet.cells.find((c) => c.col === 1 && c.value === "Antal avslut")!.row;
  const [result, analysis] = rows;
  view.unit = {
    K: { value: num(at(analysis, 2)), n: num(at(analysis, 6)), hidden: at(analysis, 2) === "–" },
    M: { value: num(at(analysis, 4)), n: num(at(analysis, 7)), hidden: at(analysis, 4) === "–" },
    T: { value: num(at(result, 4)), n: num(at(exitsRow, 4)), hidden: at(result, 4) === "–" },
  };
  return view;
}

/**
 * The hidden counts the shown numbers determine. Unknowns: count and size of every figure and group.
 * Equations: a shown share with its size gives both (a shown share alone ties count to size); women +
 * men = total; the insatser's exits add up to the unit's; the work share's size is the followed-up
 * count; the followed-up rate's size is the insats's exits (every exit measurable here).
 */
function determined(view: SectionView): string[] {
  const index = new Map<string, number>();
  const v = (key: string) => {
    if (!index.has(key)) index.set(key, index.size);
    return index.get(key)!;
  };
  const figures: Array<[string, Record<G, Shown>]> = [["unit", view.unit]];
  for (const [label, t] of view.exits) figures.push([`exits ${label}`, t]);
  for (const [label, [w, f]] of view.followUps)
    figures.push([`work ${label}`, w], [`followed ${label}`, f]);
  if (view.partnership) figures.push(["partnership", view.partnership]);
  for (const [name] of figures)
    for (const g of GS) for (const w of ["c", "n"]) v(`${name}|${g}|${w}`);
  const eqs: number[][] = [];
  const eq = (terms: Array<[string, number]>) => {
    const row = new Array(index.size).fill(0);
    for (const [k, coef] of terms) row[v(k)] += coef;
    eqs.push(row);
  };
  for (const [name, t] of figures) {
    for (const g of GS) {
      const s = t[g];
      if (name === "partnership") {
        if (s.value !== null) eq([[`${name}|${g}|c`, 1]]);
        continue;
      }
      if (s.n !== null) {
        eq([[`${name}|${g}|n`, 1]]);
        if (s.value !== null) eq([[`${name}|${g}|c`, 1]]);
      } else if (s.value !== null)
        eq([
          [`${name}|${g}|c`, 1],
          [`${name}|${g}|n`, -s.value],
        ]);
    }
    for (const w of ["c", "n"])
      eq([
        [`${name}|K|${w}`, 1],
        [`${name}|M|${w}`, 1],
        [`${name}|T|${w}`, -1],
      ]);
  }
  for (const g of GS) {
    for (const w of ["c", "n"])
      eq([
        [`unit|${g}|${w}`, -1],
        ...[...view.exits.keys()].map((l): [string, number] => [`exits ${l}|${g}|${w}`, 1]),
      ]);
    for (const label of view.followUps.keys()) {
      eq([
        [`work ${label}|${g}|n`, 1],
        [`followed ${label}|${g}|c`, -1],
      ]);
      eq([
        [`followed ${label}|${g}|n`, 1],
        [`exits ${label}|${g}|n`, -1],
      ]);
    }
  }
  const r0 = rank(eqs);
  const found: string[] = [];
  for (const [name, t] of figures) {
    for (const g of GS) {
      if (!t[g].hidden) continue;
      const unit = new Array(index.size).fill(0);
      unit[v(`${name}|${g}|c`)] = 1;
      if (rank([...eqs, unit]) === r0) found.push(`${name} ${g}`);
    }
  }
  return found;
}

/** Unit E in 2025: four insatser of which Praktik (one woman in work) and the pooled rest are small. */
function crafted(): SheetTable[] {
  const specs: Array<[number, string, string | null, string, string | null, string | null]> = [
    [8, "K", "Jobbcoachning", "Arbete", null, null],
    [12, "K", "Jobbcoachning", "Avbrott", null, null],
    [10, "M", "Jobbcoachning", "Arbete", null, "Ja"],
    [10, "M", "Jobbcoachning", "Avbrott", null, null],
    [6, "K", "Stockholmsjobb", "Arbete", "Arbete", "Ja"],
    [4, "K", "Stockholmsjobb", "Avbrott", "Annat", null],
    [2, "K", "Stockholmsjobb", "Avbrott", null, null],
    [7, "M", "Stockholmsjobb", "Arbete", "Arbete", "Ja"],
    [7, "M", "Stockholmsjobb", "Avbrott", "Arbetssökande", null],
    [1, "K", "Praktik", "Arbete", null, "Ja"],
    [9, "K", "Praktik", "Avbrott", null, null],
    [5, "M", "Praktik", "Arbete", null, null],
    [5, "M", "Praktik", "Avbrott", null, null],
    [1, "K", "Yrkessvenska", "Arbete", null, null],
    [1, "K", "Yrkessvenska", "Avbrott", null, null],
    [1, "M", "Yrkessvenska", "Avbrott", null, null],
    [1, "M", null, "Arbete", null, null],
  ];
  const people = syntheticPnrs(mulberry32(7), 200);
  const rows: unknown[][] = [];
  for (const [count, g, insats, reason, f, p] of specs)
    for (let i = 0; i < count; i++)
      rows.push([
        people[rows.length].long,
        g,
        "E",
        insats,
        "2024-10-01",
        "2025-03-15",
        reason,
        f,
        p,
      ]);
  const headers = [
    "Personnummer",
    "Kön",
    "Enhet",
    "Insats",
    "Inskrivningsdatum",
    "Avslutsdatum",
    "Avslutsorsak",
    "Sysselsättning 3 mån",
    "Partnerskap",
  ];
  return [
    { name: "Avslut", headerRow: 1, firstColumn: 1, headers, rows: rows as SheetTable["rows"] },
  ];
}

describe("the attacker on the section Insatser", () => {
  test("on the crafted unit: hidden cells exist, none is determined", () => {
    const [sheet] = build(crafted(), {
      template: "jobbtorg",
      unit: "E",
      period: "2025",
      today: TODAY,
    });
    const view = readSheet(sheet)!;
    expect([...view.exits.keys()]).toEqual([
      "Jobbcoachning",
      "Stockholmsjobb",
      "Praktik",
      "Övriga insatser",
    ]);
    expect(view.exits.get("Övriga insatser")!.T.hidden).toBe(true);
    expect(view.exits.get("Praktik")!.T.hidden).toBe(true);
    expect(determined(view)).toEqual([]);
  });

  test("without complementary suppression the same attacker finds the pooled total and the hidden follow-up rate", () => {
    // Two of Stockholmsjobb's twelve women are not followed up: the rate is hidden, and the work share's
    // group size (the followed up) would give it back against the exits.
    const sources = findSources(crafted());
    const bare = dialogueSheet(
      buildModel(sources, "jobbtorg", "E", parsePeriod("2025")!, defaultSettings(), TODAY),
      "E"
    );
    expect(determined(readSheet(bare)!)).toEqual([
      "exits Övriga insatser T",
      "followed Stockholmsjobb K",
      "followed Stockholmsjobb M",
      "followed Stockholmsjobb T",
    ]);
  });

  test("on every unit's sheet of the demo workbook, 2025T2", () => {
    const sheets = build(demoTables(), {
      template: "jobbtorg",
      all: true,
      period: "2025T2",
      today: TODAY,
    }).filter((s) => s.meta.template === "jobbtorg");
    expect(sheets).toHaveLength(4);
    const views = sheets.map((s) => readSheet(s)!);
    expect(views.every((view) => view.exits.size >= 3)).toBe(true);
    // The demo fills the whole section: the 3-month follow-up of Stockholmsjobb and the partnerships.
    expect(
      views.every((view) => view.followUps.has("Stockholmsjobb") && view.partnership !== null)
    ).toBe(true);
    for (const [i, view] of views.entries())
      expect({ sheet: sheets[i].name, found: determined(view) }).toEqual({
        sheet: sheets[i].name,
        found: [],
      });
  });
});
