import * as React from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../core/messages";
import {
  DEFAULT_TARGET_GROUP_SETTINGS,
  defaultSettings,
  getSettings,
  LanguageSetting,
  parseAgeBands,
  parseTargetGroupSettings,
  setSettings,
  Settings,
  TargetGroupSettings,
} from "../core/settings";
import { StringKey, t } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

type NumberKey =
  | "suppressionThreshold"
  | "gapThresholdPp"
  | "significanceLevel"
  | "minGroupSize"
  | "minResponseRate";

// Field, label, and the range parseSettings accepts (so the form refuses what the store would drop).
const NUMBERS: Array<[NumberKey, StringKey, number, number, boolean]> = [
  ["suppressionThreshold", "suppression", 0, 1000, true],
  ["gapThresholdPp", "gapThreshold", 0, 100, false],
  ["significanceLevel", "significance", 1e-9, 0.5, false],
  ["minGroupSize", "minGroup", 1, 100000, true],
  ["minResponseRate", "minResponseRate", 0, 1, false],
];

type GroupKey = keyof TargetGroupSettings;

// The target groups' bounds (issue #13), with the ranges parseTargetGroupSettings accepts.
const GROUP_NUMBERS: Array<[GroupKey, StringKey, number, number]> = [
  ["youthMinAge", "youthMinAge", 0, 120],
  ["youthMaxAge", "youthMaxAge", 0, 120],
  ["newArrivalYears", "newArrivalYears", 1, 10],
];

interface Draft {
  positiveExitReasons: string;
  exitReasons: string;
  numbers: Record<NumberKey, string>;
  groups: Record<GroupKey, string>;
  /** The sfi sheet's age bands as typed: "25, 40". */
  sfiAgeBands: string;
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
    groups: Object.fromEntries(
      GROUP_NUMBERS.map(([key]) => [
        key,
        String((s.targetGroups ?? DEFAULT_TARGET_GROUP_SETTINGS)[key]),
      ])
    ) as Record<GroupKey, string>,
    sfiAgeBands: (s.sfiAgeBands ?? defaultSettings().sfiAgeBands ?? []).join(", "),
    language: s.language,
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A number typed the Swedish way ("0,05") or the English way ("0.05"), or NaN. */
function numberOf(text: string): number {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  return cleaned === "" ? NaN : Number(cleaned);
}

function outOfRange(text: string, min: number, max: number, integer: boolean): boolean {
  const n = numberOf(text);
  return !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n));
}

/** "25, 40" (commas, semicolons or spaces between) as the ages parseSettings keeps, or undefined. */
function ageBandsOf(text: string): number[] | undefined {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  return parseAgeBands(parts.map((part) => (/^\d+$/.test(part) ? Number(part) : NaN)));
}

/** The settings of SPEC §8, stored in the workbook: code lists and the report thresholds. */
export function SettingsView({ language }: { language: Language }): React.ReactElement {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(getSettings()));
  const [saved, setSaved] = React.useState(false);

  const invalid = NUMBERS.filter(([key, , min, max, integer]) =>
    outOfRange(draft.numbers[key], min, max, integer)
  ).map(([key]) => key);
  const invalidGroups = GROUP_NUMBERS.filter(([key, , min, max]) =>
    outOfRange(draft.groups[key], min, max, true)
  ).map(([key]) => key);
  const groups: TargetGroupSettings = {
    youthMinAge: numberOf(draft.groups.youthMinAge),
    youthMaxAge: numberOf(draft.groups.youthMaxAge),
    newArrivalYears: numberOf(draft.groups.newArrivalYears),
  };
  // Each bound valid on its own but the band upside down: the highest age's field says so.
  const bandReversed = invalidGroups.length === 0 && parseTargetGroupSettings(groups) === undefined;
  const sfiAgeBands = ageBandsOf(draft.sfiAgeBands);
  const formOk =
    invalid.length === 0 &&
    invalidGroups.length === 0 &&
    !bandReversed &&
    sfiAgeBands !== undefined;
  const listsOk =
    lines(draft.positiveExitReasons).length > 0 && lines(draft.exitReasons).length > 0;

  function update(change: Partial<Draft>): void {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  }

  function save(): void {
    const numbers = Object.fromEntries(
      NUMBERS.map(([key]) => [key, numberOf(draft.numbers[key])])
    ) as Record<NumberKey, number>;
    // setSettings notifies the workbook store, which saves the settings in the document.
    setDraft(
      draftOf(
        setSettings({
          ...numbers,
          positiveExitReasons: lines(draft.positiveExitReasons),
          exitReasons: lines(draft.exitReasons),
          targetGroups: groups,
          sfiAgeBands,
          language: draft.language,
        })
      )
    );
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
      <Field
        label={t(language, "positiveReasons")}
        validationState={lines(draft.positiveExitReasons).length ? "none" : "error"}
      >
        <Textarea
          resize="vertical"
          rows={4}
          value={draft.positiveExitReasons}
          onChange={(_, d) => update({ positiveExitReasons: d.value })}
        />
      </Field>
      <Field
        label={t(language, "exitReasons")}
        validationState={lines(draft.exitReasons).length ? "none" : "error"}
      >
        <Textarea
          resize="vertical"
          rows={6}
          value={draft.exitReasons}
          onChange={(_, d) => update({ exitReasons: d.value })}
        />
      </Field>
      {NUMBERS.map(([key, label]) => (
        <Field
          key={key}
          label={t(language, label)}
          validationState={invalid.includes(key) ? "error" : "none"}
          validationMessage={
            invalid.includes(key)
              ? t(language, "invalidSetting", { field: t(language, label) })
              : undefined
          }
        >
          <Input
            inputMode="decimal"
            value={draft.numbers[key]}
            onChange={(_, d) => update({ numbers: { ...draft.numbers, [key]: d.value } })}
          />
        </Field>
      ))}
      {GROUP_NUMBERS.map(([key, label]) => {
        const message = invalidGroups.includes(key)
          ? t(language, "invalidSetting", { field: t(language, label) })
          : key === "youthMaxAge" && bandReversed
            ? t(language, "youthBandOrder")
            : undefined;
        return (
          <Field
            key={key}
            label={t(language, label)}
            validationState={message ? "error" : "none"}
            validationMessage={message}
          >
            <Input
              inputMode="numeric"
              value={draft.groups[key]}
              onChange={(_, d) => update({ groups: { ...draft.groups, [key]: d.value } })}
            />
          </Field>
        );
      })}
      <Field
        label={t(language, "sfiAgeBands")}
        validationState={sfiAgeBands === undefined ? "error" : "none"}
        validationMessage={sfiAgeBands === undefined ? t(language, "invalidAgeBands") : undefined}
      >
        <Input value={draft.sfiAgeBands} onChange={(_, d) => update({ sfiAgeBands: d.value })} />
      </Field>
      <Field label={t(language, "language")}>
        <Select
          value={draft.language}
          onChange={(_, d) => update({ language: d.value as LanguageSetting })}
        >
          <option value="auto">{t(language, "languageAuto")}</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={!formOk || !listsOk}>
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
