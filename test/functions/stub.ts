/** A stand-in for Excel's CustomFunctions runtime (Error class and codes) and Office's display language. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  invalidNumber: "#NUM!",
  divisionByZero: "#DIV/0!",
  notAvailable: "#N/A",
};

/** Installs the globals; returns a function that sets Office's display language. */
export function installRuntimeStub(): (language: string | undefined) => void {
  const g = globalThis as Record<string, unknown>;
  g.CustomFunctions = { Error: StubError, ErrorCode: ERROR_CODES };
  return (language) => {
    g.Office = language === undefined ? undefined : { context: { displayLanguage: language } };
  };
}

/** A column range as Excel passes it: one cell per row. */
export function col(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** A whole-column range (1,048,576 rows) holding `values` at the top and `blank` below. */
export function wholeColumn(values: unknown[], blank: unknown = null): unknown[][] {
  const rows: unknown[][] = values.map((v) => [v]);
  for (let r = rows.length; r < 1048576; r++) rows.push([blank]);
  return rows;
}

/** The single cell of a 1×1 result (what a non-spilling output shows). */
export function only(result: unknown): unknown {
  const rows = result as unknown[][];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(1);
  return rows[0][0];
}
