/** Cancelling a read: an AbortError, as fetch and the DOM APIs throw (a plain Error, so the core stays pure). */

/** The error a cancelled read throws. */
export function abortError(): Error {
  const error = new Error("Avbrutet / Cancelled");
  error.name = "AbortError";
  return error;
}

/** True for the error of a cancelled operation. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "AbortError"
  );
}
