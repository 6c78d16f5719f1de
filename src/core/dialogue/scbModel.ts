/**
 * The long-term follow-up from an SCB extract (issue #16): the main income source one year before
 * enrolment and one and two years after, per group (Stockholmsjobb, the other enrolled) and gender, for
 * one subgroup. SCB delivers aggregated cells, so everything here is counts: shares with their Wilson
 * intervals, the change from −1 to +2 in percentage points, and the difference of the two groups'
 * changes (a difference in differences) with a normal-approximation interval.
 */
import { CellValue, isBlank, normalizeCode, parseNumber } from "../cells";
import {
  codeLookupWithSynonyms,
  DEFAULT_CODE_LISTS,
  resolveCodeLists,
} from "../registry/codeLists";
import { isHiddenMark, SCHEMAS } from "../registry/schemas";
import { normalQuantile } from "../stats";
import type { Register } from "./sources";

export type ScbGender = "K" | "M" | "T";
export type ScbTime = -1 | 1 | 2;
export type ScbDimension = "ageGroup" | "educationLevel" | "background";

export const SCB_GENDERS: readonly ScbGender[] = ["T", "K", "M"];
export const SCB_TIMES: readonly ScbTime[] = [-1, 1, 2];
/** The income sources in SCB's order (the code list's default, as the sheet writes them). */
export const INCOME_SOURCES: readonly string[] = DEFAULT_CODE_LISTS.incomeSources;
/** The two sources whose change the sheet follows. */
export const WORK = "Förvärvsarbete";
export const SOCIAL_ASSISTANCE = "Ekonomiskt bistånd";

/** The subgroup dimensions with their Swedish names (the schema's headers). */
export const SCB_DIMENSIONS: ReadonlyArray<{ key: ScbDimension; label: string }> = (
  ["ageGroup", "educationLevel", "background"] as const
).map((key) => ({
  key,
  label: SCHEMAS.scb.fields.find((f) => f.key === key)!.header,
}));

/** One subgroup: a value of one dimension; null = everyone. */
export type ScbSubgroup = { dimension: ScbDimension; value: string } | null;

/** A count of the sheet, the unit disclosure control works on. `hidden` = not shown (by SCB or by us). */
export interface CountCell {
  /** The count; null when SCB hid it (nobody, not even the sheet, knows it). */
  count: number | null;
  hidden: boolean;
  /** Hidden already in SCB's delivery. */
  bySource?: boolean;
}

/** A group's counts at one time point for one gender: its size and the count in each income source. */
export interface TimeCounts {
  /** Persons counted; null when it cannot be known (a hidden cell and no complete time point to take it from). */
  n: CountCell;
  /** Counts by income source, in INCOME_SOURCES order. */
  sources: CountCell[];
  /** Whether the extract has any cell for it (a group may lack a time point). */
  present: boolean;
  /** n was taken from another time point because a cell of this one is hidden. */
  nFrom?: ScbTime;
}

export interface ScbGroup {
  name: string;
  counts: Record<ScbGender, Record<ScbTime, TimeCounts>>;
}

/** A shown share with its Wilson interval, or null when hidden or empty. */
export interface Share {
  p: number;
  n: number;
  count: number;
}

export interface ScbModel {
  subgroup: ScbSubgroup;
  /** "alla" or "Åldersgrupp: 16–24 år". */
  subgroupLabel: string;
  groups: ScbGroup[];
  /** Index of the participants' group (Stockholmsjobb) and of the comparison group, or −1. */
  participants: number;
  comparison: number;
  /** Inskrivningsår as text ("2022", "2021–2022"), or null when the extract does not say. */
  years: string | null;
  /** Rows that could not be read (unknown time point, income source or gender, or no number). */
  unreadRows: number;
  /** Cells SCB hid in the cells this model sums. */
  hiddenBySource: number;
}

// ---- reading the extract -----------------------------------------------------------------------

