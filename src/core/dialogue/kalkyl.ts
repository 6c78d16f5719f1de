/**
 * The Kommunalekonomisk kalkyl sheet (SPEC §7): editable parameters with their sources and live
 * AMF.NETVALUE formulas — net value, break-even participants and a year-by-year table. Each formula
 * carries the value the core computes now, so the sheet reads right even without the add-in.
 */
import { netValue } from "../indicators/netValue";
import { SheetBuilder } from "./sheet";
import { CellStyle, COLORS, FORMATS, SheetDescription } from "./types";

/** A parameter row: label, default value, unit, number format, source. */
interface Parameter {
  key: string;
  label: string;
  value: number;
  unit: string;
  format: string;
  source: string;
}

/** Sourced defaults (2024 levels); the unit's own figures replace the first and the cost when known. */
export function kalkylParameters(
  participants: number | null,
  cost: number | null,
  unitLabel: string,
  periodCode: string
): Parameter[] {
  return [
    {
      key: "participants",
      label: "Deltagare som når effektmålet",
      value: participants ?? 10,
      unit: "personer",
      format: FORMATS.count,
      source:
        participants === null
          ? "Antagande – ändra"
          : `Avslut till arbete eller studier, ${unitLabel}, ${periodCode} (registret Avslut)`,
    },
    {
      key: "support",
      label: "Försörjningsstöd per hushåll och år",
      value: 75045,
      unit: "kr",
      format: FORMATS.money,
      source: "Socialstyrelsen, ekonomiskt bistånd 2024, riket (genomsnitt per biståndshushåll)",
    },
    {
      key: "income",
      label: "Årsinkomst vid arbete",
      value: 300000,
      unit: "kr",
      format: FORMATS.money,
      source: "Antagande – ändra till lokal nivå",
    },
    {
      key: "tax",
      label: "Kommunalskatt",
      value: 0.1798,
      unit: "andel",
      format: FORMATS.percent2,
      source: "Stockholms stad 2024, kommunal skattesats (SCB)",
    },
    {
      key: "cost",
      label: "Insatsens kostnad",
      value: cost ?? 1000000,
      unit: "kr",
      format: FORMATS.money,
      source: cost === null ? "Antagande – ändra" : `Personalkostnad, ${unitLabel}, ${periodCode}`,
    },
    { key: "years", label: "År", value: 5, unit: "år", format: "0", source: "Antagande (1–50)" },
    {
      key: "discount",
      label: "Diskonteringsränta",
      value: 0.035,
      unit: "per år",
      format: "0.0%",
      source: "Antagande (3,5 % per år)",
    },
    {
      key: "deadweight",
      label: "Dödvikt",
      value: 0.3,
      unit: "andel",
      format: "0%",
      source: "Antagande: andel som hade nått målet ändå",
    },
    {
      key: "decay",
      label: "Avklingning",
      value: 0.1,
      unit: "per år",
      format: "0%",
      source: "Antagande: hur fort effekten avtar",
    },
  ];
}

const HEAD: CellStyle = { bold: true, fill: COLORS.header, border: true, wrap: true };
const TABLE_YEARS = 10;

