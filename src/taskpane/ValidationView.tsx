import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../core/messages";
import { applyFixes, previewFixes } from "../core/registry/fixes";
import { DEFAULT_CAP_PER_CODE } from "../core/registry/options";
import { SCHEMAS } from "../core/registry/schemas";
import type { Issue, ValidationReport } from "../core/registry/types";
import { FixPanel } from "./FixPanel";
import { buildReportSheet } from "./reportSheet";
import { ResultsPanel } from "./ResultsPanel";
import type { WorkbookServices } from "./services";
import { SetupPanel } from "./SetupPanel";
import { StringKey, t } from "./strings";
import {
  Phase,
  Status,
  useSheetSetup,
  useStatus,
  useValidation,
  Validated,
} from "./validationHooks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export interface ValidationViewProps {
  language: Language;
  services: WorkbookServices;
}

/** The validation screen: pick a sheet, validate it, then highlight, report, fix or make it a table. */
export function ValidationView({ language, services }: ValidationViewProps): React.ReactElement {
  const styles = useStyles();
  const { status, setStatus, busy, fail, act } = useStatus(language);
  const setup = useSheetSetup(services, fail);
  const validation = useValidation({ services, language, setup, setStatus, fail });
  const { running, validated } = validation;

  return (
    <div className={styles.root}>
      <SetupPanel
        language={language}
        sheets={setup.sheets}
        sheet={setup.sheet}
        onSheetChange={setup.setSheet}
        headers={setup.headers}
        detected={setup.detected}
        typeOverride={setup.typeOverride}
        onTypeChange={setup.setTypeOverride}
        overrides={setup.overrides}
        onOverridesChange={setup.setOverrides}
        disabled={running || busy}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!setup.sheet || running || busy}
          onClick={() => void validation.validate()}
        >
          {t(language, "validate")}
        </Button>
        {running && <Button onClick={validation.cancel}>{t(language, "cancel")}</Button>}
      </div>
      <PhaseProgress language={language} phase={validation.phase} />
      <StatusLine status={status} />
      {validated && (
        <ValidationResults
          language={language}
          services={services}
          validation={validation}
          validated={validated}
          busy={busy}
          act={act}
          fail={fail}
          rowClass={styles.row}
        />
      )}
    </div>
  );
}

interface ValidationResultsProps {
  language: Language;
  services: WorkbookServices;
  validation: ReturnType<typeof useValidation>;
  validated: Validated;
  busy: boolean;
  act: (action: () => Promise<Status>) => Promise<void>;
  fail: (error: unknown) => void;
  rowClass: string;
}

/** A validated sheet: its actions, the fix preview when asked for, and the issues. */
function ValidationResults(props: ValidationResultsProps): React.ReactElement {
  const { language, services, validation, validated, busy, act, fail } = props;
  const applyFix = () =>
    void act(async () => {
      const { sheet: copy } = applyFixes(validated.table, validated.options);
      const name = await services.writeTableSheet(copy);
      validation.setFixPreview(null);
      return { intent: "success", text: t(language, "fixed", { sheet: name }) };
    });
  return (
    <>
      <ReportToolbar
        language={language}
        services={services}
        validated={validated}
        busy={busy}
        act={act}
        onFix={() => validation.setFixPreview(previewFixes(validated.table, validated.options))}
        className={props.rowClass}
      />
      {validation.fixPreview && (
        <FixPanel
          language={language}
          preview={validation.fixPreview}
          busy={busy}
          onCancel={() => validation.setFixPreview(null)}
          onApply={applyFix}
        />
      )}
      <ResultsPanel
        language={language}
        report={validated.report}
        onSelectIssue={(issue: Issue) =>
          void services.selectCell(validated.report.sheet, issue.address).catch(fail)
        }
      />
    </>
  );
}

/** The progress of reading the sheet (row by row) and of checking it. */
function PhaseProgress({
  language,
  phase,
}: {
  language: Language;
  phase: Phase;
}): React.ReactElement | null {
  if (phase.kind === "checking") return <ProgressBar aria-label={t(language, "checking")} />;
  if (phase.kind !== "reading") return null;
  const text = t(language, "reading", { done: phase.done, total: phase.total });
  return (
    <>
      <ProgressBar
        aria-label={text}
        value={phase.total > 0 ? phase.done / phase.total : undefined}
        thickness="large"
      />
      {phase.total > 0 && <span aria-live="polite">{text}</span>}
    </>
  );
}

/** The answer of the last action, in a live region so a screen reader reads it. */
function StatusLine({ status }: { status: Status }): React.ReactElement {
  return (
    <div aria-live="polite">
      {status && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

interface ReportToolbarProps {
  language: Language;
  services: WorkbookServices;
  validated: Validated;
  busy: boolean;
  act: (action: () => Promise<Status>) => Promise<void>;
  onFix: () => void;
  className: string;
}

const issueCells = (r: ValidationReport) =>
  r.issues.filter((i) => i.address).map((i) => ({ address: i.address, severity: i.severity }));

/** What can be done with a validated sheet: highlight, clear, report, fix, make it a table. */
function ReportToolbar({
  language,
  services,
  validated,
  busy,
  act,
  onFix,
  className,
}: ReportToolbarProps): React.ReactElement {
  const { report } = validated;
  const run = (action: () => Promise<Status>) => () => void act(action);
  const highlight = run(async () => {
    const count = await services.highlight(report.sheet, issueCells(report));
    return { intent: "success", text: t(language, "highlighted", { count, sheet: report.sheet }) };
  });
  const clear = run(async () => {
    const count = await services.clearHighlights(report.sheet);
    return { intent: "success", text: t(language, "cleared", { count }) };
  });
  const createReport = run(async () => {
    const madeOn = new Date().toISOString().slice(0, 10);
    const name = await services.writeTableSheet(
      buildReportSheet(report, language, madeOn, DEFAULT_CAP_PER_CODE)
    );
    return { intent: "success", text: t(language, "reportCreated", { sheet: name }) };
  });
  const createTable = run(async () => {
    const wanted = SCHEMAS[report.type].table;
    const result = await services.createTable(report.sheet, wanted);
    if (result.status === "exists")
      return { intent: "info", text: t(language, "tableExists", { name: result.name }) };
    const key = result.name === wanted ? "tableCreated" : "tableRenamed";
    return { intent: "success", text: t(language, key, { name: result.name, wanted }) };
  });
  const buttons: Array<[StringKey, () => void, boolean]> = [
    ["highlight", highlight, busy || report.issues.length === 0],
    ["clearHighlight", clear, busy],
    ["createReport", createReport, busy],
    ["fix", onFix, busy],
    ["createTable", createTable, busy],
  ];
  return (
    <div className={className} role="toolbar" aria-label={t(language, "tabValidate")}>
      {buttons.map(([label, onClick, disabled]) => (
        <Button key={label} disabled={disabled} onClick={onClick}>
          {t(language, label)}
        </Button>
      ))}
    </div>
  );
}
