/**
 * The sheet "Sfi – avbrott" (issue #15) of one school or all: Vilka avbryter (shares by gender, age
 * band and EU/EES / Övriga with Wilson intervals and an exact test against the rest), När (cumulative
 * incidence at 90, 180 and 365 days and its curve as a line chart, median time to dropout), Vad sedan
 * (work, studies or neither after, with the number unknown), the school's analysis, and the formulas.
 */
import { MISSING, intervalText, shown, sourceLines, SUPPRESSED } from "./dialogueSheet";
import { svNumber, svPercent } from "./format";
import { SheetBuilder } from "./sheet";
import { CURVE_DAYS, HORIZONS, OCCUPATIONS, SfiGroup, SfiModel, UNKNOWN_WARNING } from "./sfiModel";
import type { Measure } from "./statistics";
import {
  BODY,
  CellStyle,
  COLORS,
  FORMATS,
  HEAD,
  SECTION,
  SheetDescription,
  SheetValue,
} from "./types";

const WIDTH = 9; // columns A..I
const NOTE: CellStyle = { italic: true };

/** The school's analysis after each part: manager-text key, heading, the question to answer. */
export const SFI_PROMPTS = {
  VILKA: [
    "Vilka avbryter hos er?",
    "Vilka grupper avbryter oftare än andra, och vad tror ni att det beror på? Stämmer bilden med lärarnas erfarenhet?",
  ],
  NAR: [
    "När avbryter de?",
    "När under kursen sker de flesta avbrotten? Vad kan skolan göra innan dess – uppföljningssamtal, studievägledning, anpassad studietakt?",
  ],
  SEDAN: [
    "Vad gör de sedan?",
    "Vad gör de som avbryter? Hur kan skolan och kommunen fånga upp dem som varken arbetar eller studerar?",
  ],
  ATGARDER: ["Åtgärder", "Vilka åtgärder planerar ni, och hur följer ni upp dem?"],
} as const;

function value(b: SheetBuilder, r: number, c: number, v: SheetValue, format: string): void {
  b.put(
    r,
    c,
    v,
    typeof v === "number"
      ? { numberFormat: format, style: BODY }
      : { style: { ...BODY, align: "right" } }
  );
}

/** A count that is hidden with its cell. */
function countOf(m: Measure, pick: (m: Measure) => number | undefined): SheetValue {
  if (m.suppressed) return SUPPRESSED;
  const n = pick(m);
  return n === undefined ? MISSING : n;
}

function prompt(b: SheetBuilder, key: keyof typeof SFI_PROMPTS): void {
  const [heading, question] = SFI_PROMPTS[key];
  b.line([heading], { bold: true });
  b.line([question], NOTE);
  b.managerArea(key, WIDTH, 4, COLORS.managerText);
  b.skip();
}

/** "Högre än övriga" / "Lägre än övriga" when the exact test says so, with the workbook's rules. */
export function sfiAssessment(group: SfiGroup, ended: Measure, model: SfiModel): string {
  const m = group.total;
  if (m.suppressed || ended.suppressed) return SUPPRESSED;
  if (!Number.isFinite(group.p)) return MISSING;
  const rest = ended.n - m.n;
  if (m.n < model.settings.minGroupSize || rest < model.settings.minGroupSize)
    return "För få för analys";
  if (group.p >= model.settings.significanceLevel) return "Ingen säkerställd skillnad";
  const restShare = ((ended.count ?? 0) - (m.count ?? 0)) / rest;
  return m.value > restShare ? "Högre än övriga" : "Lägre än övriga";
}

function header(b: SheetBuilder, model: SfiModel): void {
  b.banner(`Sfi – avbrott: ${model.unit ?? "alla skolor"}`, WIDTH, {
    bold: true,
    fontSize: 16,
    color: COLORS.section,
  });
  b.rowHeights[b.row - 1] = 24;
  b.line([`Period: ${model.period.label}`]);
  b.line([`Skapad: ${model.made}`]);
  sourceLines(b, model.sources, WIDTH, "dialogen");
  b.banner(
    "Rådet har bett förvaltningen följa upp elever som avslutar eller avbryter sina studier. Bladet visar vilka som avbryter sfi, när under kursen det sker och vad de gör efteråt. Skriv skolans analys i de gula fälten.",
    WIDTH,
    NOTE,
    2
  );
  b.skip();
}

