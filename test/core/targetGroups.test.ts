import { serialOf } from "../../src/core/cells";
import { DEFAULT_TARGET_GROUP_SETTINGS, ExitPerson, inTargetGroup } from "../../src/core/targetGroups";

const settings = DEFAULT_TARGET_GROUP_SETTINGS;
const exit = serialOf(2025, 6, 30);
const person = (p: Partial<ExitPerson>): ExitPerson => ({ exitSerial: exit, birthSerial: null, ...p });

describe("target groups at the exit date", () => {
  it("counts 16 to 24 years at the exit as young, both ends included", () => {
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2009, 6, 30) }), settings)).toBe(true); // 16 today
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2009, 7, 1) }), settings)).toBe(false); // 15
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2000, 7, 1) }), settings)).toBe(true); // 24
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2000, 6, 30) }), settings)).toBe(false); // 25
    expect(inTargetGroup("unga", person({}), settings)).toBeNull();
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(1998, 1, 1) }), { ...settings, youthMaxAge: 29 })).toBe(true);
  });

  it("reads foreign- and Swedish-born from the background, unknown when blank or absent", () => {
    expect(inTargetGroup("utrikes", person({ bornAbroad: true }), settings)).toBe(true);
    expect(inTargetGroup("inrikes", person({ bornAbroad: true }), settings)).toBe(false);
    expect(inTargetGroup("inrikes", person({ bornAbroad: false }), settings)).toBe(true);
    expect(inTargetGroup("utrikes", person({ bornAbroad: null }), settings)).toBeNull();
    expect(inTargetGroup("inrikes", person({}), settings)).toBeNull();
  });

  it("counts only förgymnasial education as short", () => {
    expect(inTargetGroup("kortutbildade", person({ educationLevel: "Förgymnasial" }), settings)).toBe(true);
    expect(inTargetGroup("kortutbildade", person({ educationLevel: "Gymnasial" }), settings)).toBe(false);
    expect(inTargetGroup("kortutbildade", person({ educationLevel: null }), settings)).toBeNull();
  });

  it("counts an exit less than three years after the first registration as newly arrived", () => {
    const arrived = (y: number, m: number, d: number) => person({ bornAbroad: true, registeredSerial: serialOf(y, m, d) });
    expect(inTargetGroup("nyanlanda", arrived(2022, 7, 1), settings)).toBe(true); // 2 years 364 days
    expect(inTargetGroup("nyanlanda", arrived(2022, 6, 30), settings)).toBe(false); // exactly three years
    expect(inTargetGroup("nyanlanda", arrived(2025, 6, 30), settings)).toBe(true); // the same day
    expect(inTargetGroup("nyanlanda", arrived(2025, 7, 1), settings)).toBe(false); // registered after the exit
    expect(inTargetGroup("nyanlanda", person({ bornAbroad: false, registeredSerial: serialOf(2024, 1, 1) }), settings)).toBe(false);
    expect(inTargetGroup("nyanlanda", person({ bornAbroad: true }), settings)).toBeNull();
  });
});
