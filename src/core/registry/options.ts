/** Options of a validation run, shared by validate.ts, fixes.ts and the checks. */
import type { CodeLists } from "./codeLists";
import type { RegisterType } from "./types";

export interface ValidationOptions {
  /** The register type; detected from the headers when not given. An explicit type always wins. */
  type?: RegisterType;
  /** "Today" as an Excel serial, for date/future and the personnummer century rule (default: today). */
  today?: number;
  /** The workbook's code lists; any list not given keeps its default. */
  codeLists?: Partial<CodeLists>;
  /** Issues listed per code (counts stay exact). Default 1000. */
  capPerCode?: number;
  /** Manual field key → column index (0-based) overrides, e.g. from the task pane's column picker. */
  mapping?: Record<string, number>;
}

/** Default number of issues listed per code. */
export const DEFAULT_CAP_PER_CODE = 1000;
