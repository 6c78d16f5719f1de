/**
 * The demo workbook: seeded synthetic registers (exits, income support, adult-education follow-up,
 * staff costs, targets) and an import sheet with typical defects, described as plain sheets so that
 * the CLI writes it with ExcelJS and tests can inspect it without a file.
 */
import { isoOf } from "../cells";
import { addTargetGroupColumns, avslutSheet, generateExits } from "./avslut";
import { malSheet, personalkostnadSheet } from "./costs";
import { forsorjningsstodSheet } from "./forsorjningsstod";
import { importSheet, SEEDED_DEFECTS } from "./importSheet";
import { PersonFactory, Random } from "./random";
import { scbSheet } from "./scb";
import { DemoOptions, DemoWorkbook } from "./types";
import { progressionSheet, surveySheets } from "./survey";
import { sfiSheet } from "./sfi";
import { vuxSheet } from "./vux";

export type { DemoOptions, DemoSheet, DemoWorkbook, DemoExit } from "./types";
export { generateExits, avslutSheet, AVSLUT_HEADERS } from "./avslut";
export { PersonFactory, Random } from "./random";
export { SEEDED_DEFECTS } from "./importSheet";

/** Fewest exits the demo accepts: the import sheet needs that many rows to seed its defects. */
export const MIN_DEMO_EXITS = 20;
export const DEFAULT_DEMO_EXITS = 2000;

/** Generates the demo workbook; the same options always give the same workbook. */
export function generateDemo(options: DemoOptions): DemoWorkbook {
  const exitsWanted = Math.max(MIN_DEMO_EXITS, Math.floor(options.exits));
  // Separate streams per register, so that changing one register's shape leaves the others as they were.
  const people = new PersonFactory(new Random(options.seed * 7 + 1));
  const exits = generateExits(new Random(options.seed * 7 + 2), people, exitsWanted, options.today);
  // Issue #13's columns on a stream of their own: every other value stays as it was.
  addTargetGroupColumns(new Random(options.seed * 7919 + 17), exits, options.today);
  const sheets = [
    avslutSheet(exits),
    forsorjningsstodSheet(new Random(options.seed * 7 + 3), exits, options.today),
    vuxSheet(
      new Random(options.seed * 7 + 4),
      people,
      Math.max(20, Math.round(exitsWanted * 0.4)),
      options.today
    ),
    personalkostnadSheet(new Random(options.seed * 7 + 5), exitsWanted, options.today),
    malSheet(),
    // After vux: it draws from the same people, and the registers before it stay as they were.
    sfiSheet(
      new Random(options.seed * 7 + 7),
      people,
      Math.max(20, Math.round(exitsWanted * 0.45)),
      options.today
    ),
    importSheet(new Random(options.seed * 7 + 6), exits, options.today),
    // Issue #14, on streams of their own so the registers above stay as they were.
    ...surveySheets(new Random(options.seed * 7919 + 11)),
    progressionSheet(new Random(options.seed * 7919 + 13), exits),
    scbSheet(new Random(options.seed * 7 + 7), options.today),
  ];
  return { about: aboutSheet(options, exitsWanted), sheets };
}

function aboutSheet(options: DemoOptions, exits: number): DemoWorkbook["about"] {
  return {
    name: "Om demodata",
    lines: [
      "Om demodata / About the demo data",
      "",
      "SYNTETISKA DATA – inga verkliga personer. Alla personnummer är slumpade: giltigt format och",
      "kontrollsiffra, men de tillhör ingen i registren här. Likhet med en verklig persons nummer är en slump.",
      "SYNTHETIC DATA – no real persons. Every personnummer is drawn at random with a valid format and",
      "check digit; any match with a real person's number is a coincidence. Names are invented.",
      "",
      `Skapad / Generated: ${isoOf(options.today)} · frö / seed ${options.seed} · avslut / exits ${exits}`,
      "",
      "Blad / Sheets:",
      "Avslut – avslut från Jobbtorg-enheterna 2024– / exits from the Jobbtorg units, 2024 onwards",
      "Forsorjningsstod – en rad per person och månad med utbetalt försörjningsstöd / one row per person and month paid",
      "VuxUppfoljning – skolornas uppföljning av vuxenutbildning / the schools' adult-education follow-up",
      "Personalkostnad – personalkostnad per enhet och period (SEK) / staff cost per unit and period (SEK)",
      "Mal – mål per indikator och enhet / targets per indicator and unit",
      "Sfi – sfi-kurser med status, födelseland och sysselsättning efter / sfi courses with status, country and occupation after",
      "Avslut (import) – en import med typiska fel, för att prova valideringen / an import with typical defects, to try validation",
      "Enkat – brukar- och elevenkätens svar, anonyma (1–5, Vet ej) / the user and student survey's anonymous answers",
      "EnkatUrval – antal tillfrågade per enhet och kön / the number invited per unit and gender",
      "Progression – självskattning (ORS 0–40) före och efter insatsen / self-rating before and after the insats",
      "ScbInkomstkalla – påhittat SCB-uttag: huvudsaklig inkomstkälla före och efter inskrivning / a made-up SCB extract: main income source before and after enrolment",
      "",
      "Inlagda fel i Avslut (import) / Defects seeded in Avslut (import):",
      ...SEEDED_DEFECTS.map((d) => `• ${d}`),
      "",
      'Prova / Try: npx resultatdialog validate demo.xlsx --sheet "Avslut (import)"',
    ],
  };
}
