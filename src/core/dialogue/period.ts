/**
 * Report periods of SPEC §7: `YYYY` (verksamhetsberättelse), `YYYYT1` (Jan–Apr), `YYYYT2` (Jan–Aug),
 * `YYYYT3` (Jan–Dec), each compared with the same period a year earlier.
 */
import { CellValue, isoOf, parseDate, serialOf } from "../cells";

export interface ReportPeriod {
  /** As the user typed it, normalised: "2025T2". */
  code: string;
  year: number;
  /** 1–3, or null for a whole year. */
  tertial: 1 | 2 | 3 | null;
  /** Whole months from January to the period's end (the indicators' `months`). */
  months: number;
  /** First and last day (Excel serials). */
  from: number;
  periodEnd: number;
  /** Swedish label: "tertial 2 2025 (januari–augusti)". */
  label: string;
}

const MONTH_NAMES = ["april", "augusti", "december"];

/** The period a code names, or null when it is not `YYYY` or `YYYYT1..3`. */
export function parsePeriod(text: string): ReportPeriod | null {
  const m = /^\s*(\d{4})(?:\s*T([1-3]))?\s*$/i.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 9998) return null;
  const tertial = m[2] ? (Number(m[2]) as 1 | 2 | 3) : null;
  const months = tertial === null ? 12 : tertial * 4;
  // Day 0 of the next month is the last day of this one.
  const periodEnd = serialOf(year, months + 1, 1) - 1;
  const label =
    tertial === null
      ? `helåret ${year} (januari–december)`
      : `tertial ${tertial} ${year} (januari–${MONTH_NAMES[tertial - 1]})`;
  return {
    code: tertial === null ? String(year) : `${year}T${tertial}`,
    year,
    tertial,
    months,
    from: serialOf(year, 1, 1),
    periodEnd,
    label,
  };
}

/** The same period a year earlier (the comparison period). */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  return parsePeriod(`${period.year - 1}${period.tertial ? `T${period.tertial}` : ""}`)!;
}

/** The `Period` codes of a staff-cost row that cover the report period (a year and its T3 are one). */
export function costPeriodCodes(period: ReportPeriod): string[] {
  if (period.tertial === null || period.tertial === 3)
    return [String(period.year), `${period.year}T3`];
  return [period.code];
}

/** One entry of the pane's period list: the code `parsePeriod` reads and its label. */
export interface PeriodChoice {
  code: string;
  label: string;
}

const SHORT_MONTHS = { sv: ["apr", "aug", "dec"], en: ["Apr", "Aug", "Dec"] } as const;

/**
 * The periods of the years the given dates fall in, newest first, each year as its whole year and its
 * three tertials ("Helår 2025", "Tertial 3 2025 (jan–dec)", "Tertial 2 2025 (jan–aug)" …). Values that
 * are no date are skipped, and so are years after `thisYear` (planned end dates: no period to report
 * yet); without any date, `thisYear` and the year before.
 */
export function periodChoices(
  dates: Iterable<CellValue>,
  language: "sv" | "en",
  thisYear?: number
): PeriodChoice[] {
  const years = new Set<number>();
  for (const value of dates) {
    const serial = parseDate(value);
    const year = serial === null ? null : Number(isoOf(serial).slice(0, 4));
    if (year !== null && (thisYear === undefined || year <= thisYear)) years.add(year);
  }
  if (years.size === 0 && thisYear !== undefined)
    [thisYear, thisYear - 1].forEach((y) => years.add(y));
  const jan = language === "sv" ? "jan" : "Jan";
  const choices: PeriodChoice[] = [];
  for (const year of [...years].sort((a, b) => b - a)) {
    choices.push({
      code: String(year),
      label: language === "sv" ? `Helår ${year}` : `Full year ${year}`,
    });
    for (const tertial of [3, 2, 1] as const) {
      choices.push({
        code: `${year}T${tertial}`,
        label: `Tertial ${tertial} ${year} (${jan}–${SHORT_MONTHS[language][tertial - 1]})`,
      });
    }
  }
  return choices;
}
