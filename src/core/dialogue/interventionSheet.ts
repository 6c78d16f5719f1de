/**
 * The layout of the section "Insatser" on a Jobbtorg sheet (issue #13): EXITRATE per insats, the
 * 3-month follow-up of the insatser that have one, the exits to work through a partnership, and the
 * sentences for absent columns; plus its lines in "Så beräknades det" and its footnote.
 */
import { intervalText, MISSING, shown, SUPPRESSED } from "./dialogueSheet";
import { svNumber } from "./format";
import type { Triple } from "./interventionModel";
import type { DialogueModel } from "./model";
import { SheetBuilder } from "./sheet";
import type { Measure } from "./statistics";
import { BODY, CellStyle, FORMATS, HEAD, RIGHT, SECTION, SheetValue } from "./types";

const WIDTH = 13;
const SUBHEAD: CellStyle = { bold: true };

function cell(b: SheetBuilder, r: number, c: number, value: SheetValue, format: string): void {
  b.put(
    r,
    c,
    value,
    typeof value === "number" ? { numberFormat: format, style: BODY } : { style: RIGHT }
  );
}

/** A hidden group's size is hidden with its value: with the total's it would give the other's. */
function size(m: Measure): SheetValue {
  return m.suppressed ? SUPPRESSED : m.n;
}

/** Value and interval of women, men and total, then their group sizes (columns B–J). */
function rateCells(b: SheetBuilder, r: number, t: Triple): void {
  [t.women, t.men, t.total].forEach((m, i) => {
    cell(b, r, 2 + 2 * i, shown(m), FORMATS.rate);
    b.put(r, 3 + 2 * i, intervalText(m), { style: RIGHT });
    cell(b, r, 8 + i, size(m), FORMATS.count);
  });
}

const RATE_HEAD = (what: string, sizes: string) => [
  what,
  "Kvinnor",
  "95 % KI kvinnor",
  "Män",
  "95 % KI män",
  "Totalt",
  "95 % KI",
  `${sizes} kvinnor`,
  `${sizes} män`,
  `${sizes} totalt`,
];

/** The section: per insats EXITRATE, the 3-month follow-up, partnerships, absent columns. */
export function interventionBlock(b: SheetBuilder, model: DialogueModel, number: number): void {
  const section = model.interventions!;
  b.line([`${number}. Insatser`], SECTION);
  for (const sentence of section.missing) b.line([sentence], { italic: true });
  if (section.note) b.line([`Insatserna kunde inte beräknas – ${section.note}`], { italic: true });
  if (section.rows.length > 0) {
    const pooled = section.rows.some((r) => r.pooled)
      ? ` Insatser med färre än ${section.minExits} avslut i perioden och avslut utan insats räknas under "Övriga insatser".`
      : "";
    b.banner(
      `Avslut till arbete eller studier per insats, med 95 % konfidensintervall (Wilson).${pooled}`,
      WIDTH,
      { italic: true }
    );
    const h = b.line(RATE_HEAD("Insats", "Antal avslut"), HEAD);
    b.rowHeights[h] = 44;
    for (const row of section.rows)
      rateCells(b, b.line([row.label], row.pooled ? { ...BODY, italic: true } : BODY), row.exits);
    b.skip();
  }
  const followed = section.rows.filter((r) => r.followUp);
  if (followed.length > 0) {
    b.line(["Arbete eller studier tre månader efter avslut"], SUBHEAD);
    // The count of exits not yet measurable is the insats's exits minus the measurable ones: with a
    // hidden group size it would give that size back, so it is then left out.
    const hiddenSize = followed.some((r) =>
      [r.followUp!.followed, r.followUp!.work].some(
        (t) => t.women.suppressed || t.men.suppressed || t.total.suppressed
      )
    );
    const later =
      section.notYetMeasurable === 0
        ? ""
        : hiddenSize
          ? ` Avslut efter ${section.followUpCutoff} ingår inte än.`
          : ` ${svNumber(section.notYetMeasurable)} avslut efter ${section.followUpCutoff} ingår inte än.`;
    b.banner(
      `Andel kvinnor och män som arbetar eller studerar tre månader efter avslutad insats (Sysselsättning 3 mån Arbete eller Studier), av de uppföljda, och uppföljningsgraden: uppföljda av avslut vars tre månader har gått.${later}`,
      WIDTH,
      { italic: true },
      2
    );
    const h = b.line(RATE_HEAD("Insats", "Antal"), HEAD);
    b.rowHeights[h] = 44;
    for (const row of followed) {
      rateCells(
        b,
        b.line([`${row.label}: i arbete eller studier (antal = uppföljda)`], BODY),
        row.followUp!.work
      );
      rateCells(
        b,
        b.line([`${row.label}: uppföljda (antal = avslut)`], BODY),
        row.followUp!.followed
      );
    }
    b.skip();
  }
  if (section.partnership) {
    const p = section.partnership;
    b.line(["Avslut till arbete via partnerskap"], SUBHEAD);
    b.banner(
      `Antal avslut i perioden till arbete (${p.workReasons.join(", ")}) med Partnerskap = Ja: jobbet kom genom ett arbetsgivarpartnerskap.`,
      WIDTH,
      { italic: true }
    );
    b.line(["", "Kvinnor", "Män", "Totalt"], HEAD);
    const r = b.line(["Avslut till arbete via partnerskap (antal)"], BODY);
    [p.counts.women, p.counts.men, p.counts.total].forEach((m, i) =>
      cell(
        b,
        r,
        2 + i,
        m.suppressed ? SUPPRESSED : Number.isFinite(m.value) ? m.value : MISSING,
        FORMATS.count
      )
    );
    b.skip();
  }
  if (
    section.rows.length === 0 &&
    !section.partnership &&
    !section.note &&
    section.missing.length < 3
  ) {
    b.line(["Inga avslut i perioden."], { italic: true });
    b.skip();
  }
}

/** The section's formulas for "Så beräknades det": [label, formula]. */
export function interventionFormulas(model: DialogueModel): Array<[string, string]> {
  const section = model.interventions;
  if (!section) return [];
  const names = { K: "kvinnor", M: "män", T: "totalt" } as const;
  const lines: Array<[string, string]> = [];
  const add = (label: string, formulas: Record<"K" | "M" | "T", string>) => {
    for (const g of ["K", "M", "T"] as const) lines.push([`${label}, ${names[g]}`, formulas[g]]);
  };
  for (const row of section.rows) {
    add(`Insats ${row.label}: avslut till arbete eller studier`, row.formulas);
    if (row.followUp) {
      add(`Insats ${row.label}: arbete eller studier 3 månader efter`, row.followUp.formulas.work);
      add(`Insats ${row.label}: uppföljda 3 månader efter`, row.followUp.formulas.followed);
    }
  }
  if (section.partnership) add("Avslut till arbete via partnerskap", section.partnership.formulas);
  return lines;
}

/** The section's footnote. */
export function interventionFootnotes(model: DialogueModel): string[] {
  const section = model.interventions;
  if (!section || (section.rows.length === 0 && !section.partnership)) return [];
  return [
    `Insatser: en insats visas för sig från ${section.minExits} avslut i perioden (som minsta gruppstorlek), annars under "Övriga insatser" med avslut utan insats, så att insatserna tillsammans är alla avslut. Därför döljs ibland ytterligare en insats, så att en dold inte kan räknas fram ur enhetens totala avslut. Tre månader efter: Sysselsättning 3 mån, tom = inte uppföljd. Partnerskap räknar avslut till arbete (inte studier) med Partnerskap = Ja.`,
  ];
}
