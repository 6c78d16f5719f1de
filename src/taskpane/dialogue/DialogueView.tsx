/**
 * The task pane's Resultatdialog screen: unit (or all), period, template, "Skapa". It reads the
 * registers through the services, builds with the dialogue core and hands each sheet description to
 * the Office.js writer; it never calls Excel itself.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, tokens } from "@fluentui/react-components";
import { build, parsePeriod, type SheetDescription, type TemplateName } from "../../core/dialogue";
import { findSources } from "../../core/dialogue/sources";
import { unitsOf } from "../../core/dialogue/build";
import type { Language } from "../../core/messages";
import type { SheetTable } from "../../core/registry/types";
import { validateTable } from "../../core/registry/validate";
import { SCHEMAS } from "../../core/registry/schemas";
import { todaySerial } from "../../core/cells";
import { getSettings } from "../../core/settings";

/** What the screen needs of the workbook. */
export interface DialogueServices {
  listSheets(): Promise<string[]>;
  readSheet(sheet: string): Promise<SheetTable>;
  /** Writes a description as a new sheet and returns the name it got. */
  writeDescription(description: SheetDescription): Promise<string>;
}

const TEXT = {
  sv: {
    unit: "Enhet", allUnits: "Alla enheter (ett blad per enhet och en översikt)", whole: "Hela registret", period: "Period",
    periodHint: "ÅÅÅÅ, ÅÅÅÅT1, ÅÅÅÅT2 eller ÅÅÅÅT3", template: "Mall", create: "Skapa", reading: "Läser registren …",
    badPeriod: "Ange perioden som ÅÅÅÅ, ÅÅÅÅT1, ÅÅÅÅT2 eller ÅÅÅÅT3.", created: "Skapade", banner: "Källbladen har olösta valideringsfel:",
    jobbtorg: "Jobbtorg", vux: "Vuxenutbildning", kalkyl: "Kommunalekonomisk kalkyl", none: "Arbetsboken har inget registerblad som mallen behöver.",
  },
  en: {
    unit: "Unit", allUnits: "All units (one sheet each and an overview)", whole: "The whole register", period: "Period",
    periodHint: "YYYY, YYYYT1, YYYYT2 or YYYYT3", template: "Template", create: "Create", reading: "Reading the registers …",
    badPeriod: "Give the period as YYYY, YYYYT1, YYYYT2 or YYYYT3.", created: "Created", banner: "The source sheets have unresolved validation errors:",
    jobbtorg: "Job centres", vux: "Adult education", kalkyl: "Municipal-economic calculation", none: "The workbook has no register sheet the template needs.",
  },
};

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** The default period: the last completed tertial before today. */
export function defaultPeriod(today: number = todaySerial()): string {
  const date = new Date(Date.UTC(1899, 11, 30) + today * 86400000);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  const done = Math.floor((month - 1) / 4);
  return done === 0 ? `${year - 1}T3` : `${year}T${done}`;
}

/** The Resultatdialog view. */
export function DialogueView({ language, services, today = todaySerial() }: { language: Language; services: DialogueServices; today?: number }): React.ReactElement {
  const styles = useStyles();
  const text = TEXT[language];
  const [tables, setTables] = React.useState<SheetTable[] | null>(null);
  const [template, setTemplate] = React.useState<TemplateName>("jobbtorg");
  const [unit, setUnit] = React.useState("");
  const [all, setAll] = React.useState(false);
  const [period, setPeriod] = React.useState(() => defaultPeriod(today));
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);

  React.useEffect(() => {
    let live = true;
    (async () => {
      const names = await services.listSheets();
      const read: SheetTable[] = [];
      for (const name of names) read.push(await services.readSheet(name));
      if (live) setTables(read);
    })().catch((e) => live && setMessage({ intent: "error", text: String(e instanceof Error ? e.message : e) }));
    return () => {
      live = false;
    };
  }, [services]);

  const errors = React.useMemo(() => {
    if (!tables) return [];
    const registers = new Set(Object.values(SCHEMAS).map((s) => s.table.toLowerCase()));
    return tables
      .filter((t) => registers.has(t.name.toLowerCase()))
      .map((t) => ({ sheet: t.name, errors: validateTable(t, { today, capPerCode: 1 }).counts.error }))
      .filter((e) => e.errors > 0);
  }, [tables, today]);
  const units = React.useMemo(() => (tables ? unitsOf(findSources(tables), template) : []), [tables, template]);

  async function create(): Promise<void> {
    if (!tables) return;
    if (!parsePeriod(period)) return setMessage({ intent: "error", text: text.badPeriod });
    setBusy(true);
    setMessage(null);
    try {
      const sheets = build(tables, { template, period, unit: all ? null : unit || null, all, settings: getSettings(), today, validationErrors: errors });
      const names: string[] = [];
      for (const sheet of sheets) names.push(await services.writeDescription(sheet));
      setMessage({ intent: "success", text: `${text.created}: ${names.join(", ")}` });
    } catch (e) {
      const err = e as { sv?: string; message?: string };
      setMessage({ intent: "error", text: (language === "sv" && err.sv) || err.message || String(e) });
    } finally {
      setBusy(false);
    }
  }

  if (!tables) return <Spinner label={text.reading} />;
  return (
    <div className={styles.root}>
      {errors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{`${text.banner} ${errors.map((e) => `${e.sheet} (${e.errors})`).join(", ")}`}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={text.template}>
        <Select value={template} onChange={(_, d) => setTemplate(d.value as TemplateName)}>
          {(["jobbtorg", "vux", "kalkyl"] as const).map((t) => (
            <option key={t} value={t}>{text[t]}</option>
          ))}
        </Select>
      </Field>
      <Field label={text.unit}>
        <Select value={unit} disabled={all} onChange={(_, d) => setUnit(d.value)}>
          <option value="">{text.whole}</option>
          {units.map((u) => (
            <option key={u} value={u}>{u}</option>
          ))}
        </Select>
      </Field>
      <Checkbox label={text.allUnits} checked={all} onChange={(_, d) => setAll(d.checked === true)} />
      <Field label={text.period} hint={text.periodHint}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => void create()}>
        {text.create}
      </Button>
      {units.length === 0 && <MessageBar intent="info"><MessageBarBody>{text.none}</MessageBarBody></MessageBar>}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
