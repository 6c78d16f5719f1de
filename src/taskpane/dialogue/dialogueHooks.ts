/**
 * The state and effects of the Resultatdialog screen, as hooks: reading the registers, the manager's
 * choices and what they offer, and the requests (Skapa, Uppdatera, Spara som egen fil) with their
 * answers. DialogueView.tsx only shows them; the work itself is in dialogueActions.ts.
 */
import * as React from "react";
import { todaySerial } from "../../core/cells";
import { findSources, parsePeriod, unitsOf } from "../../core/dialogue";
import { periodChoices } from "../../core/dialogue/period";
import type { PlaceholderProblem } from "../../core/dialogue/placeholders";
import { sectionsOf } from "../../core/dialogue/surveyModel";
import type { Language } from "../../core/messages";
import { maskPersonalNumbers } from "../../core/pnr";
import { getSettings } from "../../core/settings";
import { isAbortError } from "../../excel/excelRun";
import { t } from "../strings";
import {
  createFromTemplate,
  createSheets,
  DialogueServices,
  DialogueWorkbook,
  loadWorkbook,
  LoadProgress,
  registerDates,
  saveAsOwnFile,
  templateKind,
  updateSheet,
  validationErrors,
} from "./dialogueActions";

export const BUILT_IN = ["jobbtorg", "vux", "kalkyl", "scb", "sfi"] as const;
export type BuiltIn = (typeof BUILT_IN)[number];
/** The value of an own template in the template list: the prefix and the sheet's name. */
export const OWN = "sheet:";

export type Message = {
  intent: "success" | "error" | "warning";
  text: string;
  problems?: PlaceholderProblem[];
};
/** The part of the screen an answer belongs under. */
export type Section = "create" | "update";

function errorText(language: Language, e: unknown): string {
  const err = e as { sv?: string; en?: string; message?: string };
  return maskPersonalNumbers((language === "sv" ? err.sv : err.en) || err.message || String(e));
}

const yearOf = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86400000).getUTCFullYear();

/** The registers as last read (chunked, cancellable, with progress), and the generated sheet to update. */
export function useDialogueWorkbook(services: DialogueServices) {
  const [workbook, setWorkbook] = React.useState<DialogueWorkbook | null>(null);
  const [target, setTarget] = React.useState("");
  const [reading, setReading] = React.useState<LoadProgress | null>(null);
  const [cancelled, setCancelled] = React.useState(false);
  const abortRef = React.useRef<AbortController | null>(null);
  React.useEffect(() => () => abortRef.current?.abort(), []);

  const reload = React.useCallback(async () => {
    const controller = new AbortController();
    abortRef.current = controller;
    setCancelled(false);
    setReading({ sheet: "", index: 0, count: 0, done: 0, total: 0 });
    let loaded: DialogueWorkbook;
    try {
      loaded = await loadWorkbook(services, { signal: controller.signal, onProgress: setReading });
    } catch (e) {
      if (isAbortError(e)) setCancelled(true);
      throw e;
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
      setReading(null);
    }
    setWorkbook(loaded);
    // The sheet the manager is on is the one they mean to update; else the newest generated one.
    setTarget((current) => {
      const names = loaded.generated.map((g) => g.sheet);
      if (names.includes(loaded.active)) return loaded.active;
      return names.includes(current) ? current : (names[names.length - 1] ?? "");
    });
    return loaded;
  }, [services]);

  const cancel = () => abortRef.current?.abort();
  return { workbook, target, setTarget, reading, cancelled, reload, cancel };
}

/** The answer under the button that asked (where the person is looking), and `act`, which runs a request. */
export function useAnswer(language: Language) {
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<(Message & { at: Section }) | null>(null);
  async function act(at: Section, work: () => Promise<Message>): Promise<void> {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ ...(await work()), at });
    } catch (e) {
      if (!isAbortError(e)) setMessage({ intent: "error", text: errorText(language, e), at });
    } finally {
      setBusy(false);
    }
  }
  return { busy, message, setMessage, act };
}

