/**
 * A synthetic SCB extract (`ScbInkomstkalla`, issue #16), shaped as SCB delivers it: one row per cell,
 * a margin table per dimension with "Totalt" in the others, Kvinnor, Män and Totalt, the time points
 * written out ("1 år före"), and cells of 1 or 2 persons hidden as "..". The cells are aggregated from
 * synthetic persons, so every margin adds up and each group counts the same persons at each time point.
 */
import { ymdOf } from "../cells";
import { DEFAULT_CODE_LISTS } from "../registry/codeLists";
import { Random } from "./random";
import { DemoSheet, SYNTHETIC_NOTE } from "./types";

const SOURCES = DEFAULT_CODE_LISTS.incomeSources;
const AGES = ["16–24 år", "25–34 år", "35–49 år", "50–64 år"];
const EDUCATION = ["Förgymnasial", "Gymnasial", "Eftergymnasial"];
const BACKGROUND = ["Född i Sverige", "Född utomlands"];
const TIMES = ["1 år före", "1 år efter", "2 år efter"];

/**
 * Shares of the seven sources (SCB's order: arbetslös, åtgärd, ekonomiskt bistånd, förvärvsarbete,
 * studerande, vård av barn/anhörig, övrigt) per group and time point: both groups start alike; a
 * Stockholmsjobb is a job, so work is high a year after and partly falls back when it ends.
 */
const PROFILES: Record<string, number[][]> = {
  Stockholmsjobb: [
    [0.28, 0.16, 0.32, 0.12, 0.05, 0.04, 0.03],
    [0.1, 0.06, 0.1, 0.6, 0.06, 0.04, 0.04],
    [0.15, 0.09, 0.17, 0.43, 0.08, 0.04, 0.04],
  ],
  "Övriga inskrivna": [
    [0.3, 0.15, 0.3, 0.13, 0.05, 0.04, 0.03],
    [0.24, 0.16, 0.24, 0.22, 0.07, 0.04, 0.03],
    [0.22, 0.12, 0.22, 0.28, 0.09, 0.04, 0.03],
  ],
};
const SIZES: Record<string, number> = { Stockholmsjobb: 640, "Övriga inskrivna": 2400 };

interface Person {
  gender: "Kvinnor" | "Män";
  age: string;
  education: string;
  background: string;
  sources: number[];
}

function drawSource(random: Random, shares: number[], person: Omit<Person, "sources">): number {
  // Education and age tilt the chance of work, so the subgroups differ as real ones do.
  const tilt =
    (person.education === "Eftergymnasial"
      ? 1.35
      : person.education === "Förgymnasial"
        ? 0.75
        : 1) * (person.age === "50–64 år" ? 0.8 : 1);
  const weights = shares.map(
    (s, i) => [i, SOURCES[i] === "Förvärvsarbete" ? s * tilt : s] as const
  );
  return random.weighted(weights);
}

/** The `ScbInkomstkalla` table: enrolments of four years ago (SCB's lag), two groups. */
export function scbSheet(random: Random, today: number): DemoSheet {
  const year = ymdOf(today)[0] - 4;
  const rows: Array<Array<string | number>> = [];
  for (const group of Object.keys(PROFILES)) {
    const people: Person[] = [];
    for (let i = 0; i < SIZES[group]; i++) {
      const base = {
        gender: random.chance(0.42) ? ("Kvinnor" as const) : ("Män" as const),
        age: random.weighted(AGES.map((a, j) => [a, [0.22, 0.34, 0.3, 0.14][j]] as const)),
        education: random.weighted(EDUCATION.map((e, j) => [e, [0.38, 0.4, 0.22][j]] as const)),
        background: random.chance(0.64) ? BACKGROUND[1] : BACKGROUND[0],
      };
      people.push({
        ...base,
        sources: PROFILES[group].map((shares) => drawSource(random, shares, base)),
      });
    }
    // The margin tables: everyone, then each dimension's values with "Totalt" in the other two.
    const margins: Array<[string, string, string, (p: Person) => boolean]> = [
      ["Totalt", "Totalt", "Totalt", () => true],
      ...AGES.map((a): [string, string, string, (p: Person) => boolean] => [
        a,
        "Totalt",
        "Totalt",
        (p) => p.age === a,
      ]),
      ...EDUCATION.map((e): [string, string, string, (p: Person) => boolean] => [
        "Totalt",
        e,
        "Totalt",
        (p) => p.education === e,
      ]),
      ...BACKGROUND.map((b): [string, string, string, (p: Person) => boolean] => [
        "Totalt",
        "Totalt",
        b,
        (p) => p.background === b,
      ]),
    ];
    for (const gender of ["Kvinnor", "Män", "Totalt"]) {
      for (const [age, education, background, selects] of margins) {
        const members = people.filter(
          (p) => selects(p) && (gender === "Totalt" || p.gender === gender)
        );
        TIMES.forEach((time, t) => {
          SOURCES.forEach((source, s) => {
            const count = members.filter((p) => p.sources[t] === s).length;
            // SCB's own rule in many deliveries: 1 or 2 persons are not given.
            rows.push([
              group,
              gender,
              age,
              education,
              background,
              time,
              source,
              count > 0 && count < 3 ? ".." : count,
              year,
            ]);
          });
        });
      }
    }
  }
  return {
    name: "ScbInkomstkalla",
    tableName: "ScbInkomstkalla",
    note: `${SYNTHETIC_NOTE} Uppbyggt som SCB:s uttag om huvudsaklig inkomstkälla; ".." = dolt av SCB.`,
    headers: [
      "Grupp",
      "Kön",
      "Åldersgrupp",
      "Utbildningsnivå",
      "Bakgrund",
      "Tidpunkt",
      "Inkomstkälla",
      "Antal",
      "Inskrivningsår",
    ],
    rows,
    widths: { 0: 18, 1: 9, 2: 12, 3: 15, 4: 15, 5: 11, 6: 30, 7: 8, 8: 14 },
  };
}
