/**
 * The task pane's Resultatdialog screen: template (built-in or a sheet of the workbook), unit or all,
 * period, "Skapa"; and "Uppdatera" on a generated sheet. The state is in dialogueHooks.ts and the work
 * in dialogueActions.ts; this file only shows them. It never calls Excel itself.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Checkbox,
  Divider,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../core/messages";
import { todaySerial } from "../../core/cells";
import { maskPersonalNumbers } from "../../core/pnr";
import { t } from "../strings";
import type { DialogueServices, DialogueWorkbook, LoadProgress } from "./dialogueActions";
import {
  BUILT_IN,
  DialogueChoiceState,
  Message,
  OWN,
  useAnswer,
  useChoiceOptions,
  useDialogueChoice,
  useDialogueRequest,
  useDialogueWorkbook,
  useReadOnOpen,
} from "./dialogueHooks";

export type { DialogueServices } from "./dialogueActions";
export { defaultPeriod } from "./dialogueHooks";

const LABELS = {
  jobbtorg: "dlgJobbtorg",
  vux: "dlgVux",
  kalkyl: "dlgKalkyl",
  scb: "dlgScb",
  sfi: "dlgSfi",
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The Resultatdialog view. */
export function DialogueView({
  language,
  services,
  today = todaySerial(),
}: {
  language: Language;
  services: DialogueServices;
  today?: number;
}): React.ReactElement {
  const styles = useStyles();
  const book = useDialogueWorkbook(services);
  const { busy, message, setMessage, act } = useAnswer(language);
  const readAll = useReadOnOpen(book.reload, language, setMessage);
  const choice = useDialogueChoice(today);
  const options = useChoiceOptions(book.workbook?.tables, choice, language, today);
  const request = useDialogueRequest({ services, language, today, choice, workbook: book, act });
  const { workbook, reading, cancelled } = book;
  const answerAt = (at: "create" | "update") =>
    message?.at === at && (
      <Answer message={message} language={language} listClass={styles.problems} />
    );
  const reads = (
    <>
      {reading && <ReadingProgress language={language} reading={reading} onCancel={book.cancel} />}
      {cancelled && !reading && <CancelNote language={language} />}
    </>
  );
  if (!workbook) {
    return (
      <div className={styles.root}>
        {reads}
        {cancelled && !reading && <Button onClick={readAll}>{t(language, "dlgReadAgain")}</Button>}
        {message && <Answer message={message} language={language} listClass={styles.problems} />}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <ErrorBanner language={language} errors={options.errors} />
      <Subtitle2 as="h2" className={styles.heading}>
        {t(language, "dlgCreateTitle")}
      </Subtitle2>
      <ChoiceFields
        language={language}
        choice={choice}
        options={options}
        templates={workbook.templates}
        onTemplateChange={() => setMessage(null)}
      />
      <Button appearance="primary" disabled={busy} onClick={() => void request.create()}>
        {t(language, "dlgCreate")}
      </Button>
      {options.units.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t(language, "dlgNoRegister")}</MessageBarBody>
        </MessageBar>
      )}
      {reads}
      {answerAt("create")}
      <Divider />
      <Subtitle2 as="h2" className={styles.heading}>
        {t(language, "dlgUpdateTitle")}
      </Subtitle2>
      <UpdateSection
        language={language}
        workbook={workbook}
        target={book.target}
        onTargetChange={book.setTarget}
        busy={busy}
        onUpdate={request.update}
        onSaveOwn={request.saveOwn}
      />
      {answerAt("update")}
    </div>
  );
}

/** Reading the registers: sheet by sheet, row by row, with a cancel. */
function ReadingProgress({
  language,
  reading,
  onCancel,
}: {
  language: Language;
  reading: LoadProgress;
  onCancel: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const { sheet, index, count, done, total } = reading;
  return (
    <div className={styles.root} data-testid="register-progress">
      <ProgressBar
        aria-label={t(language, "dlgReading")}
        value={total > 0 ? done / total : undefined}
        thickness="large"
      />
      <Body1>
        {count > 0
          ? t(language, "dlgReadingSheet", { sheet, index, count, done, total })
          : t(language, "dlgReading")}
      </Body1>
      <Button onClick={onCancel}>{t(language, "cancel")}</Button>
    </div>
  );
}

function CancelNote({ language }: { language: Language }): React.ReactElement {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t(language, "dlgCancelled")}</MessageBarBody>
    </MessageBar>
  );
}