interface ScbRow {
  group: string;
  groupKey: string;
  gender: ScbGender;
  dims: Record<ScbDimension, string>;
  dimText: Record<ScbDimension, string>;
  time: ScbTime;
  source: number;
  /** null = hidden by SCB. */
  count: number | null;
  year: number | null;
}

const TOTAL_MARKS = new Set(["", "totalt", "total", "samtliga", "alla"]);
// Dashes and spaces vary between SCB's files and what a person types: "16–24 år" = "16-24 år" = "16 - 24 år".
const dimensionKey = (value: CellValue) => {
  const code = normalizeCode(value);
  return TOTAL_MARKS.has(code) ? "" : code.replace(/[‐‑‒–—−]/g, "-").replace(/\s*-\s*/g, "-");
};

/** The extract's rows as counts; rows that cannot be placed are counted, not guessed. */
export function readScbRows(register: Register): { rows: ScbRow[]; unread: number } {
  const lists = resolveCodeLists();
  const genders = codeLookupWithSynonyms("scbGenders", lists);
  const times = codeLookupWithSynonyms("scbTimePoints", lists);
  const sources = codeLookupWithSynonyms("incomeSources", lists);
  const countField = SCHEMAS.scb.fields.find((f) => f.key === "count")!;
  const at = (row: CellValue[], field: string) =>
    register.fields[field] === undefined ? null : row[register.fields[field]];
  const rows: ScbRow[] = [];
  let unread = 0;
  for (const row of register.table.rows) {
    if (row.every(isBlank)) continue;
    const gender = { Kvinnor: "K", Män: "M", Totalt: "T" }[
      genders.get(normalizeCode(at(row, "gender"))) ?? ""
    ] as ScbGender | undefined;
    const time = Number(times.get(normalizeCode(at(row, "timePoint"))) ?? NaN);
    const source = INCOME_SOURCES.indexOf(
      sources.get(normalizeCode(at(row, "incomeSource"))) ?? ""
    );
    const raw = at(row, "count");
    const hidden = isHiddenMark(countField, raw);
    const count = hidden ? null : parseNumber(raw);
    const group = String(at(row, "group") ?? "").trim();
    if (
      !gender ||
      !SCB_TIMES.includes(time as ScbTime) ||
      source < 0 ||
      group === "" ||
      (!hidden && (count === null || count < 0))
    ) {
      unread++;
      continue;
    }
    const dims = {} as Record<ScbDimension, string>;
    const dimText = {} as Record<ScbDimension, string>;
    for (const { key } of SCB_DIMENSIONS) {
      dims[key] = dimensionKey(at(row, key));
      dimText[key] = String(at(row, key) ?? "").trim();
    }
    const year = parseNumber(at(row, "enrolmentYear"));
    rows.push({
      group,
      groupKey: normalizeCode(group),
      gender,
      dims,
      dimText,
      time: time as ScbTime,
      source,
      count,
      year,
    });
  }
  return { rows, unread };
}

/** The subgroups of an extract, as "Åldersgrupp: 16–24 år", in the extract's order. */
export function scbSubgroups(
  rows: readonly ScbRow[]
): Array<{ label: string; subgroup: NonNullable<ScbSubgroup> }> {
  const result: Array<{ label: string; subgroup: NonNullable<ScbSubgroup> }> = [];
  for (const { key, label } of SCB_DIMENSIONS) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (row.dims[key] === "" || seen.has(row.dims[key])) continue;
      seen.add(row.dims[key]);
      result.push({
        label: `${label}: ${row.dimText[key]}`,
        subgroup: { dimension: key, value: row.dimText[key] },
      });
    }
  }
  return result;
}

/**
 * The subgroup a text names: "alla" (or nothing) for everyone, a label "Åldersgrupp: 16–24 år", or a
 * value alone ("16-24 år") when only one dimension has it. Undefined when it names none or several.
 */