/** Reads the workbook when the screen opens; returns the read, for "Läs igen" after a cancel. */
export function useReadOnOpen(
  reload: () => Promise<DialogueWorkbook>,
  language: Language,
  setMessage: (message: Message & { at: Section }) => void
): () => void {
  const readAll = React.useCallback(() => {
    reload().catch((e) => {
      if (!isAbortError(e))
        setMessage({ intent: "error", text: errorText(language, e), at: "create" });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a change of language must not read the workbook again
  }, [reload]);
  // Reading the workbook is the effect; its states follow it.
  React.useEffect(readAll, [readAll]);
  return readAll;
}

/** The default period: the last completed tertial before today. */
export function defaultPeriod(today: number = todaySerial()): string {
  const date = new Date(Date.UTC(1899, 11, 30) + today * 86400000);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  const done = Math.floor((month - 1) / 4);
  return done === 0 ? `${year - 1}T3` : `${year}T${done}`;
}

/** The manager's choices: template (built-in or `sheet:` + an own one), unit or all, period. */
export function useDialogueChoice(today: number) {
  const [template, setTemplate] = React.useState<string>("jobbtorg");
  const [unit, setUnit] = React.useState("");
  const [all, setAll] = React.useState(false);
  const [period, setPeriod] = React.useState(() => defaultPeriod(today));
  return { template, setTemplate, unit, setUnit, all, setAll, period, setPeriod };
}

export type DialogueChoiceState = ReturnType<typeof useDialogueChoice>;

/** What the registers offer for the choice: the template's kind, units, sections and periods, and the banner's errors. */
export function useChoiceOptions(
  tables: DialogueWorkbook["tables"] | undefined,
  choice: Pick<DialogueChoiceState, "template" | "period">,
  language: Language,
  today: number
) {
  const { template, period } = choice;
  const errors = React.useMemo(
    () => (tables ? validationErrors(tables, today, getSettings()) : []),
    [tables, today]
  );
  const kind = React.useMemo(() => {
    if (!template.startsWith(OWN) || !tables) return template as BuiltIn;
    const sheet = tables.find((s) => s.name === template.slice(OWN.length));
    const cells = sheet ? [sheet.headers, ...sheet.rows].flat() : [];
    return templateKind(
      cells.filter((v): v is string => typeof v === "string").map((text) => ({ address: "", text }))
    ).kind;
  }, [template, tables]);
  const units = React.useMemo(
    () => (tables ? unitsOf(findSources(tables), kind) : []),
    [tables, kind]
  );
  // Issue #14: which subjective sections the chosen template will hold, from the registers present.
  const sections = React.useMemo(() => {
    if (!tables || kind === "kalkyl" || kind === "scb" || kind === "sfi") return [];
    return sectionsOf(findSources(tables), kind, units);
  }, [tables, kind, units]);
  // The periods of the years the registers cover, newest first; the default one first if it is there.
  const periods = React.useMemo(() => {
    const choices = periodChoices(tables ? registerDates(tables) : [], language, yearOf(today));
    if (choices.some((c) => c.code === period)) return choices;
    return [...choices, { code: period, label: parsePeriod(period)?.label ?? period }];
  }, [tables, language, today, period]);
  return { errors, kind, units, sections, periods };
}

interface RequestInput {
  services: DialogueServices;
  language: Language;
  today: number;
  choice: Pick<DialogueChoiceState, "template" | "unit" | "all" | "period">;
  workbook: Pick<ReturnType<typeof useDialogueWorkbook>, "reload" | "target" | "setTarget">;
  act: ReturnType<typeof useAnswer>["act"];
}

/** The screen's requests: create the chosen sheets; update a generated sheet, or save it as a file of its own. */
export function useDialogueRequest({
  services,
  language,
  today,
  choice,
  workbook,
  act,
}: RequestInput) {
  const { template, unit, all, period } = choice;
  const { reload, target, setTarget } = workbook;

  const create = () =>
    act("create", async () => {
      if (!parsePeriod(period)) return { intent: "error", text: t(language, "dlgBadPeriod") };
      // Read afresh: the registers may have changed since the screen opened.
      const { tables: current } = await reload();
      const request = {
        tables: current,
        unit: all ? null : unit || null,
        all,
        period,
        settings: getSettings(),
        today,
      };
      if (template.startsWith(OWN)) {
        const result = await createFromTemplate(services, template.slice(OWN.length), request);
        if (result.problems.length > 0) {
          return {
            intent: "error",
            text: t(language, "dlgProblems", { count: result.problems.length }),
            problems: result.problems,
          };
        }
        await reload();
        return {
          intent: "success",
          text: t(language, "dlgCreated", { names: result.names.join(", ") }),
        };
      }
      const names = await createSheets(services, { ...request, template: template as BuiltIn });
      await reload();
      setTarget(names[names.length - 1]);
      return { intent: "success", text: t(language, "dlgCreated", { names: names.join(", ") }) };
    });

  // Uppdatera rewrites the generated sheet; Spara som egen fil opens the sheet as Uppdatera would make
  // it in a workbook of its own and leaves this one unchanged.
  const refresh = (work: typeof updateSheet, doneKey: "dlgUpdated" | "dlgSavedOwn") => () =>
    act("update", async () => {
      const current = await reload();
      const generated = current.generated.find((g) => g.sheet === target);
      if (!generated) return { intent: "error", text: t(language, "dlgNoGenerated") };
      const { orphaned } = await work(services, generated, {
        tables: current.tables,
        settings: getSettings(),
        today,
      });
      const done = t(language, doneKey, { sheet: target });
      return orphaned.length > 0
        ? {
            intent: "warning",
            text: `${done} ${t(language, "dlgOrphaned", { keys: orphaned.join(", ") })}`,
          }
        : { intent: "success", text: done };
    });

  return {
    create,
    update: refresh(updateSheet, "dlgUpdated"),
    saveOwn: refresh(saveAsOwnFile, "dlgSavedOwn"),
  };
}
