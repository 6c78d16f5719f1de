/**
 * The demo generator (src/core/demo) in-process: deterministic per seed, synthetic but valid
 * personnummer, nothing after today, realistic shares, and income support correlated with the exit.
 */
import { CellValue, monthOfSerial, parseDate, parseMonth, serialOf } from "../../src/core/cells";
import {
  avslutSheet,
  generateDemo,
  generateExits,
  PersonFactory,
  Random,
} from "../../src/core/demo";
import { parsePnr } from "../../src/core/pnr";
import { validateTable } from "../../src/core/registry/validate";
import {
  bornAbroadOf,
  DEFAULT_TARGET_GROUP_SETTINGS,
  educationLevelOf,
  followUpOf,
  inTargetGroup,
  yesNoOf,
} from "../../src/core/targetGroups";

const TODAY = serialOf(2026, 3, 15);
const demo = generateDemo({ exits: 2000, seed: 1, today: TODAY });
const sheet = (name: string) => {
  const found = demo.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const column = (name: string, header: string): CellValue[] => {
  const s = sheet(name);
  const c = s.headers.indexOf(header);
  return s.rows.map((r) => r[c]);
};
const POSITIVE = new Set(["Arbete", "Subventionerad anställning", "Eget företag", "Studier"]);

test("the sheets, their tables and sizes for seed 1", () => {
  expect(demo.about.name).toBe("Om demodata");
  expect(demo.about.lines.join("\n")).toContain("SYNTETISKA DATA – inga verkliga personer");
  expect(demo.about.lines.join("\n")).toContain("SYNTHETIC DATA – no real persons");
  expect(demo.sheets.map((s) => [s.name, s.tableName, s.rows.length])).toEqual([
    ["Avslut", "Avslut", 2000],
    ["Forsorjningsstod", "Forsorjningsstod", 17402],
    ["VuxUppfoljning", "VuxUppfoljning", 800],
    ["Personalkostnad", "Personalkostnad", 8],
    ["Mal", "Mal", 8],
    ["Sfi", "Sfi", 900],
    ["Avslut (import)", undefined, 42],
    ["Enkat", "Enkat", 3096],
    ["EnkatUrval", "EnkatUrval", 15],
    ["Progression", "Progression", 1320],
    ["ScbInkomstkalla", "ScbInkomstkalla", 1260],
  ]);
});

test("the same seed gives the same workbook; another seed another", () => {
  const again = generateDemo({ exits: 2000, seed: 1, today: TODAY });
  expect(again).toEqual(demo);
  const other = generateDemo({ exits: 2000, seed: 2, today: TODAY });
  expect(other.sheets[0].rows[0]).not.toEqual(demo.sheets[0].rows[0]);
});

test("every personnummer in the clean registers is valid, and none is a samordningsnummer", () => {
  for (const name of ["Avslut", "Forsorjningsstod", "VuxUppfoljning", "Sfi"]) {
    for (const value of column(name, "Personnummer")) {
      const parsed = parsePnr(value, TODAY);
      expect(parsed.ok && !parsed.pnr.coordination).toBe(true);
    }
  }
});

test("exits: 2024 up to today, enrolment before exit, about half positive, women and men", () => {
  const starts = column("Avslut", "Inskrivningsdatum").map((v) => parseDate(v) as number);
  const ends = column("Avslut", "Avslutsdatum").map((v) => parseDate(v) as number);
  expect(Math.min(...ends)).toBeGreaterThanOrEqual(serialOf(2024, 1, 1));
  expect(Math.max(...ends)).toBeLessThanOrEqual(TODAY);
  expect(starts.every((s, i) => s < ends[i])).toBe(true);
  const reasons = column("Avslut", "Avslutsorsak");
  const genders = column("Avslut", "Kön");
  const share = (g: string) => {
    const idx = genders.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
    return idx.filter((i) => POSITIVE.has(String(reasons[i]))).length / idx.length;
  };
  const positive = reasons.filter((r) => POSITIVE.has(String(r))).length / reasons.length;
  expect(positive).toBeCloseTo(0.479, 3);
  expect(share("K")).toBeGreaterThan(0.4);
  expect(share("M")).toBeGreaterThan(share("K"));
  expect(new Set(column("Avslut", "Enhet")).size).toBe(4);
});

test("income support covers 2023-07 to this month and follows the exit reason", () => {
  const months = column("Forsorjningsstod", "Månad").map((v) => parseMonth(v) as number);
  expect(Math.min(...months)).toBe(2023 * 12 + 6);
  expect(Math.max(...months)).toBe(monthOfSerial(TODAY));
  const paid = new Set(
    column("Forsorjningsstod", "Personnummer").map((p, i) => `${p}|${months[i]}`)
  );
  expect(paid.size).toBe(months.length); // one row per person and month
  const pnrs = column("Avslut", "Personnummer");
  const ends = column("Avslut", "Avslutsdatum").map((v) => monthOfSerial(parseDate(v) as number));
  const reasons = column("Avslut", "Avslutsorsak");
  const selfSufficient = { positive: [0, 0], other: [0, 0] };
  ends.forEach((end, i) => {
    if (end + 6 > monthOfSerial(TODAY)) return; // not measurable yet
    const group = POSITIVE.has(String(reasons[i])) ? selfSufficient.positive : selfSufficient.other;
    group[1]++;
    if (!paid.has(`${pnrs[i]}|${end + 6}`)) group[0]++;
  });
  const rate = (g: number[]) => g[0] / g[1];
  expect(rate(selfSufficient.positive)).toBeGreaterThan(0.8);
  expect(rate(selfSufficient.other)).toBeLessThan(0.55);
});

test("adult education: a drop-out reason exactly when Avbruten, occupation after only once measurable", () => {
  const status = column("VuxUppfoljning", "Status");
  const reason = column("VuxUppfoljning", "Avbrottsorsak");
  expect(status.every((s, i) => (s === "Avbruten") === (reason[i] !== null))).toBe(true);
  expect(new Set(status)).toEqual(new Set(["Slutförd", "Avbruten", "Pågående"]));
  expect(new Set(column("VuxUppfoljning", "Utbildningstyp"))).toEqual(
    new Set(["Yrkesutbildning", "Kombinationsutbildning", "Yrkeshögskola"])
  );
  const after = column("VuxUppfoljning", "Sysselsättning efter");
  expect(new Set(after)).toEqual(new Set(["Arbete", "Studier", "Arbetssökande", "Annat", null]));
  expect(after.filter((a, i) => a !== null && status[i] === "Pågående")).toEqual([]);
});

test("staff cost per unit and whole year, and targets per unit", () => {
  expect(sheet("Personalkostnad").rows.map((r) => r[1])).toEqual([
    "2024",
    "2025",
    "2024",
    "2025",
    "2024",
    "2025",
    "2024",
    "2025",
  ]);
  expect(
    sheet("Personalkostnad").rows.every((r) => typeof r[2] === "number" && r[2] > 10_000_000)
  ).toBe(true);
  expect(sheet("Mal").rows.slice(0, 1)).toEqual([["EXITRATE", "Jobbtorg Järva", 0.45]]);
  expect(
    sheet("Mal")
      .rows.filter((r) => r[0] === "SELFSUFF6M")
      .every((r) => r[2] === 0.7)
  ).toBe(true);
  // From September on, the current year is reported as its last completed tertial.
  const autumn = generateDemo({ exits: 100, seed: 1, today: serialOf(2026, 9, 10) });
  expect(autumn.sheets[3].rows.slice(0, 3).map((r) => r[1])).toEqual(["2024", "2025", "2026T2"]);
});

test("the clean registers validate without errors in-process, also at other seeds and sizes", () => {
  for (const d of [demo, generateDemo({ exits: 500, seed: 7, today: serialOf(2025, 11, 2) })]) {
    const today = d === demo ? TODAY : serialOf(2025, 11, 2);
    for (const s of d.sheets.slice(0, 4)) {
      const report = validateTable(
        { name: s.name, headerRow: 1, firstColumn: 1, headers: s.headers, rows: s.rows },
        { today }
      );
      expect([s.name, report.counts.error]).toEqual([s.name, 0]);
    }
  }
});

test("exits carry issue #13's target-group columns, drawn without changing any other value", () => {
  // The first seven columns are what the exits alone give (the new columns use a stream of their own).
  const plain = avslutSheet(
    generateExits(new Random(1 * 7 + 2), new PersonFactory(new Random(1 * 7 + 1)), 2000, TODAY)
  );
  expect(sheet("Avslut").rows.map((r) => r.slice(0, 7))).toEqual(
    plain.rows.map((r) => r.slice(0, 7))
  );

  const rows = sheet("Avslut").rows;
  const at = (header: string) => sheet("Avslut").headers.indexOf(header);
  const share = (values: boolean[]) => values.filter(Boolean).length / values.length;
  const people = new Map(rows.map((r) => [r[0], r]));
  const abroad = [...people.values()].map((r) => bornAbroadOf(r[at("Bakgrund")]));
  expect(abroad).not.toContain(null);
  expect(share(abroad as boolean[])).toBeGreaterThan(0.55);
  expect(share(abroad as boolean[])).toBeLessThan(0.65);
  const backgrounds = new Set(rows.map((r) => r[at("Bakgrund")]));
  for (const written of ["Utrikes född", "Inrikes född", "Sverige", "Syrien", "Somalia"])
    expect(backgrounds).toContain(written);
  const levels = [...people.values()].map((r) => educationLevelOf(r[at("Utbildningsnivå")]));
  expect(share(levels.map((l) => l === "Förgymnasial"))).toBeGreaterThan(0.3);
  expect(share(levels.map((l) => l === "Förgymnasial"))).toBeLessThan(0.4);

  const persons = rows.map((r) => {
    const parsed = parsePnr(r[0], TODAY);
    return {
      exitSerial: parseDate(r[at("Avslutsdatum")]) as number,
      birthSerial: parsed.ok ? parsed.pnr.birthSerial : null,
      bornAbroad: bornAbroadOf(r[at("Bakgrund")]),
      registeredSerial:
        r[at("Folkbokföringsdatum")] === null
          ? null
          : (parseDate(r[at("Folkbokföringsdatum")]) as number),
    };
  });
  const settings = DEFAULT_TARGET_GROUP_SETTINGS;
  // The people of the exits were born 1960–2004 before issue #13, so the young are the share those years give.
  expect(share(persons.map((p) => inTargetGroup("unga", p, settings) === true))).toBeGreaterThan(
    0.04
  );
  const newlyArrived = persons
    .filter((p) => p.bornAbroad)
    .map((p) => inTargetGroup("nyanlanda", p, settings) === true);
  expect(share(newlyArrived)).toBeGreaterThan(0.15);
  expect(share(newlyArrived)).toBeLessThan(0.35);
  expect(
    persons.every(
      (p) =>
        p.registeredSerial === null ||
        (p.birthSerial !== null && p.registeredSerial >= p.birthSerial)
    )
  ).toBe(true);

  const reason = at("Avslutsorsak");
  const toWork = rows.filter(
    (r) => r[reason] === "Arbete" || r[reason] === "Subventionerad anställning"
  );
  expect(rows.filter((r) => !toWork.includes(r)).every((r) => r[at("Partnerskap")] === null)).toBe(
    true
  );
  const yes = share(toWork.map((r) => yesNoOf(r[at("Partnerskap")]) === true));
  expect(yes).toBeGreaterThan(0.2);
  expect(yes).toBeLessThan(0.4);

  const followUp = at("Sysselsättning 3 mån");
  const stockholmsjobb = rows.filter(
    (r) =>
      r[at("Insats")] === "Stockholmsjobb" &&
      (parseDate(r[at("Avslutsdatum")]) as number) <= TODAY - 92
  );
  const followed = share(stockholmsjobb.map((r) => followUpOf(r[followUp]) !== null));
  expect(followed).toBeGreaterThan(0.78);
  expect(followed).toBeLessThan(0.92);
  expect(
    rows.filter((r) => r[at("Insats")] !== "Stockholmsjobb").every((r) => r[followUp] === null)
  ).toBe(true);
  // Enough Stockholmsjobb exits in every unit that the Insatser section has something to show.
  for (const unit of new Set(rows.map((r) => r[2])))
    expect(stockholmsjobb.filter((r) => r[2] === unit).length).toBeGreaterThan(20);

  // Every value of the new columns is a code, a synonym or a country: no code/unknown.
  const report = validateTable(
    { name: "Avslut", headerRow: 1, firstColumn: 1, headers: sheet("Avslut").headers, rows },
    { today: TODAY }
  );
  expect(report.countsByCode["code/unknown"] ?? 0).toBe(0);
  expect(Object.keys(report.mapping ?? {})).toEqual(
    expect.arrayContaining([
      "educationLevel",
      "background",
      "registrationDate",
      "partnership",
      "followUp3m",
    ])
  );
});
