/**
 * The crafted sfi register of sfi.test.ts and sfiPlaceholders.test.ts: 40 ended courses whose group
 * counts are written beside them, two still running and one ended the year before.
 */
import { SFI_HEADERS } from "../../../src/core/demo/sfi";
import { parsePeriod } from "../../../src/core/dialogue/period";
import type { SheetTable } from "../../../src/core/registry/types";
import { mulberry32, syntheticPnr } from "../../helpers/synthetic";

export const PERIOD = parsePeriod("2025")!;
const rng = mulberry32(1515);

export interface Course {
  gender: "K" | "M";
  born: number;
  school?: string;
  start?: string;
  end?: string | null;
  status: "Slutförd" | "Avbruten" | "Pågående";
  course?: string;
  country: string;
  after?: string | null;
}

export function table(courses: Course[]): SheetTable {
  const rows = courses.map((c) => {
    const cells: Record<string, string | null> = {
      Personnummer: syntheticPnr(rng, { year: c.born, month: 6, day: 1, gender: c.gender }).long,
      Kön: c.gender,
      Skola: c.school ?? "Skola A",
      Kurs: c.course ?? "B",
      Startdatum: c.start ?? "2025-01-15",
      Slutdatum:
        c.end === undefined ? (c.status === "Avbruten" ? "2025-04-15" : "2025-06-15") : c.end,
      Status: c.status,
      Födelseland: c.country,
      "Sysselsättning efter": c.after ?? null,
    };
    return SFI_HEADERS.map((h) => cells[h]);
  });
  return { name: "Sfi", headerRow: 1, firstColumn: 1, headers: SFI_HEADERS, rows };
}

// 40 ended courses: women 4 of 20 dropped out, men 10 of 20; EU/EES 6 of 10, Övriga 8 of 30;
// ages –24: 4 of 10, 25–39: 7 of 20, 40–: 3 of 10. Dropouts end on day 90, completions on day 151.
const EU = new Set([0, 1, 20, 21, 22, 23, 30, 31, 32, 33]);
const AFTER_DROPPED = [
  "Arbete",
  "Arbete",
  "Arbete",
  "Arbete",
  "Arbete",
  "Studier",
  "Studier",
  "Varken arbete eller studier",
  "Varken arbete eller studier",
  "Varken arbete eller studier",
  "Varken arbete eller studier",
  null,
  null,
  null,
];
const AFTER_DONE = [
  ...Array(10).fill("Arbete"),
  ...Array(8).fill("Studier"),
  ...Array(5).fill("Varken arbete eller studier"),
  null,
  null,
  null,
];
export function crafted(): Course[] {
  const courses: Course[] = [];
  let dropped = 0;
  let done = 0;
  for (let i = 0; i < 40; i++) {
    const out = i < 4 || (i >= 20 && i < 30);
    courses.push({
      gender: i < 20 ? "K" : "M",
      born: [2003, 1990, 1990, 1970][i % 4],
      status: out ? "Avbruten" : "Slutförd",
      country: EU.has(i) ? (i % 2 ? "Polen" : "Litauen") : "Syrien",
      after: out ? AFTER_DROPPED[dropped++] : AFTER_DONE[done++],
    });
  }
  // Still running (censored in the incidence, not ended), and a course ended the year before (out of the period).
  courses.push({
    gender: "K",
    born: 1990,
    status: "Pågående",
    start: "2025-03-01",
    end: null,
    country: "Syrien",
  });
  courses.push({
    gender: "M",
    born: 1990,
    status: "Pågående",
    start: "2025-03-01",
    end: null,
    country: "Syrien",
  });
  courses.push({
    gender: "M",
    born: 1990,
    status: "Avbruten",
    start: "2024-02-01",
    end: "2024-05-01",
    country: "Syrien",
  });
  return courses;
}