function who(b: SheetBuilder, model: SfiModel): void {
  b.line(["1. Vilka avbryter?"], SECTION);
  const s = model.settings;
  b.banner(
    `Andel avbrutna av de kurser som avslutades under perioden (slutförda och avbrutna). Varje grupp jämförs med övriga grupper med känd uppgift (Fishers exakta test): skillnad när p-värdet är under ${svNumber(s.significanceLevel, 2)} och båda har minst ${s.minGroupSize} kurser.`,
    WIDTH,
    NOTE,
    2
  );
  const h = b.line(
    [
      "Grupp",
      "Avslutade kurser",
      "Varav avbrutna",
      "Andel avbrutna",
      "95 % KI",
      "p-värde mot övriga",
      "Bedömning",
    ],
    HEAD
  );
  b.rowHeights[h] = 30;
  const row = (label: string, m: Measure, group: SfiGroup | null, bold = false) => {
    const r = b.line([label], { ...BODY, bold });
    value(
      b,
      r,
      2,
      countOf(m, (x) => x.n),
      FORMATS.count
    );
    value(
      b,
      r,
      3,
      countOf(m, (x) => x.count),
      FORMATS.count
    );
    value(b, r, 4, shown(m), FORMATS.rate);
    b.put(r, 5, intervalText(m), { style: { ...BODY, align: "right" } });
    if (group) {
      const p =
        m.suppressed || model.ended.total.suppressed
          ? SUPPRESSED
          : Number.isFinite(group.p)
            ? group.p
            : MISSING;
      value(b, r, 6, p, FORMATS.p);
      const text = sfiAssessment(group, model.ended.total, model);
      const flagged = text.startsWith("Högre") || text.startsWith("Lägre");
      b.put(r, 7, text, {
        style: { ...BODY, wrap: true, bold: flagged, fill: flagged ? COLORS.banner : undefined },
      });
    }
  };
  row("Alla avslutade kurser", model.ended.total, null, true);
  for (const breakdown of model.breakdowns) {
    b.line([breakdown.title], { bold: true, italic: true });
    for (const group of breakdown.groups) row(`  ${group.label}`, group.total, group);
    if (breakdown.unknown.total.n > 0)
      row(`  ${breakdown.unknown.label}`, breakdown.unknown.total, null);
  }
  b.line(
    [
      `Ålder vid kursstart räknas ur personnumret. EU/EES: EU:s 26 andra medlemsländer, Island, Liechtenstein och Norge; Övriga: alla andra länder.`,
    ],
    { italic: true, fontSize: 9 }
  );
  b.skip();
  prompt(b, "VILKA");
}