export function findSubgroup(
  rows: readonly ScbRow[],
  text: string | null
): ScbSubgroup | undefined {
  if (text === null || TOTAL_MARKS.has(normalizeCode(text))) return null;
  const all = scbSubgroups(rows);
  const [, dimension, value] = /^\s*([^:=]+?)\s*[:=]\s*(.+)$/.exec(text) ?? [];
  const wanted = dimensionKey(value ?? text);
  const matches = all.filter(({ subgroup }) => {
    const dim = SCB_DIMENSIONS.find((d) => d.key === subgroup.dimension)!;
    return (
      dimensionKey(subgroup.value) === wanted &&
      (dimension === undefined ||
        normalizeCode(dim.label) === normalizeCode(dimension) ||
        subgroup.dimension === dimension)
    );
  });
  return matches.length === 1 ? matches[0].subgroup : undefined;
}

// ---- counting ----------------------------------------------------------------------------------

/**
 * Whether a row counts for the subgroup: the subgroup's dimension holds its value; every other
 * dimension holds SCB's total when the extract has totals for it (margin tables), else any value
 * (a cross-classification without margins is summed). Gender: the same for the total of both.
 */
function selector(
  rows: readonly ScbRow[],
  subgroup: ScbSubgroup
): (row: ScbRow, gender: ScbGender) => boolean {
  const hasTotal = Object.fromEntries(
    SCB_DIMENSIONS.map(({ key }) => [key, rows.some((r) => r.dims[key] === "")])
  ) as Record<ScbDimension, boolean>;
  const hasGenderTotal = rows.some((r) => r.gender === "T");
  const value = subgroup ? dimensionKey(subgroup.value) : "";
  return (row, gender) => {
    for (const { key } of SCB_DIMENSIONS) {
      if (subgroup?.dimension === key) {
        if (row.dims[key] !== value) return false;
      } else if (hasTotal[key] && row.dims[key] !== "") return false;
    }
    if (gender !== "T") return row.gender === gender;
    return hasGenderTotal ? row.gender === "T" : row.gender !== "T";
  };
}

const cell = (count: number | null): CountCell => ({
  count,
  hidden: count === null,
  bySource: count === null ? true : undefined,
});

/** The counts of one group for the subgroup, before any disclosure control. */
function groupCounts(
  rows: readonly ScbRow[],
  name: string,
  key: string,
  selects: ReturnType<typeof selector>
): ScbGroup {
  const counts = {} as ScbGroup["counts"];
  for (const gender of SCB_GENDERS) {
    counts[gender] = {} as Record<ScbTime, TimeCounts>;
    for (const time of SCB_TIMES) {
      const sums: Array<number | null> = INCOME_SOURCES.map(() => 0);
      let present = false;
      for (const row of rows) {
        if (row.groupKey !== key || row.time !== time || !selects(row, gender)) continue;
        present = true;
        const before = sums[row.source];
        sums[row.source] = before === null || row.count === null ? null : before + row.count;
      }
      const complete = sums.every((s) => s !== null);
      const n = present && complete ? (sums as number[]).reduce((a, b) => a + b, 0) : null;
      counts[gender][time] = { n: { count: n, hidden: false }, sources: sums.map(cell), present };
    }
    // The same persons are counted at each time point (validate warns when not): a time point with a
    // cell SCB hid takes its size from a complete one, so its other shares can still be shown.
    const complete = SCB_TIMES.find(
      (t) => counts[gender][t].present && counts[gender][t].n.count !== null
    );
    for (const time of SCB_TIMES) {
      const at = counts[gender][time];
      if (at.present && at.n.count === null && complete !== undefined) {
        at.n = { count: counts[gender][complete].n.count, hidden: false };
        at.nFrom = complete;
      }
    }
  }
  // Women + men = both: a size still unknown follows from the other two when they are known.
  for (const time of SCB_TIMES) {
    const [t, k, m] = SCB_GENDERS.map((g) => counts[g][time].n);
    if (t.count === null && k.count !== null && m.count !== null) t.count = k.count + m.count;
    if (k.count === null && t.count !== null && m.count !== null) k.count = t.count - m.count;
    if (m.count === null && t.count !== null && k.count !== null) m.count = t.count - k.count;
    for (const n of [t, k, m]) n.hidden = n.count === null;
  }
  return { name, counts };
}

