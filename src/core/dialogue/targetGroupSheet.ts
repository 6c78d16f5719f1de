/**
 * The layout of the section "Målgrupper" on the Jobbtorg sheet (issue #13): per group EXITRATE and
 * SELFSUFF6M for women, men and in total with the group size and the Wilson interval, the gap and its
 * assessment; a sentence per group whose column Avslut lacks; their lines in "Så beräknades det" and
 * the footnotes defining the groups.
 */
import {
  intervalText,
  MISSING,
  powerSentence,
  shown,
  shownAssessment,
  SUPPRESSED,
  valueCell,
} from "./dialogueSheet";
import { svNumber } from "./format";
import type { DialogueModel } from "./model";
import { SheetBuilder } from "./sheet";
import { BODY, COLORS, FORMATS, HEAD, RIGHT, SECTION } from "./types";

const WIDTH = 13;

/** The section: a header row, per group its name and one row per indicator, then the absent groups. */
export function targetGroupBlock(b: SheetBuilder, model: DialogueModel, number: number): void {
  const section = model.targetGroups!;
  b.line([`${number}. Målgrupper`], SECTION);
  b.banner(
    "Andel per målgrupp med 95 % konfidensintervall och antal avslut i perioden; skillnaden mellan kvinnor och män bedöms som i avsnitt 2. Åldern avser avslutsdatumet. Ett avslut där uppgiften saknas räknas inte till någon grupp.",
    WIDTH,
    { italic: true }
  );
  if (section.rows.length > 0) {
    const h = b.line(
      [
        "Målgrupp och indikator",
        "Kvinnor",
        "95 % KI kvinnor",
        "Antal kvinnor",
        "Män",
        "95 % KI män",
        "Antal män",
        "Totalt",
        "95 % KI",
        "Antal totalt",
        "Skillnad (procentenheter)",
        "Bedömning av skillnaden",
      ],
      HEAD
    );
    b.rowHeights[h] = 44;
  }
  let group: string | null = null;
  for (const row of section.rows) {
    if (row.groupLabel !== group) {
      group = row.groupLabel;
      b.line([group], { ...BODY, bold: true });
    }
    const r = b.line([`  ${row.label.slice(row.groupLabel.length + 2)}`], BODY);
    const hidden = row.women!.suppressed || row.men!.suppressed;
    const size = (m: typeof row.total) => (m.suppressed ? SUPPRESSED : row.note ? MISSING : m.n);
    [row.women!, row.men!, row.total].forEach((m, i) => {
      valueCell(b, r, 2 + 3 * i, shown(m), FORMATS.rate);
      b.put(r, 3 + 3 * i, intervalText(m), { style: RIGHT });
      valueCell(b, r, 4 + 3 * i, size(m), FORMATS.count);
    });
    const gap = row.gap;
    valueCell(
      b,
      r,
      11,
      hidden ? SUPPRESSED : gap && Number.isFinite(gap.gapPp) ? gap.gapPp : MISSING,
      FORMATS.pp
    );
    const assessment = shownAssessment(row);
    const flagged = assessment === "Skillnad att analysera";
    b.put(r, 12, assessment, {
      style: { ...BODY, wrap: true, bold: flagged, fill: flagged ? COLORS.banner : undefined },
    });
  }
  for (const row of section.rows) {
    const sentence = powerSentence(row);
    if (sentence && shownAssessment(row) !== SUPPRESSED)
      b.banner(`${row.label}: ${sentence}`, WIDTH, { italic: true });
  }
  for (const { sentence } of section.missing) b.banner(`${sentence}.`, WIDTH, { italic: true });
  b.skip();
}

/** The formulas of the section for "Så beräknades det": [label, formula]. */
export function targetGroupFormulas(model: DialogueModel): Array<[string, string]> {
  const names = { K: "kvinnor", M: "män", T: "totalt" } as const;
  const lines: Array<[string, string]> = [];
  for (const row of model.targetGroups?.rows ?? []) {
    for (const g of ["K", "M", "T"] as const) {
      const formula = row.formulas[g];
      if (formula) lines.push([`${row.label}, ${names[g]}`, formula]);
    }
  }
  return lines;
}

/** The footnotes of the section: how each group is defined, and how the age is computed in a formula. */
export function targetGroupFootnotes(model: DialogueModel): string[] {
  const section = model.targetGroups;
  if (!section) return [];
  const s = section.settings;
  const notes = [
    `Målgrupper: unga = ${svNumber(s.youthMinAge)}–${svNumber(s.youthMaxAge)} år på avslutsdatumet (ur personnumret); utrikes och inrikes födda ur Bakgrund eller Födelseland (Sverige = inrikes); kortutbildade = förgymnasial utbildning; nyanlända = avslutet mindre än ${svNumber(s.newArrivalYears)} år efter Folkbokföringsdatum (inte inrikes födda). Gränserna ändras under Inställningar.`,
    `Målgruppernas formler: AMF.AGE tar ett personnummer och ett datum, så formeln räknar åldern per rad med MAP och LAMBDA (Excel 365); i äldre Excel fungerar en kolumn Ålder i tabellen Avslut med =AMF.AGE([@Personnummer];[@Avslutsdatum]) och villkoret (Avslut[Ålder]>=${s.youthMinAge})*(Avslut[Ålder]<=${s.youthMaxAge}).`,
  ];
  for (const row of section.rows)
    if (row.note) notes.push(`${row.label}: kunde inte beräknas – ${row.note}`);
  return notes;
}

/**
 * The overview's table (issue #13): EXITRATE of each target group per unit, for women, men and in
 * total, as each unit's sheet shows it (hidden cells stay hidden, "–").
 */
export function targetGroupOverview(b: SheetBuilder, models: readonly DialogueModel[]): void {
  const rowsOf = (model: DialogueModel) =>
    (model.targetGroups?.rows ?? []).filter((r) => r.indicator === "EXITRATE");
  const groups = rowsOf(models[0]);
  if (groups.length === 0) return;
  const width = 1 + 3 * groups.length;
  // Columns the overview's own table does not reach get room for a share ("57,1 %"); it sets its own after.
  for (let c = 2; c <= width; c++) b.columnWidths[c] = 11;
  b.line(["Målgrupper: avslut till arbete eller studier (andel)"], SECTION);
  const top = b.line(["Enhet", ...groups.flatMap((g) => [g.groupLabel, null, null])], HEAD);
  groups.forEach((_, i) => b.merge(top, 2 + 3 * i, top, 4 + 3 * i));
  b.rowHeights[top] = 30;
  b.line([null, ...groups.flatMap(() => ["Kvinnor", "Män", "Totalt"])], HEAD);
  b.merge(top, 1, top + 1, 1);
  for (const model of models) {
    const r = b.line([model.unit ?? "Alla"], BODY);
    groups.forEach((g, i) => {
      const row = rowsOf(model).find((x) => x.group === g.group);
      [row?.women ?? null, row?.men ?? null, row?.total ?? null].forEach((m, j) =>
        valueCell(b, r, 2 + 3 * i + j, m ? shown(m) : MISSING, FORMATS.rate)
      );
    });
  }
  for (const { sentence } of models[0].targetGroups!.missing)
    b.banner(`${sentence}.`, Math.max(2, width), { italic: true, fontSize: 9 });
  b.skip();
}