function when(b: SheetBuilder, model: SfiModel): void {
  b.line(["2. När avbryter de?"], SECTION);
  b.banner(
    `Andel av kurserna som startade under perioden som avbrutits inom 90, 180 och 365 dagar från kursstart (kumulativ incidens, Aalen–Johansen). Slutförda kurser räknas som ett konkurrerande utfall: en kurs som har slutförts kan inte längre avbrytas. Pågående kurser följs upp till ${model.made}.`,
    WIDTH,
    NOTE,
    2
  );
  const h = b.line(
    ["Grupp", "Kurser som startade", ...HORIZONS.map((d) => `Avbrutna inom ${d} dagar`)],
    HEAD
  );
  b.rowHeights[h] = 30;
  const groups: Array<[string, "women" | "men" | "total"]> = [
    ["Kvinnor", "women"],
    ["Män", "men"],
    ["Totalt", "total"],
  ];
  for (const [label, key] of groups) {
    const cells = model.incidence[key];
    const r = b.line([label], { ...BODY, bold: key === "total" });
    // The number of courses alone reveals no one; it is hidden only with all of its figures.
    value(
      b,
      r,
      2,
      cells.every((c) => c.total.suppressed) ? SUPPRESSED : model.cohort[key],
      FORMATS.count
    );
    cells.forEach((c, i) => value(b, r, 3 + i, shown(c.total), FORMATS.rate));
  }
  const m = model.median.total;
  const median = m.suppressed
    ? `${SUPPRESSED} (för få avbrott)`
    : Number.isFinite(m.value)
      ? `${svNumber(m.value)} dagar (${svNumber(m.n)} avbrutna kurser)`
      : MISSING;
  b.line(
    [
      `Mediantid från kursstart till avbrott bland de kurser som avbröts under perioden: ${median}.`,
    ],
    { bold: true }
  );
  b.skip();

  // The curve: a table the line chart draws, beside it.
  const top = b.line(["Dagar från kursstart", "Kvinnor", "Män", "Totalt"], HEAD);
  for (const point of model.curve) {
    const r = b.line([point.day], BODY);
    b.put(r, 1, point.day, { numberFormat: FORMATS.days, style: BODY });
    b.put(r, 2, point.women, { numberFormat: FORMATS.rate, style: BODY });
    b.put(r, 3, point.men, { numberFormat: FORMATS.rate, style: BODY });
    b.put(r, 4, point.total, { numberFormat: FORMATS.rate, style: BODY });
  }
  const bottom = top + CURVE_DAYS.length;
  const days = { top: top + 1, left: 1, bottom, right: 1 };
  const series = (name: string, col: number, color: string) => ({
    name,
    nameCell: { row: top, col },
    values: { top: top + 1, left: col, bottom, right: col },
    x: days,
    color,
  });
  b.charts.push({
    kind: "line",
    title: "Andel avbrutna (kumulativ incidens)",
    series: [
      series("Kvinnor", 2, COLORS.women),
      series("Män", 3, COLORS.men),
      series("Totalt", 4, COLORS.section),
    ],
    anchor: { row: top, col: 5, width: 5, height: 15 },
    numberFormat: "0%",
    valueAxis: { min: 0, numberFormat: "0%", title: "Andel avbrutna" },
    xAxis: { min: 0, max: 365, title: "Dagar från kursstart" },
  });
  b.row = Math.max(b.row, top + 16);
  b.line(["Tomma punkter i kurvan: för få kurser eller avbrott för att visas."], {
    italic: true,
    fontSize: 9,
  });
  b.skip();
  prompt(b, "NAR");
}

function after(b: SheetBuilder, model: SfiModel): void {
  b.line(["3. Vad gör de sedan?"], SECTION);
  b.banner(
    "Sysselsättning efter kursen för de kurser som avslutades under perioden, som andel av dem vars sysselsättning är känd. Antalet okända står bredvid: många okända gör andelarna osäkra, på samma sätt som en låg svarsfrekvens.",
    WIDTH,
    NOTE,
    2
  );
  const h = b.line(
    ["Grupp", "Känd sysselsättning (antal)", ...OCCUPATIONS, "Okänd (antal)", "Okänd (andel)"],
    HEAD
  );
  b.rowHeights[h] = 44;
  const warnings: string[] = [];
  for (const a of model.after) {
    const r = b.line([a.label], BODY);
    const unknown = a.unknown.total;
    const known = unknown.n - (unknown.count ?? 0);
    const sharesHidden = a.shares.some((s) => s.total.suppressed);
    value(b, r, 2, unknown.suppressed || sharesHidden ? SUPPRESSED : known, FORMATS.count);
    a.shares.forEach((s, i) => value(b, r, 3 + i, shown(s.total), FORMATS.rate));
    value(
      b,
      r,
      6,
      countOf(unknown, (x) => x.count),
      FORMATS.count
    );
    value(b, r, 7, shown(unknown), FORMATS.rate);
    if (!unknown.suppressed && unknown.n > 0 && unknown.value >= UNKNOWN_WARNING) {
      warnings.push(
        `${a.label}: sysselsättningen är okänd för ${svPercent(unknown.value, 0)} – andelarna kan vara missvisande.`
      );
    }
  }
  for (const w of warnings) b.banner(`Obs! ${w}`, WIDTH, { bold: true, fill: COLORS.banner });
  b.skip();
  prompt(b, "SEDAN");
}

