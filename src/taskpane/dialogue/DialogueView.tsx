/**
 * The task pane's Resultatdialog screen: template (built-in or a sheet of the workbook), unit or all,
 * period, "Skapa"; and "Uppdatera" on a generated sheet. The work is in dialogueActions.ts; this file
 * only shows it. It never calls Excel itself.
 */
import * as React from "react";
import { Body1, Button, Checkbox, Divider, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { parsePeriod, unitsOf, findSources } from "../../core/dialogue";
import type { PlaceholderProblem } from "../../core/dialogue/placeholders";
import type { Language } from "../../core/messages";
import { todaySerial } from "../../core/cells";
import { getSettings } from "../../core/settings";
import { maskPersonalNumbers } from "../../core/pnr";
import { t } from "../strings";
import { createFromTemplate, createSheets, DialogueServices, DialogueWorkbook, loadWorkbook, templateKind, updateSheet, validationErrors } from "./dialogueActions";

export type { DialogueServices } from "./dialogueActions";

const BUILT_IN = ["jobbtorg", "vux", "kalkyl"] as const;
const LABELS = { jobbtorg: "dlgJobbtorg", vux: "dlgVux", kalkyl: "dlgKalkyl" } as const;
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

  const reload = React.useCallback(async () => {
    const loaded = await loadWorkbook(services);
    setWorkbook(loaded);
    // The sheet the manager is on is the one they mean to update; else the newest generated one.
    setTarget((current) => {
      const names = loaded.generated.map((g) => g.sheet);
      if (names.includes(loaded.active)) return loaded.active;
      return names.includes(current) ? current : names[names.length - 1] ?? "";
    });
    return loaded;
  }, [services]);

  React.useEffect(() => {
    reload().catch((e) => setMessage({ intent: "error", text: errorText(language, e), at: "create" }));
  }, [reload]); // eslint-disable-line react-hooks/exhaustive-deps

  const tables = workbook?.tables;
  const errors = React.useMemo(() => (tables ? validationErrors(tables, today) : []), [tables, today]);
  const kind = React.useMemo(() => {
    if (!template.startsWith(OWN) || !tables) return template as (typeof BUILT_IN)[number];
    const sheet = tables.find((s) => s.name === template.slice(OWN.length));
    const texts = sheet ? [sheet.headers, ...sheet.rows].flat().filter((v): v is string => typeof v === "string").map((text) => ({ address: "", text })) : [];
    return templateKind(texts).kind;
  }, [template, tables]);
  const units = React.useMemo(() => (tables ? unitsOf(findSources(tables), kind) : []), [tables, kind]);

  // The answer is shown under the button that asked, where the person is looking.
  async function act(at: Section, work: () => Promise<Message>): Promise<void> {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ ...(await work()), at });
    } catch (e) {
      setMessage({ intent: "error", text: errorText(language, e), at });
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

  if (!workbook) return <Spinner label={t(language, "dlgReading")} />;
  return (
    <div className={styles.root}>
      {errors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(language, "dlgBanner", { sheets: errors.map((e) => `${e.sheet} (${e.errors})`).join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h2" className={styles.heading}>{t(language, "dlgCreateTitle")}</Subtitle2>
      <Field label={t(language, "dlgTemplate")}>
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
      <Field label={t(language, "dlgUnit")}>
        <Select value={unit} disabled={all} onChange={(_, d) => setUnit(d.value)}>
          <option value="">{t(language, "dlgWhole")}</option>
          {units.map((u) => (
            <option key={u} value={u}>{maskPersonalNumbers(u)}</option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t(language, "dlgAllUnits")} checked={all} onChange={(_, d) => setAll(d.checked === true)} />
      <Field label={t(language, "dlgPeriod")} hint={t(language, "dlgPeriodHint")}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => void create()}>
        {t(language, "dlgCreate")}
      </Button>
      {units.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t(language, "dlgNoRegister")}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="tiny" label={t(language, "dlgWorking")} />}
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
