import * as React from "react";
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import type { Language } from "../core/messages";
import { defaultSettings, getSettings, LanguageSetting, setSettings, Settings } from "../core/settings";
import { StringKey, t } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

type NumberKey = "suppressionThreshold" | "gapThresholdPp" | "significanceLevel" | "minGroupSize" | "minResponseRate";

// Field, label, and the range parseSettings accepts (so the form refuses what the store would drop).
const NUMBERS: Array<[NumberKey, StringKey, number, number, boolean]> = [
  ["suppressionThreshold", "suppression", 0, 1000, true],
  ["gapThresholdPp", "gapThreshold", 0, 100, false],
  ["significanceLevel", "significance", 1e-9, 0.5, false],
  ["minGroupSize", "minGroup", 1, 100000, true],
  ["minResponseRate", "minResponseRate", 0, 1, false],
];

interface Draft {
  positiveExitReasons: string;
  exitReasons: string;
  numbers: Record<NumberKey, string>;
  language: LanguageSetting;
}

function draftOf(s: Readonly<Settings>): Draft {
  return {
    positiveExitReasons: s.positiveExitReasons.join("\n"),
    exitReasons: s.exitReasons.join("\n"),
    numbers: {
      suppressionThreshold: String(s.suppressionThreshold),
      gapThresholdPp: String(s.gapThresholdPp),
      significanceLevel: String(s.significanceLevel),
      minGroupSize: String(s.minGroupSize),
      minResponseRate: String(s.minResponseRate),
    },
    language: s.language,
  };
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** A number typed the Swedish way ("0,05") or the English way ("0.05"), or NaN. */
function numberOf(text: string): number {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  return cleaned === "" ? NaN : Number(cleaned);
}

/** The settings of SPEC §8, stored in the workbook: code lists and the report thresholds. */
export function SettingsView({ language }: { language: Language }): React.ReactElement {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(getSettings()));
  const [saved, setSaved] = React.useState(false);

  const invalid = NUMBERS.filter(([key, , min, max, integer]) => {
    const n = numberOf(draft.numbers[key]);
    return !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n));
  }).map(([key]) => key);
  const listsOk = lines(draft.positiveExitReasons).length > 0 && lines(draft.exitReasons).length > 0;

  function update(change: Partial<Draft>): void {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  }

  function save(): void {
    const numbers = Object.fromEntries(NUMBERS.map(([key]) => [key, numberOf(draft.numbers[key])])) as Record<NumberKey, number>;
    // setSettings notifies the workbook store, which saves the settings in the document.
    setDraft(draftOf(setSettings({ ...numbers, positiveExitReasons: lines(draft.positiveExitReasons), exitReasons: lines(draft.exitReasons), language: draft.language })));
    setSaved(true);
  }

  return (
    <form
      className={styles.root}
      aria-labelledby="settings-heading"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Text as="h2" id="settings-heading" weight="semibold" size={400}>
        {t(language, "settingsTitle")}
      </Text>
      <Field label={t(language, "positiveReasons")} validationState={lines(draft.positiveExitReasons).length ? "none" : "error"}>
        <Textarea resize="vertical" rows={4} value={draft.positiveExitReasons} onChange={(_, d) => update({ positiveExitReasons: d.value })} />
      </Field>
      <Field label={t(language, "exitReasons")} validationState={lines(draft.exitReasons).length ? "none" : "error"}>
        <Textarea resize="vertical" rows={6} value={draft.exitReasons} onChange={(_, d) => update({ exitReasons: d.value })} />
      </Field>
      {NUMBERS.map(([key, label]) => (
        <Field
          key={key}
          label={t(language, label)}
          validationState={invalid.includes(key) ? "error" : "none"}
          validationMessage={invalid.includes(key) ? t(language, "invalidSetting", { field: t(language, label) }) : undefined}
        >
          <Input inputMode="decimal" value={draft.numbers[key]} onChange={(_, d) => update({ numbers: { ...draft.numbers, [key]: d.value } })} />
        </Field>
      ))}
      <Field label={t(language, "language")}>
        <Select value={draft.language} onChange={(_, d) => update({ language: d.value as LanguageSetting })}>
          <option value="auto">{t(language, "languageAuto")}</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={invalid.length > 0 || !listsOk}>
          {t(language, "save")}
        </Button>
        <Button type="button" onClick={() => update(draftOf(defaultSettings()))}>
          {t(language, "reset")}
        </Button>
      </div>
      <div aria-live="polite">
        {saved && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t(language, "saved")}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
