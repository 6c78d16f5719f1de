import { codeCheck } from "../../../../src/core/registry/checks/codeList";
import { editDistance, suggestCode } from "../../../../src/core/registry/checks/suggest";
import { codeLookup, DEFAULT_CODE_LISTS } from "../../../../src/core/registry/codeLists";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, triplesOf } from "../fixtures";

const { codes } = codeCheck;

describe("code/unknown", () => {
  it("matches codes ignoring case and surrounding or repeated spaces", () => {
    const rows = ["ARBETE ", "  arbete", "Subventionerad   anställning", "eget företag"].map(
      (reason) => avslutRow(person(), { Avslutsorsak: reason })
    );
    expect(triplesOf(check(sheet(AVSLUT_HEADERS, rows)), codes)).toEqual([]);
  });

  it("reports unknown codes with a did-you-mean suggestion when one is close", () => {
    const rows = ["Arbte", "Ovrigt", "Subventionerad", "Pension"].map((reason) =>
      avslutRow(person(), { Avslutsorsak: reason })
    );
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(triplesOf(report, codes)).toEqual([
      [2, "Avslutsorsak", "code/unknown"],
      [3, "Avslutsorsak", "code/unknown"],
      [4, "Avslutsorsak", "code/unknown"],
      [5, "Avslutsorsak", "code/unknown"],
    ]);
    expect(report.issues.map((i) => i.message.en)).toEqual([
      'Row 2, column "Avslutsorsak": "Arbte" is not in the code list. Did you mean "Arbete"?',
      'Row 3, column "Avslutsorsak": "Ovrigt" is not in the code list. Did you mean "Övrigt"?',
      'Row 4, column "Avslutsorsak": "Subventionerad" is not in the code list. Did you mean "Subventionerad anställning"?',
      'Row 5, column "Avslutsorsak": "Pension" is not in the code list.',
    ]);
    expect(report.issues[0].message.sv).toBe(
      'Rad 2, kolumn "Avslutsorsak": "Arbte" finns inte i kodlistan. Menade du "Arbete"?'
    );
    expect(report.issues[0].severity).toBe("warning");
  });

  it("uses the workbook's code list when one is given", () => {
    const rows = [
      avslutRow(person(), { Avslutsorsak: "Pension" }),
      avslutRow(person(), { Avslutsorsak: "Arbete" }),
    ];
    const report = check(sheet(AVSLUT_HEADERS, rows), {
      codeLists: { exitReasons: ["Pension", "Annat"] },
    });
    expect(triplesOf(report, codes)).toEqual([[3, "Avslutsorsak", "code/unknown"]]);
  });

  it("checks the adult-education lists (type, status, occupation; blank occupation is no answer)", () => {
    const headers = [
      "Personnummer",
      "Skola",
      "Utbildningstyp",
      "Startdatum",
      "Status",
      "Sysselsättning efter",
    ];
    const rows = [
      [person().long, "S", "Yrkeshogskola", "2025-01-01", "Pågående", ""],
      [person().long, "S", "Yrkesutbildning", "2025-01-01", "Klar", "Arbete"],
      [person().long, "S", "Yrkesutbildning", "2025-01-01", "Pågående", "Jobb"],
    ];
    const report = check(sheet(headers, rows));
    expect(triplesOf(report, codes)).toEqual([
      [2, "Utbildningstyp", "code/unknown"],
      [3, "Status", "code/unknown"],
      [4, "Sysselsättning efter", "code/unknown"],
    ]);
    expect(report.issues[0].message.en).toContain('Did you mean "Yrkeshögskola"?');
  });
});

describe("suggestCode", () => {
  const reasons = codeLookup(DEFAULT_CODE_LISTS.exitReasons);

  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("arbete", "arbtee")).toBe(1);
    expect(editDistance("studier", "stuider")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("suggests within two edits, else by prefix, else nothing", () => {
    expect(suggestCode("arbeet", reasons)).toBe("Arbete");
    expect(suggestCode("flytat", reasons)).toBe("Flyttat");
    expect(suggestCode("eget", reasons)).toBe("Eget företag");
    expect(suggestCode("xy", reasons)).toBeNull();
    expect(suggestCode("pension", reasons)).toBeNull();
  });
});
