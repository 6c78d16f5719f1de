import * as React from "react";
import { Caption1, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Language } from "../core/messages";
import { mapColumns, registerTypes, SCHEMAS } from "../core/registry/schemas";
import type { RegisterType } from "../core/registry/types";
import { maskPersonalNumbers } from "../core/pnr";
import { columnLetters } from "../core/workbook/addresses";
import { t } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  mapping: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.3fr)",
    gap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  fieldName: { overflowWrap: "anywhere" },
});

export interface SetupPanelProps {
  language: Language;
  sheets: string[];
  sheet: string;
  onSheetChange(sheet: string): void;
  headers: string[];
  detected: RegisterType | null;
  typeOverride: RegisterType | "";
  onTypeChange(type: RegisterType | ""): void;
  overrides: Record<string, number>;
  onOverridesChange(overrides: Record<string, number>): void;
  disabled: boolean;
}

/** Sheet picker, register type (detected, with override) and the column mapping. */
export function SetupPanel(props: SetupPanelProps): React.ReactElement {
  const { language, headers, overrides, disabled } = props;
  const styles = useStyles();
  const type: RegisterType = props.typeOverride || props.detected || "avslut";
  // What the headers alone give; a field they do not name is the one the user may map by hand.
  const byHeader = mapColumns(headers, type).fields;
  const mapping = mapColumns(headers, type, overrides).fields;
  const taken = new Set(Object.values(mapping));
  const columnName = (c: number) =>
    `${columnLetters(c + 1)}: ${maskPersonalNumbers(headers[c] || "–")}`;

  return (
    <section className={styles.root} aria-label={t(language, "tabValidate")}>
      <Field label={t(language, "sheet")}>
        <Select
          value={props.sheet}
          disabled={disabled}
          onChange={(_, d) => props.onSheetChange(d.value)}
        >
          {props.sheets.map((name) => (
            <option key={name} value={name}>
              {maskPersonalNumbers(name)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t(language, "registerType")}
        validationState={props.detected ? "none" : "warning"}
        validationMessage={
          props.detected || headers.length === 0 ? undefined : t(language, "notDetected")
        }
      >
        <Select
          value={props.typeOverride}
          disabled={disabled}
          onChange={(_, d) => props.onTypeChange(d.value as RegisterType | "")}
        >
          <option value="">
            {props.detected
              ? t(language, "detected", { label: SCHEMAS[props.detected].label[language] })
              : "–"}
          </option>
          {registerTypes.map((info) => (
            <option key={info.type} value={info.type}>
              {info.label[language]}
            </option>
          ))}
        </Select>
      </Field>
      {headers.length > 0 && (
        <div role="group" aria-label={t(language, "mapping")}>
          <Text weight="semibold">{t(language, "mapping")}</Text>
          <Caption1 block>{t(language, "mappingHint")}</Caption1>
          <div className={styles.mapping}>
            {SCHEMAS[type].fields.map((field) => {
              const label = field.required
                ? `${field.header} (${t(language, "required")})`
                : field.header;
              const id = `map-${field.key}`;
              if (field.key in byHeader && !(field.key in overrides)) {
                return (
                  <React.Fragment key={field.key}>
                    <Text className={styles.fieldName}>{label}</Text>
                    <Text>
                      {columnName(byHeader[field.key])}{" "}
                      <Caption1>({t(language, "recognised")})</Caption1>
                    </Text>
                  </React.Fragment>
                );
              }
              const value = field.key in mapping ? String(mapping[field.key]) : "";
              return (
                <React.Fragment key={field.key}>
                  <label htmlFor={id} className={styles.fieldName}>
                    {label}
                  </label>
                  <Select
                    id={id}
                    value={value}
                    disabled={disabled}
                    onChange={(_, d) => {
                      const next = { ...overrides };
                      if (d.value === "") delete next[field.key];
                      else next[field.key] = Number(d.value);
                      props.onOverridesChange(next);
                    }}
                  >
                    <option value="">{t(language, "notMapped")}</option>
                    {headers.map((_, c) =>
                      taken.has(c) && mapping[field.key] !== c ? null : (
                        <option key={c} value={String(c)}>
                          {columnName(c)}
                        </option>
                      )
                    )}
                  </Select>
                </React.Fragment>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
