/**
 * Synthetic subjective measures (issue #14): the yearly user survey of the Jobbtorg units and the
 * schools' student survey (`Enkat`, one row per respondent and question, anonymous), who was invited
 * (`EnkatUrval`), and self-ratings before and after an insats (`Progression`, Outcome Rating Scale
 * 0–40) of some of the exits' persons. Jobbtorg Järva has the low response rate of the seed text
 * (about 26 %, men answering less often), one school answers just under half.
 */
import { DEMO_UNITS } from "./avslut";
import { dateOf, Random } from "./random";
import { DATE_FORMAT, DemoExit, DemoSheet, SYNTHETIC_NOTE } from "./types";

const JOBBTORG_QUESTIONS = [
  "Bemötande: jag blev bemött med respekt",
  "Tillgänglighet: det var lätt att få kontakt",
  "Information: jag fick den information jag behövde",
  "Delaktighet: jag kunde påverka min planering",
];
const SCHOOL_QUESTIONS = ["Jag kan påverka undervisningen", "Jag kan rekommendera skolan"];

/** Invited per gender, response rate per gender and how well the unit is rated (mean on 1–5). */
interface SurveyUnit {
  name: string;
  invited: { K: number; M: number } | number;
  rate: { K: number; M: number };
  level: number;
}

const UNITS: readonly SurveyUnit[] = [
  { name: DEMO_UNITS[0].name, invited: { K: 190, M: 230 }, rate: { K: 0.35, M: 0.18 }, level: 3.5 },
  { name: DEMO_UNITS[1].name, invited: { K: 160, M: 180 }, rate: { K: 0.6, M: 0.55 }, level: 3.8 },
  { name: DEMO_UNITS[2].name, invited: { K: 110, M: 120 }, rate: { K: 0.62, M: 0.58 }, level: 4.0 },
  { name: DEMO_UNITS[3].name, invited: { K: 140, M: 150 }, rate: { K: 0.57, M: 0.52 }, level: 3.7 },
  { name: "Exempelskolan Norr", invited: { K: 120, M: 80 }, rate: { K: 0.66, M: 0.6 }, level: 3.9 },
  {
    name: "Exempelskolan Söder",
    invited: { K: 100, M: 70 },
    rate: { K: 0.5, M: 0.46 },
    level: 3.6,
  },
  { name: "Demo Yrkesinstitut", invited: { K: 60, M: 110 }, rate: { K: 0.55, M: 0.5 }, level: 3.8 },
  // The invited of this school are known only in total: its sheet compares no gender mix.
  { name: "Demo Vårdakademi", invited: 150, rate: { K: 0.64, M: 0.58 }, level: 4.1 },
];

/** Approximately standard normal (sum of four uniforms): enough for demo shapes, deterministic. */
function normal(random: Random): number {
  return (random.next() + random.next() + random.next() + random.next() - 2) * Math.sqrt(3);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The survey answers and the invited sample, as two sheets. */
export function surveySheets(random: Random): DemoSheet[] {
  const answers: Array<Array<string | number | null>> = [];
  const sample: Array<Array<string | number | null>> = [];
  for (const unit of UNITS) {
    const school = !unit.name.startsWith("Jobbtorg");
    const questions = school ? SCHOOL_QUESTIONS : JOBBTORG_QUESTIONS;
    const invited =
      typeof unit.invited === "number"
        ? { K: Math.round(unit.invited * 0.55), M: unit.invited - Math.round(unit.invited * 0.55) }
        : unit.invited;
    if (typeof unit.invited === "number") sample.push([unit.name, null, unit.invited]);
    else for (const g of ["K", "M"] as const) sample.push([unit.name, g, unit.invited[g]]);
    for (const g of ["K", "M"] as const) {
      let respondents = 0;
      for (let i = 0; i < invited[g]; i++) if (random.chance(unit.rate[g])) respondents++;
      for (let p = 0; p < respondents; p++) {
        const personal = normal(random) * 0.5;
        questions.forEach((question, q) => {
          // Some leave a question blank or answer "Vet ej": they stay respondents, the answer is no answer.
          const skip = random.next();
          if (skip < 0.03) return answers.push([unit.name, g, question, null]);
          if (skip < 0.08) return answers.push([unit.name, g, question, "Vet ej"]);
          const mean = unit.level + (g === "K" ? 0.1 : -0.1) - 0.15 * q + personal;
          answers.push([
            unit.name,
            g,
            question,
            clamp(Math.round(mean + normal(random) * 0.8), 1, 5),
          ]);
        });
      }
    }
  }
  return [
    {
      name: "Enkat",
      tableName: "Enkat",
      note: SYNTHETIC_NOTE,
      headers: ["Enhet", "Kön", "Fråga", "Svar"],
      rows: answers,
      widths: { 0: 22, 1: 6, 2: 50, 3: 8 },
    },
    {
      name: "EnkatUrval",
      tableName: "EnkatUrval",
      note: SYNTHETIC_NOTE,
      headers: ["Enhet", "Kön", "Antal tillfrågade"],
      rows: sample,
      widths: { 0: 22, 1: 6, 2: 18 },
    },
  ];
}

/** How much each insats moves the self-rating on average (ORS points), to give the section some shape. */
const INSATS_EFFECT: Record<string, number> = {
  Jobbcoachning: 3,
  Arbetsträning: 5,
  Praktik: 4,
  Stockholmsjobb: 6,
  Studievägledning: 1,
  Yrkessvenska: 2,
  "Arbetsförberedande insats": 4,
};

/**
 * Self-ratings (ORS, 0–40) of about one in three exits: at enrolment and at the exit. Jobbtorg City
 * writes the measurement dates, the other units Före/Efter; about one in ten has no second rating.
 */
export function progressionSheet(random: Random, exits: readonly DemoExit[]): DemoSheet {
  const rows: Array<Array<string | number | Date | null>> = [];
  // A person who left the same insats twice is rated once: two "Före" would leave the first undecided.
  const rated = new Set<string>();
  for (const exit of exits) {
    if (!random.chance(0.35)) continue;
    const key = `${exit.person.pnr}|${exit.insats}`;
    if (rated.has(key)) continue;
    rated.add(key);
    const dated = exit.unit === "Jobbtorg City";
    const before = Math.round(clamp(19 + normal(random) * 6, 0, 40));
    const change = (INSATS_EFFECT[exit.insats] ?? 3) + normal(random) * 6;
    const after = Math.round(clamp(before + change, 0, 40));
    const base = [exit.person.pnr, exit.person.gender, exit.unit, exit.insats];
    rows.push([...base, dated ? dateOf(exit.start) : "Före", before]);
    if (random.chance(0.9)) rows.push([...base, dated ? dateOf(exit.end) : "Efter", after]);
  }
  return {
    name: "Progression",
    tableName: "Progression",
    note: SYNTHETIC_NOTE,
    headers: ["Personnummer", "Kön", "Enhet", "Insats", "Mättillfälle", "Skattning"],
    rows,
    // Mättillfälle mixes text and dates: the dates get the date format, the text stays text.
    numberFormats: { 4: DATE_FORMAT },
    widths: { 0: 16, 1: 6, 2: 20, 3: 24, 4: 14, 5: 10 },
  };
}
