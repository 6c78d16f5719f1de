/**
 * Headers that must not, or need not, be in a follow-up sheet: GDPR special categories (art. 9) and
 * direct identifiers beyond the personnummer (data minimisation, art. 5.1 c). Also the header
 * normalisation every match uses.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/** A header as compared: NFD without diacritics, lower case, only letters and digits ("Kön " → "kon"). */
export function normalizeHeader(header: unknown): string {
  if (header === null || header === undefined) return "";
  return String(header)
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NOT_ALPHANUMERIC, "");
}

export type HeaderClass = "sensitive" | "identifying";

// Word stems, matched anywhere in the normalised header: "Diagnoskod" and "Hälsotillstånd" are caught too.
const SENSITIVE_STEMS: readonly string[] = [
  "funktionsnedsattning",
  "funktionshinder",
  "funktionsvariation",
  "handikapp",
  "diagnos",
  "halsa",
  "halso",
  "sjukdom",
  "etnicitet",
  "etnisk",
  "religion",
  "religios",
  "trosuppfattning",
  "sexuelllaggning",
  "sexualitet",
  "fackforening",
  "fackligtillhorighet",
  "politiskasikt",
  "politisktillhorighet",
  "biometri",
  "genetisk",
  "disability",
  "diagnosis",
  "health",
  "ethnic",
  "sexualorientation",
  "tradeunion",
  "politicalopinion",
  "biometric",
  "genetic",
].map(normalizeHeader);

// Whole headers, not stems: "Enhetsnamn" or "Skolnamn" are not a person's name.
const IDENTIFYING_HEADERS = new Set(
  [
    "Namn",
    "Förnamn",
    "Efternamn",
    "Tilltalsnamn",
    "Fullständigt namn",
    "Name",
    "First name",
    "Last name",
    "Surname",
    "Full name",
    "Adress",
    "Address",
    "Gatuadress",
    "Postadress",
    "Bostadsadress",
    "Telefon",
    "Tel",
    "Mobil",
    "E-post",
    "Epost",
    "Email",
    "Mail",
    "Phone",
  ].map(normalizeHeader)
);
const IDENTIFYING_PREFIXES: readonly string[] = [
  "telefon",
  "mobil",
  "epost",
  "email",
  "phone",
  "adress",
  "address",
];

/** Whether a header names a special-category column, a direct identifier, or neither (null). */
export function classifyHeader(header: unknown): HeaderClass | null {
  const name = normalizeHeader(header);
  if (name === "") return null;
  for (const stem of SENSITIVE_STEMS) if (name.includes(stem)) return "sensitive";
  if (IDENTIFYING_HEADERS.has(name)) return "identifying";
  for (const prefix of IDENTIFYING_PREFIXES) if (name.startsWith(prefix)) return "identifying";
  return null;
}
