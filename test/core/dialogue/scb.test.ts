/**
 * The long-term follow-up from an SCB extract (issue #16): shares with Wilson intervals, the change from
 * −1 to +2, the difference in differences with its normal-approximation interval, SCB's hidden marks,
 * complementary suppression and the sheet's text. Reference values from scipy (calls beside them).
 */
import { serialOf } from "../../../src/core/cells";
import { build, unitsOf } from "../../../src/core/dialogue/build";
import { findSources } from "../../../src/core/dialogue/sources";
import { protectScb } from "../../../src/core/dialogue/scbDisclosure";
import {
  changeOf,
  differenceInDifferences,
  INCOME_SOURCES,
  SCB_GENDERS,
  SCB_TIMES,
  scbModel,
  ScbModel,
  shareOf,
} from "../../../src/core/dialogue/scbModel";
import type { CellValue } from "../../../src/core/cells";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import type { SheetTable } from "../../../src/core/registry/types";
import { defaultSettings } from "../../../src/core/settings";
import { wilsonInterval } from "../../../src/core/stats";
import { AID, COUNTS, extract, TIMES, WORK } from "./scbData";

const TODAY = serialOf(2026, 6, 15);

function model(table: SheetTable, protect = true): ScbModel {
  const m = scbModel(findSources([table]).registers.scb!, null);
  if (protect) protectScb([m], defaultSettings());
  return m;
}

/** The value of the cell right of (or `offset` columns from) the first cell holding `label` at or after `from`. */
function valueBeside(sheet: SheetDescription, labels: string[], offset: number): CellValue {
  let row = 0;
  for (const label of labels) row = sheet.cells.find((c) => c.row > row && c.value === label)!.row;
  const first = sheet.cells.find((c) => c.row === row && c.value === labels[labels.length - 1])!;
  return sheet.cells.find((c) => c.row === row && c.col === first.col + offset)?.value ?? null;
}

describe("SCB model: shares, changes and the difference in differences", () => {
  const m = model(extract());
  const [sj, others] = [m.groups[m.participants], m.groups[m.comparison]];

  it("finds the groups, sums women and men for the total, and reads the enrolment year", () => {
    expect(m.groups.map((g) => g.name)).toEqual(["Stockholmsjobb", "Övriga inskrivna"]);
    expect(SCB_TIMES.map((t) => sj.counts.T[t].n.count)).toEqual([200, 200, 200]);
    expect(SCB_TIMES.map((t) => others.counts.K[t].n.count)).toEqual([450, 450, 450]);
    expect(m.years).toBe("2022");
    expect(m.unreadRows).toBe(0);
  });

  it("gives each share with its Wilson interval (scipy)", () => {
    // scipy.stats.binomtest(24, 200).proportion_ci(method="wilson") → (0.08197992706375513, 0.17234252098296748)
    const work = shareOf(sj.counts.T[-1], WORK)!;
    expect(work).toEqual({ p: 0.12, n: 200, count: 24 });
    const ci = wilsonInterval(work.count, work.n);
    expect(ci.low).toBeCloseTo(0.08197992706375513, 12);
    expect(ci.high).toBeCloseTo(0.17234252098296748, 12);
    // binomtest(38, 80) → (0.36924733297407575, 0.5830435735027006)
    const women = shareOf(sj.counts.K[2], WORK)!;
    expect(women.p).toBeCloseTo(38 / 80, 15);
    expect(wilsonInterval(women.count, women.n).low).toBeCloseTo(0.36924733297407575, 12);
  });

  it("gives the change from −1 to +2 in percentage points with its interval", () => {
    // p1 = 24/200, p2 = 90/200; (p2 − p1) ± norm.ppf(0.975)·√(p1(1−p1)/200 + p2(1−p2)/200)
    // → 33.0, (24.76465207296287, 41.23534792703714)
    const change = changeOf(sj, "T", WORK)!;
    expect(change.pp).toBeCloseTo(33, 10);
    expect(change.lowPp).toBeCloseTo(24.76465207296287, 10);
    expect(change.highPp).toBeCloseTo(41.23534792703714, 10);
    expect(changeOf(others, "T", AID)!.pp).toBeCloseTo(-8, 10); // 220/1000 − 300/1000
  });

  it("gives the difference in differences with the normal interval of four independent shares", () => {
    // d = (90/200 − 24/200) − (280/1000 − 130/1000) = 0.18; se = √Σ p(1−p)/n over the four shares;
    // d ± norm.ppf(0.975)·se → (9.060759182789669, 26.93924081721033) pp.  R: qnorm(0.975) = 1.959964
    const work = differenceInDifferences(m, "T", WORK)!;
    expect(work.pp).toBeCloseTo(18, 10);
    expect(work.lowPp).toBeCloseTo(9.060759182789669, 10);
    expect(work.highPp).toBeCloseTo(26.93924081721033, 10);
    // Ekonomiskt bistånd: (30/200 − 60/200) − (220/1000 − 300/1000) = −7; (−15.915358908029567, 1.9153589080295657)
    const aid = differenceInDifferences(m, "T", AID)!;
    expect(aid.pp).toBeCloseTo(-7, 10);
    expect(aid.lowPp).toBeCloseTo(-15.915358908029567, 10);
    expect(aid.highPp).toBeCloseTo(1.9153589080295657, 10);
    // Women: (38/80 − 10/80) − (120/450 − 60/450) → 21.666…, (7.566182532687965, 35.76715080064537)
    const women = differenceInDifferences(m, "K", WORK)!;
    expect(women.pp).toBeCloseTo(21.666666666666664, 10);
    expect(women.lowPp).toBeCloseTo(7.566182532687965, 10);
    expect(women.highPp).toBeCloseTo(35.76715080064537, 10);
  });
});

