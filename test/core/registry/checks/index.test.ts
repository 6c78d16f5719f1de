import {
  Check,
  CHECK_LIST,
  inDependencyOrder,
  Product,
} from "../../../../src/core/registry/checks";
import { dateCheck } from "../../../../src/core/registry/checks/dates";
import { keyCheck, rowCheck } from "../../../../src/core/registry/checks/duplicates";
import { genderCheck } from "../../../../src/core/registry/checks/gender";
import { pnrCheck } from "../../../../src/core/registry/checks/pnr";

const stub = (name: string, needs: Product[], gives: Product[], ran: string[]): Check => ({
  name,
  codes: [],
  needs,
  gives,
  run: () => ran.push(name),
});

describe("the check list", () => {
  it("runs every check after every check that gives what it needs", () => {
    CHECK_LIST.forEach((check, position) => {
      for (const need of check.needs) {
        const givers = CHECK_LIST.filter((other) => other.gives.includes(need));
        expect(givers.length).toBeGreaterThan(0);
        for (const giver of givers)
          expect([check.name, need, CHECK_LIST.indexOf(giver) < position]).toEqual([
            check.name,
            need,
            true,
          ]);
      }
    });
    expect(CHECK_LIST[0]).toBe(rowCheck);
    expect(CHECK_LIST.indexOf(pnrCheck)).toBeLessThan(CHECK_LIST.indexOf(genderCheck));
    expect(CHECK_LIST.indexOf(dateCheck)).toBeLessThan(CHECK_LIST.indexOf(keyCheck));
  });

  it("keeps the given order where no need decides, whatever order the list is written in", () => {
    const ran: string[] = [];
    const a = stub("a", ["codes"], [], ran);
    const b = stub("b", [], ["codes"], ran);
    const c = stub("c", [], [], ran);
    expect(inDependencyOrder([a, b, c]).map((check) => check.name)).toEqual(["b", "a", "c"]);
    expect(inDependencyOrder([c, b, a]).map((check) => check.name)).toEqual(["c", "b", "a"]);
    const reversed = inDependencyOrder([...CHECK_LIST].reverse());
    expect([...reversed].sort((x, y) => x.name.localeCompare(y.name))).toEqual(
      [...CHECK_LIST].sort((x, y) => x.name.localeCompare(y.name))
    );
    expect(reversed.indexOf(rowCheck)).toBe(0);
  });

  it("refuses a need that no check gives, and needs that go round in a circle", () => {
    const ran: string[] = [];
    expect(() => inDependencyOrder([stub("lonely", ["serials"], [], ran)])).toThrow(
      'check "lonely" needs "serials", which no check gives'
    );
    const x = stub("x", ["codes"], ["pnr"], ran);
    const y = stub("y", ["pnr"], ["codes"], ran);
    expect(() => inDependencyOrder([x, y])).toThrow("depends on itself");
    expect(ran).toEqual([]);
  });
});
