import { bilingual, type MessageKey, type MessageParams } from "./messages";

/** The Excel error a failure surfaces as; messages are allowed only with VALUE and NA. */
export type ErrorKind = "value" | "num" | "div0" | "na";

/**
 * The one error convention of the core: a computation that fails throws an AmfError (a key of the
 * message table with its parameters, never a NaN result); the custom functions turn it into an Excel
 * error value at one boundary (functions/call.ts), the CLI and the reports into a line. Only where a
 * result is made of rows that fail one by one (EFFINDEX) does a row carry its AmfError as its value.
 */
export class AmfError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {}
  ) {
    super(key);
    this.name = "AmfError";
  }
}

/** True for an AmfError, also across module copies (webpack bundles and jest may load two). */
export function isAmfError(e: unknown): e is AmfError {
  return (
    e instanceof AmfError ||
    (typeof e === "object" && e !== null && (e as AmfError).name === "AmfError")
  );
}

/** A problem a report shows instead of writing anything; its texts come masked from the message table. */
export class DialogueError extends Error {
  readonly sv: string;
  readonly en: string;
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {}
  ) {
    const text = bilingual(key, params);
    super(text.en);
    this.name = "DialogueError";
    this.sv = text.sv;
    this.en = text.en;
  }
}