describe("SCB model: hidden cells", () => {
  it("reads SCB's .. as hidden, takes the group size from a complete time point and hides a complement", () => {
    // Stockholmsjobb women at +2: Övrigt (3) hidden by SCB.
    const table = extract((rows) => {
      const row = rows.find(
        (r) =>
          r[0] === "Stockholmsjobb" &&
          r[1] === "Kvinnor" &&
          r[3] === "2 år efter" &&
          r[4] === "Övrigt"
      )!;
      row[5] = "..";
    });
    const m = model(table, false);
    const women = m.groups[0].counts.K[2];
    expect(women.sources[6]).toEqual({ count: null, hidden: true, bySource: true });
    expect(women.n.count).toBe(80);
    expect(women.nFrom).toBe(-1);
    expect(m.hiddenBySource).toBe(1);
    // The total of women and men at +2 cannot be summed either: it takes 200 from −1.
    expect(m.groups[0].counts.T[2].n.count).toBe(200);
    protectScb([m], defaultSettings());
    // With one hidden cell among the seven, another one goes (the smallest: Vård av barn/anhörig, 3),
    // and the men's Övrigt too (women + men = total), and then a second of the men's sources.
    expect(women.sources.map((c) => c.hidden)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(m.groups[0].counts.M[2].sources[6].hidden).toBe(true);
    expect(m.groups[0].counts.M[2].sources.filter((c) => c.hidden).length).toBeGreaterThanOrEqual(
      2
    );
    expect(shareOf(women, WORK)!.p).toBeCloseTo(38 / 80, 15);
  });

  it("takes a gender's size from both and the other gender when each of its time points has a hidden cell", () => {
    // SCB's margin rows for both genders, and women's Övrigt hidden at every time point.
    const table = extract((rows) => {
      for (const row of rows.filter(
        (r) => r[0] === "Stockholmsjobb" && r[1] === "Kvinnor" && r[4] === "Övrigt"
      ))
        row[5] = "..";
      const both = rows
        .filter((r) => r[0] === "Stockholmsjobb" && r[1] === "Kvinnor")
        .map((r) => {
          const men = rows.find(
            (x) => x[0] === "Stockholmsjobb" && x[1] === "Män" && x[3] === r[3] && x[4] === r[4]
          )!;
          const women =
            COUNTS.Stockholmsjobb.Kvinnor[TIMES.indexOf(String(r[3]))][
              INCOME_SOURCES.indexOf(String(r[4]))
            ];
          return ["Stockholmsjobb", "Totalt", "", r[3], r[4], women + Number(men[5]), 2022];
        });
      rows.push(...both);
    });
    const m = model(table, false);
    const sj = m.groups[0];
    expect(
      SCB_TIMES.map((t) => [sj.counts.T[t].n.count, sj.counts.K[t].n.count, sj.counts.M[t].n.count])
    ).toEqual([
      [200, 80, 120],
      [200, 80, 120],
      [200, 80, 120],
    ]);
    expect(shareOf(sj.counts.K[2], WORK)!.p).toBeCloseTo(38 / 80, 15);
    expect(shareOf(sj.counts.K[2], 6)).toBeNull();
  });

  it("hides counts below the threshold and leaves no relation with a single hidden cell", () => {
    const table = extract((rows) => {
      // Övriga inskrivna, men, −1: Vård 10 → 2 and Arbetslös 200 → 208 (the size stays 550).
      const at = (source: string) =>
        rows.find(
          (r) =>
            r[0] === "Övriga inskrivna" && r[1] === "Män" && r[3] === "1 år före" && r[4] === source
        )!;
      at("Vård av barn/anhörig")[5] = 2;
      at("Arbetslös")[5] = 208;
    });
    const m = model(table);
    const men = m.groups[1].counts.M[-1];
    expect(men.sources[5].hidden).toBe(true);
    // Every relation the sheet shows has no hidden cell or at least two.
    for (const group of m.groups) {
      for (const time of SCB_TIMES) {
        for (const gender of SCB_GENDERS)
          expect(group.counts[gender][time].sources.filter((c) => c.hidden).length).not.toBe(1);
        INCOME_SOURCES.forEach((_, s) =>
          expect(
            SCB_GENDERS.filter((g) => group.counts[g][time].sources[s].hidden).length
          ).not.toBe(1)
        );
      }
    }
    // In the comparison group nothing else is hidden than what the one small cell needs: its complement
    // among the men's sources (Övrigt, 10) and the women's same two cells (women + men = total).
    const hiddenCells = SCB_GENDERS.flatMap((g) =>
      SCB_TIMES.flatMap((t) =>
        m.groups[1].counts[g][t].sources.flatMap((c, s) =>
          c.hidden ? [`${g} ${t} ${INCOME_SOURCES[s]}`] : []
        )
      )
    );
    expect(hiddenCells).toEqual([
      "K -1 Vård av barn/anhörig",
      "K -1 Övrigt",
      "M -1 Vård av barn/anhörig",
      "M -1 Övrigt",
    ]);
    expect(differenceInDifferences(m, "T", WORK)).not.toBeNull();
  });
});

describe("SCB sheet", () => {
  const [sheet] = build([extract()], { template: "scb", period: "", today: TODAY });

  it("is named after the subgroup and enrolment year, and tells its template", () => {
    expect(sheet.name).toBe("SCB alla 2022");
    expect(sheet.meta).toEqual({ template: "scb", unit: null, period: "2022", made: "2026-06-15" });
  });

  it("shows shares, intervals, changes and the comparison", () => {
    expect(valueBeside(sheet, ["Stockholmsjobb – kvinnor och män", "Förvärvsarbete"], 1)).toBe(
      0.12
    );
    expect(valueBeside(sheet, ["Stockholmsjobb – kvinnor och män", "Förvärvsarbete"], 2)).toBe(
      "8,2–17,2\u00a0%"
    );
    expect(valueBeside(sheet, ["Stockholmsjobb – kvinnor och män", "Antal personer"], 5)).toBe(200);
    expect(
      valueBeside(
        sheet,
        [
          "3. Stockholmsjobb jämfört med övriga inskrivna (skillnad i skillnader)",
          "Förvärvsarbete, kvinnor och män",
        ],
        3
      )
    ).toBeCloseTo(18, 10);
    expect(
      valueBeside(
        sheet,
        [
          "3. Stockholmsjobb jämfört med övriga inskrivna (skillnad i skillnader)",
          "Förvärvsarbete, kvinnor och män",
        ],
        4
      )
    ).toBe("+9,1 till +26,9\u00a0p.e.");
    expect(
      valueBeside(
        sheet,
        [
          "3. Stockholmsjobb jämfört med övriga inskrivna (skillnad i skillnader)",
          "Ekonomiskt bistånd, kvinnor och män",
        ],
        5
      )
    ).toBe("Intervallet innehåller 0: ingen säkerställd skillnad mellan grupperna");
  });

  it("draws a 100 % stacked bar per group and time point over the chart table, hidden shares as Dolt", () => {
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart.kind).toBe("percentStackedBar");
    expect(chart.series.map((s) => s.name)).toEqual([...INCOME_SOURCES, "Dolt"]);
    const rows = sheet.cells
      .filter(
        (c) => c.col === 1 && c.row >= chart.categories!.top && c.row <= chart.categories!.bottom
      )
      .map((c) => c.value);
    expect(rows).toEqual([
      "Stockholmsjobb, 1 år före",
      "Stockholmsjobb, 1 år efter",
      "Stockholmsjobb, 2 år efter",
      "Övriga inskrivna, 1 år före",
      "Övriga inskrivna, 1 år efter",
      "Övriga inskrivna, 2 år efter",
    ]);
    const work = chart.series[INCOME_SOURCES.indexOf("Förvärvsarbete")].values;
    expect(sheet.cells.find((c) => c.row === work.top && c.col === work.left)!.value).toBe(0.12);
  });

  it("says the comparison group is no control group and that the data lag two years", () => {
    const text = sheet.cells.map((c) => String(c.value ?? "")).join("\n");
    expect(text).toContain("övriga inskrivna är ingen kontrollgrupp");
    expect(text).toContain(
      "ungefär två års fördröjning: siffrorna beskriver dem som skrevs in 2022, inte dagens verksamhet"
    );
    expect(text).toContain("Den beskriver – den mäter inte Stockholmsjobbs effekt.");
  });

  it("lists the subgroups for the pane and refuses one that is not there", () => {
    const table = extract((rows) =>
      rows.forEach((r, i) => (r[2] = i % 2 === 0 ? "16–24 år" : "25–64 år"))
    );
    const sources = findSources([table]);
    expect(unitsOf(sources, "scb")).toEqual(["Åldersgrupp: 16–24 år", "Åldersgrupp: 25–64 år"]);
    // Without a "Totalt" row for age, everyone is the sum of the age groups; a value alone finds its subgroup.
    const [all] = build([table], { template: "scb", period: "", today: TODAY });
    expect(valueBeside(all, ["Stockholmsjobb – kvinnor och män", "Antal personer"], 1)).toBe(200);
    const [young] = build([table], { template: "scb", period: "", unit: "16-24 år", today: TODAY });
    expect(young.name).toBe("SCB 16–24 år 2022");
    expect(young.meta.unit).toBe("Åldersgrupp: 16–24 år");
    expect(() =>
      build([table], { template: "scb", period: "", unit: "Gymnasial", today: TODAY })
    ).toThrow(/Subgroup "Gymnasial" is not in the extract/);
  });
});
