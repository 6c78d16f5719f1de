/**
 * The workbook's settings (SPEC §8) with their defaults, a forgiving parser for what is stored in a
 * workbook, and the in-memory holder the custom functions read at call time.
 */

export type LanguageSetting = "auto" | "sv" | "en";

export interface Settings {
  /** Exit reasons that count as work or studies (EXITRATE's numerator). */
  positiveExitReasons: string[];
  /** The workbook's code list of exit reasons (validation suggests from it). */
  exitReasons: string[];
  /** Counts below this are suppressed in reports. */
  suppressionThreshold: number;
  /** A gender gap at least this large (percentage points) is worth analysing. */
  gapThresholdPp: number;
  /** Fisher p below this counts as a real difference. */
  significanceLevel: number;
  /** Each gender needs at least this many observations for a gap analysis. */
  minGroupSize: number;
  /** Language of messages and reports; "auto" follows Office's display language. */
  language: LanguageSetting;
  /** A survey's response rate below this share gets the representativity warning (issue #14). */
  minResponseRate: number;
  /** The sfi sheet's age bands (issue #15): the first age of each band after the youngest (25, 40: –24, 25–39, 40–). */
  sfiAgeBands?: number[];
  /** The target groups' definitions (issue #13): the youth band and how long someone counts as newly arrived. */
  targetGroups?: TargetGroupSettings;
}

/** The target groups' bounds (`targetGroups.ts` classifies with them). */
export interface TargetGroupSettings {
  /** Arbetsförmedlingen's youth band: 16–24 years at the exit date, both ends included. */
  youthMinAge: number;
  youthMaxAge: number;
  /** Newly arrived: the exit is less than this many years after the first registration in Sweden. */
  newArrivalYears: number;
}

export const DEFAULT_TARGET_GROUP_SETTINGS: Readonly<TargetGroupSettings> = Object.freeze({
  youthMinAge: 16,
  youthMaxAge: 24,
  newArrivalYears: 3,
});

export const DEFAULT_POSITIVE_EXIT_REASONS: readonly string[] = [
  "Arbete",
  "Subventionerad anställning",
  "Eget företag",
  "Studier",
];

export const DEFAULT_EXIT_REASONS: readonly string[] = [
  ...DEFAULT_POSITIVE_EXIT_REASONS,
  "Annan insats",
  "Sjukskrivning",
  "Föräldraledighet",
  "Flyttat",
  "Avbrott",
  "Övrigt",
  "Okänd",
];

/** A fresh copy of the default settings. */
export function defaultSettings(): Settings {
  return {
    positiveExitReasons: [...DEFAULT_POSITIVE_EXIT_REASONS],
    exitReasons: [...DEFAULT_EXIT_REASONS],
    suppressionThreshold: 3,
    gapThresholdPp: 5,
    significanceLevel: 0.05,
    minGroupSize: 10,
    language: "auto",
    minResponseRate: 0.5,
    sfiAgeBands: [25, 40],
    targetGroups: { ...DEFAULT_TARGET_GROUP_SETTINGS },
  };
}

/** Ascending whole ages 1–120, or undefined (the task pane's form checks with this too). */
export function parseAgeBands(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ok = value.every(
    (v, i) => Number.isInteger(v) && v >= 1 && v <= 120 && (i === 0 || v > value[i - 1])
  );
  return ok ? (value as number[]).slice() : undefined;
}

/**
 * Whole ages 0–120 with min ≤ max and 1–10 whole years, or undefined (one bad bound loses the three).
 * The task pane's form checks with this too.
 */
export function parseTargetGroupSettings(value: unknown): TargetGroupSettings | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const youthMinAge = numberIn(v.youthMinAge, 0, 120, true);
  const youthMaxAge = numberIn(v.youthMaxAge, 0, 120, true);
  const newArrivalYears = numberIn(v.newArrivalYears, 1, 10, true);
  if (youthMinAge === undefined || youthMaxAge === undefined || newArrivalYears === undefined)
    return undefined;
  return youthMinAge <= youthMaxAge ? { youthMinAge, youthMaxAge, newArrivalYears } : undefined;
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter(Boolean);
  return list.length === value.length && list.length > 0 ? list : undefined;
}

function numberIn(value: unknown, min: number, max: number, integer: boolean): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    return undefined;
  return integer && !Number.isInteger(value) ? undefined : value;
}

/**
 * Settings from stored JSON (text or an already-parsed object). Each field that is missing or invalid
 * falls back on its own (to `base`, the defaults unless given), so one bad value never loses the others.
 */
export function parseSettings(json: unknown, base: Settings = defaultSettings()): Settings {
  const defaults = base;
  let raw: unknown = json;
  if (typeof json === "string") {
    try {
      raw = JSON.parse(json);
    } catch {
      return defaults;
    }
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return defaults;
  const r = raw as Record<string, unknown>;
  const language =
    r.language === "sv" || r.language === "en" || r.language === "auto" ? r.language : undefined;
  return {
    positiveExitReasons: stringList(r.positiveExitReasons) ?? defaults.positiveExitReasons,
    exitReasons: stringList(r.exitReasons) ?? defaults.exitReasons,
    suppressionThreshold:
      numberIn(r.suppressionThreshold, 0, 1000, true) ?? defaults.suppressionThreshold,
    gapThresholdPp: numberIn(r.gapThresholdPp, 0, 100, false) ?? defaults.gapThresholdPp,
    significanceLevel:
      numberIn(r.significanceLevel, 1e-9, 0.5, false) ?? defaults.significanceLevel,
    minGroupSize: numberIn(r.minGroupSize, 1, 100000, true) ?? defaults.minGroupSize,
    language: language ?? defaults.language,
    minResponseRate: numberIn(r.minResponseRate, 0, 1, false) ?? defaults.minResponseRate,
    sfiAgeBands: parseAgeBands(r.sfiAgeBands) ?? defaults.sfiAgeBands,
    targetGroups: parseTargetGroupSettings(r.targetGroups) ?? defaults.targetGroups,
  };
}

type Listener = (settings: Settings) => void;

let current: Settings = defaultSettings();
const listeners = new Set<Listener>();

/** The settings in force now (read at call time by the functions). */
export function getSettings(): Readonly<Settings> {
  return current;
}

/** Changes the given fields (an invalid one keeps its current value) and notifies subscribers. */
export function setSettings(next: Partial<Settings>): Settings {
  current = parseSettings(next, current);
  for (const listener of listeners) listener(current);
  return current;
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeSettings(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Back to the defaults without notifying (tests and a fresh workbook). */
export function resetSettings(): void {
  current = defaultSettings();
}
