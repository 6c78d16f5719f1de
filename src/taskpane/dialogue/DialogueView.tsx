/**
 * The task pane's Resultatdialog screen: template (built-in or a sheet of the workbook), unit or all,
 * period, "Skapa"; and "Uppdatera" on a generated sheet. The work is in dialogueActions.ts; this file
 * only shows it. It never calls Excel itself.
 */
import * as React from "react";
import { Body1, Button, Checkbox, Divider, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { parsePeriod, unitsOf, findSources } from "../../core/dialogue";
import { periodChoices } from "../../core/dialogue/period";
import { sectionsOf } from "../../core/dialogue/surveyModel";
import { isAbortError } from "../../excel/excelRun";
import type { PlaceholderProblem } from "../../core/dialogue/placeholders";
import type { Language } from "../../core/messages";
import { todaySerial } from "../../core/cells";
import { getSettings } from "../../core/settings";
import { maskPersonalNumbers } from "../../core/pnr";
import { t } from "../strings";
import { createFromTemplate, createSheets, DialogueServices, DialogueWorkbook, loadWorkbook, LoadProgress, registerDates, saveAsOwnFile, templateKind, updateSheet, validationErrors } from "./dialogueActions";

export type { DialogueServices } from "./dialogueActions";

const BUILT_IN = ["jobbtorg", "vux", "kalkyl", "scb", "sfi"] as const;
const LABELS = { jobbtorg: "dlgJobbtorg", vux: "dlgVux", kalkyl: "dlgKalkyl", scb: "dlgScb", sfi: "dlgSfi" } as const;
const OWN = "sheet:";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The default period: the last completed tertial before today. */
export function defaultPeriod(today: number = todaySerial()): string {
  const date = new Date(Date.UTC(1899, 11, 30) + today * 86400000);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  const done = Math.floor((month - 1) / 4);
  return done === 0 ? `${year - 1}T3` : `${year}T${done}`;
}

type Message = { intent: "success" | "error" | "warning"; text: string; problems?: PlaceholderProblem[] };
type Section = "create" | "update";

function errorText(language: Language, e: unknown): string {
  const err = e as { sv?: string; en?: string; message?: string };
  return maskPersonalNumbers((language === "sv" ? err.sv : err.en) || err.message || String(e));
}

/** The Resultatdialog view. */
export function DialogueView({ language, services, today = todaySerial() }: { language: Language; services: DialogueServices; today?: number }): React.ReactElement {
  const styles = useStyles();
  const [workbook, setWorkbook] = React.useState<DialogueWorkbook | null>(null);
  const [template, setTemplate] = React.useState<string>("jobbtorg");
  const [unit, setUnit] = React.useState("");
  const [all, setAll] = React.useState(false);
  const [period, setPeriod] = React.useState(() => defaultPeriod(today));
  const [target, setTarget] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<(Message & { at: Section }) | null>(null);
  // Reading the registers (chunked, as the Validera tab does): its progress, and the cancel of it.
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
      return names.includes(current) ? current : names[names.length - 1] ?? "";
    });
    return loaded;
  }, [services]);

  const readAll = React.useCallback(() => {
    reload().catch((e) => {
      if (!isAbortError(e)) setMessage({ intent: "error", text: errorText(language, e), at: "create" });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a change of language must not read the workbook again
  }, [reload]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the workbook is the effect; its states follow it
  React.useEffect(readAll, [readAll]);

  const tables = workbook?.tables;
  const errors = React.useMemo(() => (tables ? validationErrors(tables, today, getSettings()) : []), [tables, today]);
  const kind = React.useMemo(() => {
    if (!template.startsWith(OWN) || !tables) return template as (typeof BUILT_IN)[number];
    const sheet = tables.find((s) => s.name === template.slice(OWN.length));
    const texts = sheet ? [sheet.headers, ...sheet.rows].flat().filter((v): v is string => typeof v === "string").map((text) => ({ address: "", text })) : [];
    return templateKind(texts).kind;
  }, [template, tables]);
  const units = React.useMemo(() => (tables ? unitsOf(findSources(tables), kind) : []), [tables, kind]);
  // Issue #14: which subjective sections the chosen template will hold, from the registers present.
  const sections = React.useMemo(() => {
    if (!tables || kind === "kalkyl" || kind === "scb" || kind === "sfi") return [];
    return sectionsOf(findSources(tables), kind, units);
  }, [tables, kind, units]);
  // The periods of the years the registers cover, newest first; the default one first if it is there.
  const periods = React.useMemo(() => {
    const year = new Date(Date.UTC(1899, 11, 30) + today * 86400000).getUTCFullYear();
    const choices = periodChoices(tables ? registerDates(tables) : [], language, year);
    return choices.some((c) => c.code === period) ? choices : [...choices, { code: period, label: parsePeriod(period)?.label ?? period }];
  }, [tables, language, today, period]);

  // The answer is shown under the button that asked, where the person is looking.
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

  const create = () =>
    act("create", async () => {
      if (!parsePeriod(period)) return { intent: "error", text: t(language, "dlgBadPeriod") };
      // Read afresh: the registers may have changed since the screen opened.
      const { tables: current } = await reload();
      const request = { tables: current, unit: all ? null : unit || null, all, period, settings: getSettings(), today };
      if (template.startsWith(OWN)) {
        const result = await createFromTemplate(services, template.slice(OWN.length), request);
        if (result.problems.length > 0) return { intent: "error", text: t(language, "dlgProblems", { count: result.problems.length }), problems: result.problems };
        await reload();
        return { intent: "success", text: t(language, "dlgCreated", { names: result.names.join(", ") }) };
      }
      const names = await createSheets(services, { ...request, template: template as (typeof BUILT_IN)[number] });
      await reload();
      setTarget(names[names.length - 1]);
      return { intent: "success", text: t(language, "dlgCreated", { names: names.join(", ") }) };
    });

  const update = () =>
    act("update", async () => {
      const current = await reload();
      const generated = current.generated.find((g) => g.sheet === target);
      if (!generated) return { intent: "error", text: t(language, "dlgNoGenerated") };
      const { orphaned } = await updateSheet(services, generated, { tables: current.tables, settings: getSettings(), today });
      const done = t(language, "dlgUpdated", { sheet: target });
      return orphaned.length > 0
        ? { intent: "warning", text: `${done} ${t(language, "dlgOrphaned", { keys: orphaned.join(", ") })}` }
        : { intent: "success", text: done };
    });

  // The sheet as "Uppdatera" would make it, opened as a workbook of its own; this workbook is not changed.
  const saveOwn = () =>
    act("update", async () => {
      const current = await reload();
      const generated = current.generated.find((g) => g.sheet === target);
      if (!generated) return { intent: "error", text: t(language, "dlgNoGenerated") };
      const { orphaned } = await saveAsOwnFile(services, generated, { tables: current.tables, settings: getSettings(), today });
      const done = t(language, "dlgSavedOwn", { sheet: target });
      return orphaned.length > 0
        ? { intent: "warning", text: `${done} ${t(language, "dlgOrphaned", { keys: orphaned.join(", ") })}` }
        : { intent: "success", text: done };
    });
  // Only a built-in sheet is a description the writer can write; a filled own template is the user's sheet.
  const savable = workbook?.generated.some((g) => g.sheet === target && g.meta.template !== "own") ?? false;

  const progress = reading && (
    <div className={styles.root} data-testid="register-progress">
      <ProgressBar
        aria-label={t(language, "dlgReading")}
        value={reading.total > 0 ? reading.done / reading.total : undefined}
        thickness="large"
      />
      <Body1>
        {reading.count > 0
          ? t(language, "dlgReadingSheet", { sheet: reading.sheet, index: reading.index, count: reading.count, done: reading.done, total: reading.total })
          : t(language, "dlgReading")}
      </Body1>
      <Button onClick={() => abortRef.current?.abort()}>{t(language, "cancel")}</Button>
    </div>
  );
  const cancelNote = cancelled && !reading && (
    <MessageBar intent="info">
      <MessageBarBody>{t(language, "dlgCancelled")}</MessageBarBody>
    </MessageBar>
  );
  if (!workbook) {
    return (
      <div className={styles.root}>
        {progress}
        {cancelNote}
        {cancelled && !reading && <Button onClick={readAll}>{t(language, "dlgReadAgain")}</Button>}
        {message && <Answer message={message} language={language} listClass={styles.problems} />}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {errors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(language, "dlgBanner", { sheets: errors.map((e) => `${e.sheet} (${e.errors})`).join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h2" className={styles.heading}>{t(language, "dlgCreateTitle")}</Subtitle2>
      <Field label={t(language, "dlgTemplate")} hint={sections.length > 0 ? t(language, "dlgSections", { sections: sections.join(", ") }) : undefined}>
        <Select value={template} onChange={(_, d) => {
            setTemplate(d.value);
            setMessage(null);
          }}>
          <optgroup label={t(language, "dlgBuiltIn")}>
            {BUILT_IN.map((name) => (
              <option key={name} value={name}>{t(language, LABELS[name])}</option>
            ))}
          </optgroup>
          {workbook.templates.length > 0 && (
            <optgroup label={t(language, "dlgOwn")}>
              {workbook.templates.map((name) => (
                <option key={name} value={OWN + name}>{maskPersonalNumbers(name)}</option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      <Field label={t(language, kind === "scb" ? "dlgSubgroup" : "dlgUnit")}>
        <Select value={unit} disabled={all} onChange={(_, d) => setUnit(d.value)}>
          <option value="">{t(language, "dlgWhole")}</option>
          {units.map((u) => (
            <option key={u} value={u}>{maskPersonalNumbers(u)}</option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t(language, "dlgAllUnits")} checked={all} onChange={(_, d) => setAll(d.checked === true)} />
      <Field label={t(language, "dlgPeriod")}>
        <Select value={period} onChange={(_, d) => setPeriod(d.value)}>
          {periods.map((p) => (
            <option key={p.code} value={p.code}>{p.label}</option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => void create()}>
        {t(language, "dlgCreate")}
      </Button>
      {units.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t(language, "dlgNoRegister")}</MessageBarBody>
        </MessageBar>
      )}
      {progress}
      {cancelNote}
      {message?.at === "create" && <Answer message={message} language={language} listClass={styles.problems} />}
      <Divider />
      <Subtitle2 as="h2" className={styles.heading}>{t(language, "dlgUpdateTitle")}</Subtitle2>
      {workbook.generated.length === 0 ? (
        <Body1 as="p" className={styles.heading}>{t(language, "dlgNoGenerated")}</Body1>
      ) : (
        <>
          <Field label={t(language, "dlgUpdateSheet")} hint={t(language, "dlgUpdateHint")}>
            <Select value={target} onChange={(_, d) => setTarget(d.value)}>
              {workbook.generated.map((g) => (
                <option key={g.sheet} value={g.sheet}>{maskPersonalNumbers(g.sheet)}</option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || !target} onClick={() => void update()}>
            {t(language, "dlgUpdate")}
          </Button>
          {savable && (
            <Field hint={t(language, "dlgSaveOwnHint")}>
              <Button disabled={busy} onClick={() => void saveOwn()}>
                {t(language, "dlgSaveOwn")}
              </Button>
            </Field>
          )}
        </>
      )}
      {message?.at === "update" && <Answer message={message} language={language} listClass={styles.problems} />}
    </div>
  );
}

/** A result or error message, with the template's placeholder problems listed when there are any. */
function Answer({ message, language, listClass }: { message: Message; language: Language; listClass: string }): React.ReactElement {
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        {message.text}
        {message.problems && (
          <ul className={listClass} data-testid="template-problems">
            {message.problems.map((p) => (
              <li key={`${p.address}${p.placeholder}`}>{`${p.address}: ${maskPersonalNumbers(p.placeholder)} – ${t(language, p.reason === "unknown" ? "dlgUnknown" : "dlgMalformed")}`}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