/** The kalkyl sheet for a unit (null = all) and period; `participants`/`cost` from the registers when known. */
export function kalkylSheet(
  name: string,
  unit: string | null,
  periodCode: string,
  made: string,
  participants: number | null,
  cost: number | null
): SheetDescription {
  const b = new SheetBuilder();
  b.widths({ 1: 46, 2: 18, 3: 18, 4: 80 });
  const unitLabel = unit ?? "alla enheter";
  b.banner(`Kommunalekonomisk kalkyl – ${unitLabel}, ${periodCode}`, 4, {
    bold: true,
    fontSize: 16,
    color: COLORS.section,
  });
  b.line(
    [
      `Skapad: ${made}. Ändra de gula cellerna; resultaten är levande AMF.NETVALUE-formler (kräver tillägget Resultatdialog, annars visas värdet när bladet skapades).`,
    ],
    { italic: true }
  );
  b.skip();
  b.line(["Parametrar", "Värde", "Enhet", "Källa"], HEAD);
  const params = kalkylParameters(participants, cost, unitLabel, periodCode);
  const at: Record<string, string> = {};
  const values: Record<string, number> = {};
  for (const p of params) {
    const r = b.line([p.label], { border: true });
    b.put(r, 2, p.value, {
      numberFormat: p.format,
      style: { fill: COLORS.parameter, border: true },
      managerText: `PARAM.${p.key}`,
    });
    b.put(r, 3, p.unit, { style: { border: true } });
    b.put(r, 4, p.source, { style: { border: true, italic: true } });
    at[p.key] = `$B$${r}`;
    values[p.key] = p.value;
  }
  b.skip();
  b.line(["Effekt per deltagare och år", "Värde", "", "Beräkning"], HEAD);
  const taxGain = values.income * values.tax;
  const annual = values.support + taxGain;
  const derived: Array<[string, string, string, number, string]> = [
    [
      "lessSupport",
      "Minskat försörjningsstöd",
      at.support,
      values.support,
      "= försörjningsstöd per hushåll och år",
    ],
    [
      "moreTax",
      "Ökade skatteintäkter",
      `${at.income}*${at.tax}`,
      taxGain,
      "= årsinkomst × kommunalskatt",
    ],
    [
      "annual",
      "Årlig effekt för kommunen (annual_effect)",
      "",
      annual,
      "= minskat försörjningsstöd + ökade skatteintäkter",
    ],
  ];
  for (const [key, label, formula, value, note] of derived) {
    const r = b.line([label], { border: true, bold: key === "annual" });
    const f = key === "annual" ? `${at.lessSupport}+${at.moreTax}` : formula;
    b.put(r, 2, value, {
      formula: f,
      numberFormat: FORMATS.money,
      style: { border: true, bold: key === "annual" },
    });
    b.put(r, 4, note, { style: { italic: true } });
    at[key] = `$B$${r}`;
  }
  b.skip();
  const args = (years: string, cost = at.cost) =>
    `${at.participants},${at.annual},${cost},${years},${at.discount},${at.deadweight},${at.decay}`;
  const input = {
    participants: values.participants,
    annualEffect: annual,
    interventionCost: values.cost,
    years: values.years,
    discountRate: values.discount,
    deadweight: values.deadweight,
    decay: values.decay,
  };
  const result = netValue(input);
  b.line(["Resultat", "Värde", "", "Förklaring"], HEAD);
  const net = b.line(["Nettovärde för kommunen"], { bold: true, border: true });
  b.put(net, 2, result.net, {
    formula: `AMF.NETVALUE(${args(at.years)})`,
    numberFormat: FORMATS.money,
    style: { bold: true, border: true },
  });
  b.put(net, 4, "Summan av årens effekter (nuvärde) minus insatsens kostnad", {
    style: { italic: true },
  });
  const be = b.line(["Deltagare som behövs för nettovärde 0 (break-even)"], { border: true });
  b.put(be, 2, Number.isFinite(result.breakeven) ? result.breakeven : "..", {
    formula: `AMF.NETVALUE(${args(at.years)},"breakeven")`,
    numberFormat: "#,##0.0",
    style: { border: true },
  });
  b.skip();
  const yearHead = b.line(
    [
      `År för år (${TABLE_YEARS} år oavsett parametern År)`,
      "Årets effekt (nuvärde)",
      "Kumulativ effekt",
      "Kumulativt nettovärde",
    ],
    HEAD
  );
  b.rowHeights[yearHead] = 30;
  const yearly = netValue({ ...input, years: TABLE_YEARS }).years;
  for (const y of yearly) {
    const r = b.line([y.year], { border: true, align: "left" });
    // Each year's cumulative effect is NETVALUE over t years at zero cost: no spilled array is needed.
    b.put(r, 3, y.cumulativeEffect, {
      formula: `AMF.NETVALUE(${args(`A${r}`, "0")})`,
      numberFormat: FORMATS.money,
      style: { border: true },
    });
    b.put(r, 2, y.effect, {
      formula: y.year === 1 ? `C${r}` : `C${r}-C${r - 1}`,
      numberFormat: FORMATS.money,
      style: { border: true },
    });
    b.put(r, 4, y.cumulativeNet, {
      formula: `C${r}-${at.cost}`,
      numberFormat: FORMATS.money,
      style: { border: true },
    });
  }
  b.skip();
  b.banner(
    "Nettovärde = Σ deltagare × (1 − dödvikt) × årlig effekt × (1 − avklingning)^(t−1) / (1 + ränta)^(t−1) − kostnad; år 1 diskonteras inte. Beräkningen visar kommunens ekonomi, inte hela samhällets.",
    4,
    { italic: true, fontSize: 9 },
    2
  );
  return b.build(name, { template: "kalkyl", unit, period: periodCode, made });
}
