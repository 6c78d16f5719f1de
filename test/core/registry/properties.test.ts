import fc from "fast-check";
import type { CellValue } from "../../../src/core/cells";
import { applyFixes } from "../../../src/core/registry/fixes";
import { SCHEMAS } from "../../../src/core/registry/schemas";
import type { RegisterType } from "../../../src/core/registry/types";
import { ALL_CHECK_CODES, validateTable } from "../../../src/core/registry/validate";
import {
  AVSLUT_HEADERS,
  avslutRow,
  check,
  person,
  sheet,
  TODAY,
  wrongCheckDigit,
} from "./fixtures";

const KNOWN_HEADERS = [
  ...new Set(
    Object.values(SCHEMAS).flatMap((s) => s.fields.flatMap((f) => [f.header, ...f.synonyms]))
  ),
  "Namn",
  "Diagnos",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  fc.date(),
  fc.constantFrom(
    "2026-01-15",
    "202601",
    "K",
    "Kvinna",
    "Arbete",
    "Avbruten",
    " arbete ",
    "19850101-1234",
    "8501011234"
  )
);
const header: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...KNOWN_HEADERS), fc.string());
const type: fc.Arbitrary<RegisterType | undefined> = fc.constantFrom(
  undefined,
  "avslut",
  "forsorjningsstod",
  "vux",
  "personalkostnad"
);

describe("properties", () => {
  it("validateTable never throws, and every issue has a row ≥ 1, a known code and an address", () => {
    fc.assert(
      fc.property(
        fc.array(header, { maxLength: 9 }),
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 50 }),
        type,
        (headers, rows, headerRow, t) => {
          const report = validateTable(
            { name: "P", headerRow, firstColumn: 1, headers, rows },
            { today: TODAY, type: t }
          );
          for (const issue of report.issues) {
            expect(issue.row).toBeGreaterThanOrEqual(1);
            expect(ALL_CHECK_CODES).toContain(issue.code);
            expect(issue.address).toMatch(/^[A-Z]+\d+$/);
          }
          const total = Object.values(report.countsByCode).reduce((a, b) => a + (b ?? 0), 0);
          expect(report.counts.error + report.counts.warning + report.counts.info).toBe(total);
          // Fixes survive the same input too.
          expect(
            applyFixes(
              { name: "P", headerRow, firstColumn: 1, headers, rows },
              { today: TODAY, type: t }
            ).sheet.rows.length
          ).toBeLessThanOrEqual(rows.length);
        }
      ),
      { numRuns: 300, seed: 4711 }
    );
  });

  it("never puts an unmasked personnummer, or 10+ digits in a row, in a message", () => {
    const people = Array.from({ length: 6 }, () => person());
    const coordination = person({ coordination: true });
    const rows = people.map((p, i) =>
      avslutRow(p, {
        Personnummer: [wrongCheckDigit(p), p.short, p.digits10 + "9", "x" + p.digits12][i % 4],
        Kön: p.long,
        Enhet: i === 0 ? "" : `Enhet ${p.digits12}`,
        Insats: p.long,
        Inskrivningsdatum: p.digits10,
        Avslutsdatum: p.long,
        Avslutsorsak: `Arbete ${p.short}`,
      })
    );
    rows.push(avslutRow(coordination), avslutRow(coordination));
    const headers = [...AVSLUT_HEADERS];
    headers[3] = `Insats ${people[0].long}`;
    const report = check(
      sheet(
        [...headers, "Namn"],
        rows.map((r) => [...r, people[1].long])
      ),
      { capPerCode: 100 }
    );
    expect(report.issues.length).toBeGreaterThan(20);
    const secrets = [...people, coordination].flatMap((p) => [
      p.long,
      p.short,
      p.digits10,
      p.digits12,
    ]);
    for (const issue of report.issues) {
      for (const text of [issue.message.sv, issue.message.en, issue.column]) {
        expect(text).not.toMatch(/\d{10,}/);
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    }
  });
});
