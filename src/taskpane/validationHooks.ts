/**
 * The state and effects of the Validera screen, as hooks: the answer line and the busy flag, the sheet
 * and its setup, and the validation itself. ValidationView.tsx only shows them.
 */
import * as React from "react";
import { todaySerial } from "../core/cells";
import type { Language } from "../core/messages";
import { maskPersonalNumbers } from "../core/pnr";
import type { FixPreview } from "../core/registry/fixes";
import type { ValidationOptions } from "../core/registry/options";
import { detectType } from "../core/registry/schemas";
import type { RegisterType, SheetTable, ValidationReport } from "../core/registry/types";
import { getSettings } from "../core/settings";
import { WorkbookSession } from "../core/workbook/session";
import { isAbortError } from "../excel/excelRun";
import type { WorkbookServices } from "./services";
import { t } from "./strings";

export type Phase =
  { kind: "idle" } | { kind: "reading"; done: number; total: number } | { kind: "checking" };
export type Status = { intent: "success" | "error" | "info"; text: string } | null;

/** The answer line, the busy flag of the actions, and `act`, which runs an action and shows its answer. */
export function useStatus(language: Language) {
  const [status, setStatus] = React.useState<Status>(null);
  const [busy, setBusy] = React.useState(false);
  const fail = React.useCallback(
    (error: unknown) => {
      // Excel's messages name no cell values; still masked, and never logged.
      const reason = error instanceof Error ? maskPersonalNumbers(error.message) : String(error);
      setStatus({
        intent: "error",
        text: t(language, reason === "empty-sheet" ? "emptySheet" : "failed", { reason }),
      });
    },
    [language]
  );
  async function act(action: () => Promise<Status>): Promise<void> {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }
  return { status, setStatus, busy, fail, act };
}

/** The workbook's sheets, the chosen one (the active sheet first), its headers and the manager's setup. */
export function useSheetSetup(services: WorkbookServices, fail: (error: unknown) => void) {
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [sheet, setSheet] = React.useState("");
  const [headers, setHeaders] = React.useState<string[]>([]);
  const [typeOverride, setTypeOverride] = React.useState<RegisterType | "">("");
  const [overrides, setOverrides] = React.useState<Record<string, number>>({});

  React.useEffect(() => {
    let live = true;
    Promise.all([services.listSheets(), services.activeSheetName()])
      .then(([names, active]) => {
        if (!live) return;
        setSheets(names);
        setSheet(names.includes(active) ? active : (names[0] ?? ""));
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [services, fail]);

  React.useEffect(() => {
    if (!sheet) return;
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new sheet clears the last one's setup before its headers load
    setTypeOverride("");
    setOverrides({});
    services
      .readHeaders(sheet)
      .then((h) => live && setHeaders(h))
      .catch(fail);
    return () => {
      live = false;
    };
  }, [sheet, services, fail]);

  const detected = React.useMemo(
    () => (headers.length > 0 ? detectType(headers) : null),
    [headers]
  );
  return {
    sheets,
    sheet,
    setSheet,
    headers,
    detected,
    typeOverride,
    setTypeOverride,
    overrides,
    setOverrides,
  };
}

/** A validated table: the report, and the options it was validated with (the fixes use the same). */
export interface Validated {
  table: SheetTable;
  report: ValidationReport;
  options: ValidationOptions;
}

interface ValidationInput {
  services: WorkbookServices;
  language: Language;
  setup: Pick<ReturnType<typeof useSheetSetup>, "sheet" | "typeOverride" | "overrides">;
  setStatus: (status: Status) => void;
  fail: (error: unknown) => void;
}

/** Reads and validates the chosen sheet (cancellable), and keeps the result and the fix preview of it. */
export function useValidation({ services, language, setup, setStatus, fail }: ValidationInput) {
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  const [validated, setValidated] = React.useState<Validated | null>(null);
  const [fixPreview, setFixPreview] = React.useState<FixPreview | null>(null);
  const abortRef = React.useRef<AbortController | null>(null);
  const { sheet, typeOverride, overrides } = setup;

  React.useEffect(() => {
    if (!sheet) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new sheet clears the last one's results
    setValidated(null);
    setFixPreview(null);
  }, [sheet]);

  async function validate(): Promise<void> {
    const controller = new AbortController();
    abortRef.current = controller;
    setStatus(null);
    setFixPreview(null);
    setPhase({ kind: "reading", done: 0, total: 0 });
    try {
      const table = await services.readSheet(sheet, {
        signal: controller.signal,
        onProgress: (done, total) => setPhase({ kind: "reading", done, total }),
      });
      setPhase({ kind: "checking" });
      // Let the "checking" state paint before the synchronous validation of a large sheet.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The session's options, as the dialogue path validates: the workbook's code lists and today.
      const session = new WorkbookSession([table], getSettings(), todaySerial());
      const options = session.validationOptions({
        type: typeOverride || undefined,
        mapping: overrides,
      });
      setValidated({ table, report: session.validate(table, options), options });
    } catch (error) {
      if (isAbortError(error)) setStatus({ intent: "info", text: t(language, "cancelled") });
      else fail(error);
    } finally {
      abortRef.current = null;
      setPhase({ kind: "idle" });
    }
  }

  const cancel = () => abortRef.current?.abort();
  return {
    phase,
    running: phase.kind !== "idle",
    validated,
    fixPreview,
    setFixPreview,
    validate,
    cancel,
  };
}