/** The register sheets with unresolved validation errors, each with its count. */
function ErrorBanner({
  language,
  errors,
}: {
  language: Language;
  errors: Array<{ sheet: string; errors: number }>;
}): React.ReactElement | null {
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {t(language, "dlgBanner", {
          sheets: errors.map((e) => `${e.sheet} (${e.errors})`).join(", "),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}

interface ChoiceFieldsProps {
  language: Language;
  choice: DialogueChoiceState;
  options: ReturnType<typeof useChoiceOptions>;
  templates: DialogueWorkbook["templates"];
  onTemplateChange: () => void;
}

/** Template, unit or all units, and period. */
function ChoiceFields({
  language,
  choice,
  options,
  templates,
  onTemplateChange,
}: ChoiceFieldsProps): React.ReactElement {
  const { sections, kind, units, periods } = options;
  return (
    <>
      <Field
        label={t(language, "dlgTemplate")}
        hint={
          sections.length > 0
            ? t(language, "dlgSections", { sections: sections.join(", ") })
            : undefined
        }
      >
        <Select
          value={choice.template}
          onChange={(_, d) => {
            choice.setTemplate(d.value);
            onTemplateChange();
          }}
        >
          <optgroup label={t(language, "dlgBuiltIn")}>
            {BUILT_IN.map((name) => (
              <option key={name} value={name}>
                {t(language, LABELS[name])}
              </option>
            ))}
          </optgroup>
          {templates.length > 0 && (
            <optgroup label={t(language, "dlgOwn")}>
              {templates.map((name) => (
                <option key={name} value={OWN + name}>
                  {maskPersonalNumbers(name)}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      <Field label={t(language, kind === "scb" ? "dlgSubgroup" : "dlgUnit")}>
        <Select
          value={choice.unit}
          disabled={choice.all}
          onChange={(_, d) => choice.setUnit(d.value)}
        >
          <option value="">{t(language, "dlgWhole")}</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {maskPersonalNumbers(u)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t(language, "dlgAllUnits")}
        checked={choice.all}
        onChange={(_, d) => choice.setAll(d.checked === true)}
      />
      <Field label={t(language, "dlgPeriod")}>
        <Select value={choice.period} onChange={(_, d) => choice.setPeriod(d.value)}>
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

interface UpdateSectionProps {
  language: Language;
  workbook: DialogueWorkbook;
  target: string;
  onTargetChange: (sheet: string) => void;
  busy: boolean;
  onUpdate: () => Promise<void>;
  onSaveOwn: () => Promise<void>;
}

/** The generated sheet to update, "Uppdatera", and "Spara som egen fil" for a built-in one. */
function UpdateSection({
  language,
  workbook,
  target,
  onTargetChange,
  busy,
  onUpdate,
  onSaveOwn,
}: UpdateSectionProps): React.ReactElement {
  const styles = useStyles();
  if (workbook.generated.length === 0)
    return (
      <Body1 as="p" className={styles.heading}>
        {t(language, "dlgNoGenerated")}
      </Body1>
    );
  // Only a built-in sheet is a description the writer can write; a filled own template is the user's sheet.
  const savable = workbook.generated.some((g) => g.sheet === target && g.meta.template !== "own");
  return (
    <>
      <Field label={t(language, "dlgUpdateSheet")} hint={t(language, "dlgUpdateHint")}>
        <Select value={target} onChange={(_, d) => onTargetChange(d.value)}>
          {workbook.generated.map((g) => (
            <option key={g.sheet} value={g.sheet}>
              {maskPersonalNumbers(g.sheet)}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={busy || !target} onClick={() => void onUpdate()}>
        {t(language, "dlgUpdate")}
      </Button>
      {savable && (
        <Field hint={t(language, "dlgSaveOwnHint")}>
          <Button disabled={busy} onClick={() => void onSaveOwn()}>
            {t(language, "dlgSaveOwn")}
          </Button>
        </Field>
      )}
    </>
  );
}

/** A result or error message, with the template's placeholder problems listed when there are any. */
function Answer({
  message,
  language,
  listClass,
}: {
  message: Message;
  language: Language;
  listClass: string;
}): React.ReactElement {
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        {message.text}
        {message.problems && (
          <ul className={listClass} data-testid="template-problems">
            {message.problems.map((p) => (
              <li
                key={`${p.address}${p.placeholder}`}
              >{`${p.address}: ${maskPersonalNumbers(p.placeholder)} – ${t(language, p.reason === "unknown" ? "dlgUnknown" : "dlgMalformed")}`}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