function computation(b: SheetBuilder, model: SfiModel): void {
  b.line(["5. Så beräknades det"], SECTION);
  b.line(
    [
      "Samma värden med tilläggets funktioner (svensk Excel). Grupperna efter ålder och land räknas ur personnummer och landslistan och har ingen enskild formel.",
    ],
    { italic: true }
  );
  b.line(["Värde", "Formel"], HEAD);
  for (const [label, formula] of model.formulas) {
    const r = b.line([label], { wrap: true, verticalTop: true });
    b.put(r, 2, formula, {
      numberFormat: FORMATS.text,
      style: { wrap: true, verticalTop: true, fontSize: 9 },
    });
    b.merge(r, 2, r, WIDTH);
    b.rowHeights[r] = Math.min(120, 13 * Math.ceil(formula.length / 110) + 4);
  }
  b.skip();
}

function footnotes(b: SheetBuilder, model: SfiModel): void {
  const s = model.settings;
  const total365 = model.incidence.total[HORIZONS.indexOf(365)].total;
  const naive =
    !total365.suppressed && Number.isFinite(total365.value) && Number.isFinite(model.naive365)
      ? ` Här: ${svPercent(model.naive365)} i stället för ${svPercent(total365.value)} inom 365 dagar.`
      : "";
  const notes = [
    `${SUPPRESSED} = färre än ${s.suppressionThreshold} i gruppen eller i ett utfall, eller alla eller ingen i en grupp under ${s.minGroupSize}: värdet visas inte. Av samma skäl döljs ibland ytterligare en grupp, så att den dolda inte kan räknas fram ur totalen (också mellan skolornas blad och bladet för alla skolor).`,
    `${MISSING} = uppgift saknas (inga kurser i gruppen).`,
    "95 % KI = Wilsonintervallet för andelen: hur mycket den kan variera av slumpen med så här få kurser.",
    `Kumulativ incidens (Aalen–Johansen): CIF(t) = Σ S(tⱼ−) · dⱼ / nⱼ över dagarna tⱼ ≤ t, där S är andelen utan vare sig avbrott eller slutförande (Kaplan–Meier), dⱼ avbrotten dag tⱼ och nⱼ kurserna som pågår den dagen (en kurs som censureras dag t räknas med den dagen). Att i stället räkna slutförda kurser som censurerade (1 − Kaplan–Meier) överskattar avbrotten, eftersom en slutförd kurs inte längre kan avbrytas.${naive}`,
    `Värdena är en ögonblicksbild (${model.made}). Bladet innehåller inga personnummer.`,
    ...model.notes,
  ];
  b.line(["Fotnoter"], { bold: true });
  for (const note of notes)
    b.banner(note, WIDTH, { italic: true, fontSize: 9 }, note.length > 180 ? 2 : 1);
}

/** The sheet of one school's (or all schools') sfi dropout follow-up. */
export function sfiSheet(model: SfiModel, name: string): SheetDescription {
  const b = new SheetBuilder();
  b.widths({ 1: 34, 2: 14, 3: 14, 4: 14, 5: 16, 6: 14, 7: 22, 8: 12, 9: 12 });
  header(b, model);
  who(b, model);
  when(b, model);
  after(b, model);
  b.line(["4. Åtgärder"], SECTION);
  prompt(b, "ATGARDER");
  computation(b, model);
  footnotes(b, model);
  return b.build(name, {
    template: "sfi",
    unit: model.unit,
    period: model.period.code,
    made: model.made,
  });
}