/** The model of one subgroup, counts only (disclosure control comes after, over all models of a workbook). */
export function scbModel(register: Register, subgroup: ScbSubgroup): ScbModel {
  const { rows, unread } = readScbRows(register);
  const names = new Map<string, string>();
  for (const row of rows) if (!names.has(row.groupKey)) names.set(row.groupKey, row.group);
  const selects = selector(rows, subgroup);
  const groups = [...names].map(([key, name]) => groupCounts(rows, name, key, selects));
  const participants = groups.findIndex((g) => normalizeCode(g.name).includes("stockholmsjobb"));
  const rest = groups.map((_, i) => i).filter((i) => i !== participants);
  const comparison =
    rest.find((i) => /övrig|jämför|andra/.test(normalizeCode(groups[i].name))) ?? rest[0] ?? -1;
  const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort(
    (a, b) => a - b
  );
  let hiddenBySource = 0;
  for (const row of rows)
    if (row.count === null && SCB_GENDERS.some((g) => selects(row, g))) hiddenBySource++;
  const dim = subgroup && SCB_DIMENSIONS.find((d) => d.key === subgroup.dimension)!;
  return {
    subgroup,
    subgroupLabel: dim ? `${dim.label}: ${subgroup!.value}` : "alla",
    groups,
    participants,
    comparison: participants < 0 ? -1 : comparison,
    years:
      years.length === 0
        ? null
        : years.length === 1
          ? String(years[0])
          : `${years[0]}–${years[years.length - 1]}`,
    unreadRows: unread,
    hiddenBySource,
  };
}

// ---- figures -----------------------------------------------------------------------------------

/** The shown share of an income source, or null when it or the group size is hidden or empty. */
export function shareOf(counts: TimeCounts, source: number): Share | null {
  const c = counts.sources[source];
  const n = counts.n;
  if (
    !counts.present ||
    c.hidden ||
    n.hidden ||
    c.count === null ||
    n.count === null ||
    !(n.count > 0)
  )
    return null;
  return { p: c.count / n.count, n: n.count, count: c.count };
}

/** A difference in percentage points with its normal-approximation 95 % interval. */
export interface Difference {
  pp: number;
  lowPp: number;
  highPp: number;
}

const Z = normalQuantile(0.975);

/**
 * Σ signs × shares with the interval ± z·√(Σ p(1 − p)/n), the shares taken as independent. The change
 * from −1 to +2 compares the same persons twice, which are not independent; as being in work one year
 * goes with being in work later, the covariance is positive and this interval is then wider than the
 * paired one would be (cautious). Null when any share is hidden.
 */
export function combine(terms: ReadonlyArray<[1 | -1, Share | null]>): Difference | null {
  if (terms.some(([, s]) => s === null)) return null;
  let d = 0;
  let variance = 0;
  for (const [sign, s] of terms) {
    d += sign * s!.p;
    variance += (s!.p * (1 - s!.p)) / s!.n;
  }
  const half = Z * Math.sqrt(variance);
  return { pp: d * 100, lowPp: (d - half) * 100, highPp: (d + half) * 100 };
}

/** A group's change in an income source's share from −1 to +2 years, in percentage points. */
export function changeOf(group: ScbGroup, gender: ScbGender, source: number): Difference | null {
  const counts = group.counts[gender];
  return combine([
    [1, shareOf(counts[2], source)],
    [-1, shareOf(counts[-1], source)],
  ]);
}

/** Participants' change minus the comparison group's (difference in differences), percentage points. */
export function differenceInDifferences(
  model: ScbModel,
  gender: ScbGender,
  source: number
): Difference | null {
  if (model.participants < 0 || model.comparison < 0) return null;
  const a = model.groups[model.participants].counts[gender];
  const b = model.groups[model.comparison].counts[gender];
  return combine([
    [1, shareOf(a[2], source)],
    [-1, shareOf(a[-1], source)],
    [-1, shareOf(b[2], source)],
    [1, shareOf(b[-1], source)],
  ]);
}
