/**
 * The EU/EEA countries (issue #15): the 27 EU member states, Iceland, Liechtenstein and Norway, with
 * their Swedish names and the spellings registers commonly hold (English names, ISO 3166 codes, older
 * or informal names, names typed without å/ä/ö). An sfi student's country of birth or citizenship is
 * grouped as EU/EES, Sverige or Övriga (every other country): the council's studies found dropout more
 * common among students from EU/EEA countries.
 */
import type { CellValue } from "../cells";
import { normalizeCode } from "../cells";

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
  return normalizeCode(value).normalize("NFD").replace(/[\u0300-\u036f]/g, "");
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
