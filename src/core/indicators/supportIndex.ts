/**
 * The income-support register indexed once by person, for a report that computes SELFSUFF6M for many
 * units, genders and periods over the same register: each computation then looks up its exits'
 * people instead of reading every support row again. The people are keyed by SELFSUFF6M's rules
 * (SPEC §4, see selfSufficiency): a personnummer by its twelve digits, any other ID by its trimmed text.
 */
import { CellValue, isBlankOrZero } from "../cells";
import { parsePnr } from "../pnr";
import { cellAt, Column, columnsLength } from "./columns";
import { PersonTable, readDigits12, validDigits12 } from "./personTable";
import { Memo, monthReader } from "./scope";

export class SupportIndex {
  /** The error SELFSUFF6M raises on the columns themselves (their shape), or null. */
  readonly columnsError: unknown;
  /** The first error SELFSUFF6M raises on a row (its month), or null. */
  readonly rowError: unknown;
  /** Earliest and latest month read (month indexes); Infinity and -Infinity without rows. */
  readonly firstMonth: number;
  readonly lastMonth: number;
  private readonly table: PersonTable;
  private readonly textPeople = new Map<string, number>();
  /** Months of person p: months[offsets[p]] up to months[offsets[p + 1]]. */
  private readonly offsets: Int32Array;
  private readonly months: Int32Array;
  private readonly digits = new Int32Array(2);
  private readonly people = new Memo<number>();

  /** `reference`: the date the 10-digit century rule is applied on, as SELFSUFF6M's referenceSerial. */
  constructor(
    supportIds: Column,
    supportMonths: Column,
    readonly reference: number
  ) {
    let length = 0;
    let columnsError: unknown = null;
    try {
      length = columnsLength([
        ["support_ids", supportIds],
        ["support_months", supportMonths],
      ]);
    } catch (e) {
      columnsError = e;
    }
    this.columnsError = columnsError;
    let error: unknown = null;
    this.table = new PersonTable(length);
    const rowPerson = new Int32Array(length).fill(-1);
    const rowMonth = new Int32Array(length);
    const monthOf = monthReader("support_months");
    const general = new Memo<number>();
    let count = 0;
    const add = (person: number) => (person === count ? count++ : person);
    const addText = (key: string) => {
      let person = this.textPeople.get(key);
      if (person === undefined) this.textPeople.set(key, (person = count++));
      return person;
    };
    let first = Infinity;
    let last = -Infinity;
    const d = this.digits;
    for (let r = 0; r < length && error === null; r++) {
      const id = cellAt(supportIds, r);
      let person: number;
      if (typeof id === "string" && readDigits12(id, d)) {
        // A 12-digit form: its digits when a valid personnummer, its text otherwise (no spaces to trim).
        person = validDigits12(d[0], d[1])
          ? add(this.table.getOrAdd(d[0], d[1], count))
          : addText(id);
      } else {
        if (isBlankOrZero(id)) continue;
        const kept = general.get(id);
        if (kept !== undefined) person = kept;
        else {
          const parsed = parsePnr(id, reference);
          person = general.set(
            id,
            parsed.ok
              ? add(this.table.addNormalized(parsed.pnr.normalized, count))
              : addText(String(id).trim())
          );
        }
      }
      let month: number;
      try {
        month = monthOf(cellAt(supportMonths, r), r);
      } catch (e) {
        error = e;
        break;
      }
      rowPerson[r] = person;
      rowMonth[r] = month;
      if (month < first) first = month;
      if (month > last) last = month;
    }
    this.rowError = error;
    this.firstMonth = first;
    this.lastMonth = last;
    // Rows grouped by person (counting sort): each person's months in one stretch.
    const offsets = new Int32Array(count + 1);
    for (let r = 0; r < length; r++) if (rowPerson[r] >= 0) offsets[rowPerson[r] + 1]++;
    for (let p = 0; p < count; p++) offsets[p + 1] += offsets[p];
    const months = new Int32Array(offsets[count]);
    const next = offsets.slice(0, count);
    for (let r = 0; r < length; r++)
      if (rowPerson[r] >= 0) months[next[rowPerson[r]]++] = rowMonth[r];
    this.offsets = offsets;
    this.months = months;
  }

  /**
   * The person of an exit's ID among the support register's people, or -1 when none of its rows is
   * that person's. The exit side of SELFSUFF6M's rules: a valid 12-digit form by its digits, any other
   * spelling through parsePnr, and what is no personnummer by its trimmed text.
   */
  personOf(id: CellValue): number {
    const d = this.digits;
    if (typeof id === "string" && readDigits12(id, d) && validDigits12(d[0], d[1]))
      return this.table.get(d[0], d[1]);
    const kept = this.people.get(id);
    if (kept !== undefined) return kept;
    const parsed = parsePnr(id, this.reference);
    const person = parsed.ok
      ? this.table.getNormalized(parsed.pnr.normalized)
      : (this.textPeople.get(id === null || id === undefined ? "" : String(id).trim()) ?? -1);
    return this.people.set(id, person);
  }

  /** Whether the register has a row of `person` (from personOf; -1 has none) in `month`. */
  hasMonth(person: number, month: number): boolean {
    if (person < 0) return false;
    const months = this.months;
    for (let i = this.offsets[person], end = this.offsets[person + 1]; i < end; i++)
      if (months[i] === month) return true;
    return false;
  }

  /** Support people (for tests). */
  get personCount(): number {
    return this.offsets.length - 1;
  }
}
