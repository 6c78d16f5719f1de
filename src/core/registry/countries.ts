/**
 * The EU/EEA countries (issue #15): the 27 EU member states, Iceland, Liechtenstein and Norway, with
 * their Swedish names and the spellings registers commonly hold (English names, ISO 3166 codes, older
 * or informal names, names typed without å/ä/ö). An sfi student's country of birth or citizenship is
 * grouped as EU/EES, Sverige or Övriga (every other country): the council's studies found dropout more
 * common among students from EU/EEA countries.
 */
import type { CellValue } from "../cells";
import { normalizeCode } from "../cells";
import { editDistance } from "./checks/suggest";
import { normalizeHeader } from "./headers";

export type CountryGroup = "EU/EES" | "Övriga" | "Sverige";

/** The groups in the order the sheets list them. */
export const COUNTRY_GROUPS: readonly CountryGroup[] = ["EU/EES", "Övriga", "Sverige"];

/**
 * The EU/EEA countries except Sweden (26 EU states, Iceland, Liechtenstein, Norway): Swedish name
 * first, then other spellings (ISO alpha-2 and alpha-3 codes last). Sweden is a group of its own.
 */
export const EU_EEA_COUNTRIES: ReadonlyArray<readonly string[]> = [
  ["Belgien", "Belgium", "Belgique", "BE", "BEL"],
  ["Bulgarien", "Bulgaria", "BG", "BGR"],
  ["Cypern", "Cyprus", "CY", "CYP"],
  ["Danmark", "Denmark", "DK", "DNK"],
  ["Estland", "Estonia", "EE", "EST"],
  ["Finland", "Suomi", "FI", "FIN"],
  ["Frankrike", "France", "FR", "FRA"],
  ["Grekland", "Greece", "Hellas", "GR", "GRC"],
  ["Irland", "Ireland", "Eire", "IE", "IRL"],
  ["Italien", "Italy", "Italia", "IT", "ITA"],
  ["Kroatien", "Croatia", "Hrvatska", "HR", "HRV"],
  ["Lettland", "Latvia", "LV", "LVA"],
  ["Litauen", "Lithuania", "LT", "LTU"],
  ["Luxemburg", "Luxembourg", "LU", "LUX"],
  ["Malta", "MT", "MLT"],
  ["Nederländerna", "Holland", "Netherlands", "The Netherlands", "Niederlande", "NL", "NLD"],
  ["Polen", "Poland", "Polska", "PL", "POL"],
  ["Portugal", "PT", "PRT"],
  ["Rumänien", "Romania", "Rumania", "RO", "ROU"],
  ["Slovakien", "Slovakia", "Slovakiska republiken", "SK", "SVK"],
  ["Slovenien", "Slovenia", "SI", "SVN"],
  ["Spanien", "Spain", "España", "ES", "ESP"],
  ["Tjeckien", "Tjeckiska republiken", "Czechia", "Czech Republic", "CZ", "CZE"],
  ["Tyskland", "Germany", "Deutschland", "DE", "DEU"],
  ["Ungern", "Hungary", "HU", "HUN"],
  ["Österrike", "Austria", "Österreich", "AT", "AUT"],
  ["Island", "Iceland", "IS", "ISL"],
  ["Liechtenstein", "LI", "LIE"],
  ["Norge", "Norway", "Noreg", "NO", "NOR"],
];

const SWEDEN: readonly string[] = ["Sverige", "Sweden", "SE", "SWE"];

/** Compared without case, surrounding spaces or diacritics: "Osterrike" is Österrike, "Rumanien" Rumänien. */
function folded(value: CellValue): string {
  return normalizeCode(value)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

const GROUP_OF: ReadonlyMap<string, CountryGroup> = new Map([
  ...EU_EEA_COUNTRIES.flatMap((names) => names.map((n) => [folded(n), "EU/EES"] as const)),
  ...SWEDEN.map((n) => [folded(n), "Sverige"] as const),
]);

/** The group of a country as written in a register; null when the cell is blank (unknown). */
export function countryGroup(value: CellValue): CountryGroup | null {
  const key = folded(value);
  if (key === "") return null;
  return GROUP_OF.get(key) ?? "Övriga";
}

/** Whether a register's country names Sweden (Sverige, Sweden, SE, SWE; case and diacritics ignored). */
export function isSweden(value: CellValue): boolean {
  return GROUP_OF.get(folded(value)) === "Sverige";
}

// What registers write when the country of birth is not known: no country, so not foreign-born either.
const UNKNOWN_COUNTRY: ReadonlySet<string> = new Set(
  ["Okänt", "Okänd", "Ej känt", "Uppgift saknas", "Saknas", "Vet ej", "Unknown", "-", "?"].map(
    folded
  )
);

/** What a Bakgrund/Födelseland cell says; a near miss carries the code it most likely meant. */
export type BackgroundReading =
  | { kind: "code"; code: string }
  | { kind: "country"; sweden: boolean }
  | { kind: "unknown" }
  | { kind: "nearMiss"; suggestion: string };

const SWEDEN_NAMES: readonly string[] = SWEDEN.filter((name) => name.length >= 4);

/**
 * How a Bakgrund/Födelseland cell reads (issue #13): one of the column's codes (Inrikes född, Utrikes
 * född or a synonym), a country (Sverige being inrikes), blank/unknown, or a near miss. A near miss is
 * a value that is no code but within the typo distance of one, or of Sweden's name ("Inrikse född",
 * "Sverge"): it is read as unknown and reported, because taken as a country it would make its row
 * foreign-born. Anything further from every code is a country name, known to the EU/EEA list or not.
 * `lookup` is the column's code list with its synonyms (`codeLookupWithSynonyms("backgrounds", …)`).
 */
export function readBackground(
  value: CellValue,
  lookup: ReadonlyMap<string, string>
): BackgroundReading {
  const key = normalizeCode(value);
  const code = lookup.get(key);
  if (code !== undefined) return { kind: "code", code };
  const country = folded(value);
  if (country === "" || UNKNOWN_COUNTRY.has(country)) return { kind: "unknown" };
  const group = GROUP_OF.get(country);
  if (group !== undefined) return { kind: "country", sweden: group === "Sverige" };
  const suggestion = nearMiss(key, [...lookup]);
  return suggestion === null
    ? { kind: "country", sweden: false }
    : { kind: "nearMiss", suggestion };
}

/** The code (or Sweden's name) a value is a typo of: within two edits, fewer for short values. */
function nearMiss(key: string, codes: ReadonlyArray<readonly [string, string]>): string | null {
  const bare = normalizeHeader(key);
  const allowed = Math.min(2, Math.floor(bare.length / 2));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [spelling, written] of [
    ...codes,
    ...SWEDEN_NAMES.map((n) => [n, SWEDEN[0]] as const),
  ]) {
    const distance = editDistance(bare, normalizeHeader(spelling));
    if (distance <= allowed && distance < bestDistance) {
      best = written;
      bestDistance = distance;
    }
  }
  return best;
}
