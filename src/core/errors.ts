import type { MessageKey } from "./messages";

/** The Excel error a failure surfaces as; messages are allowed only with VALUE and NA. */
export type ErrorKind = "value" | "num" | "div0" | "na";

/**
 * A failure of a core computation that maps onto an Excel error value. The core throws it; the
 * custom-function adapter turns it into a CustomFunctions.Error and the CLI into a clear line.
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
  return e instanceof AmfError || (typeof e === "object" && e !== null && (e as AmfError).name === "AmfError");
}
