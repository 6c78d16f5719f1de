import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import type { Language } from "../core/messages";
import { maskPersonalNumbers } from "../core/pnr";
import { applyFixes, FixPreview, previewFixes } from "../core/registry/fixes";
import { DEFAULT_CAP_PER_CODE, ValidationOptions } from "../core/registry/options";
import { detectType, SCHEMAS } from "../core/registry/schemas";
import type { Issue, RegisterType, SheetTable, ValidationReport } from "../core/registry/types";
import { validateTable } from "../core/registry/validate";
import { getSettings } from "../core/settings";
import { isAbortError } from "../excel/excelRun";
import { FixPanel } from "./FixPanel";
import { buildReportSheet } from "./reportSheet";
import { ResultsPanel } from "./ResultsPanel";
import type { WorkbookServices } from "./services";
import { SetupPanel } from "./SetupPanel";
import { t } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

type Phase = { kind: "idle" } | { kind: "reading"; done: number; total: number } | { kind: "checking" };
type Status = { intent: "success" | "error" | "info"; text: string } | null;

export interface ValidationViewProps {
  language: Language;
  services: WorkbookServices;
}

/** The validation screen: pick a sheet, validate it, then highlight, report, fix or make it a table. */
export function ValidationView({ language, services }: ValidationViewProps): React.ReactElement {
  const styles = useStyles();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [sheet, setSheet] = React.useState("");
  const [headers, setHeaders] = React.useState<string[]>([]);
  const [typeOverride, setTypeOverride] = React.useState<RegisterType | "">("");
  const [overrides, setOverrides] = React.useState<Record<string, number>>({});
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  const [validated, setValidated] = React.useState<{ table: SheetTable; report: ValidationReport; options: ValidationOptions } | null>(null);
  const [fixPreview, setFixPreview] = React.useState<FixPreview | null>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const [busy, setBusy] = React.useState(false);
  const abortRef = React.useRef<AbortController | null>(null);

  const fail = React.useCallback(
    (error: unknown) => {
      // Excel's messages name no cell values; still masked, and never logged.
      const reason = error instanceof Error ? maskPersonalNumbers(error.message) : String(error);
      setStatus({ intent: "error", text: t(language, reason === "empty-sheet" ? "emptySheet" : "failed", { reason }) });
    },
    [language]
  );

  React.useEffect(() => {
    let live = true;
    Promise.all([services.listSheets(), services.activeSheetName()])
      .then(([names, active]) => {
        if (!live) return;
        setSheets(names);
        setSheet(names.includes(active) ? active : names[0] ?? "");
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [services, fail]);

  React.useEffect(() => {
    if (!sheet) return;
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new sheet clears the last one's results before its headers load
    setValidated(null);
    setFixPreview(null);
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

  const detected = React.useMemo(() => (headers.length > 0 ? detectType(headers) : null), [headers]);
  const running = phase.kind !== "idle";

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
      const settings = getSettings();
      const options: ValidationOptions = {
        type: typeOverride || undefined,
        mapping: overrides,
        codeLists: { exitReasons: settings.exitReasons },
      };
      setValidated({ table, report: validateTable(table, options), options });
    } catch (error) {
      if (isAbortError(error)) setStatus({ intent: "info", text: t(language, "cancelled") });
      else fail(error);
    } finally {
      abortRef.current = null;
      setPhase({ kind: "idle" });
    }
  }

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

  const report = validated?.report;
  const issueCells = (r: ValidationReport) => r.issues.filter((i) => i.address).map((i) => ({ address: i.address, severity: i.severity }));

  return (
    <div className={styles.root}>
      <SetupPanel
        language={language}
        sheets={sheets}
        sheet={sheet}
        onSheetChange={setSheet}
        headers={headers}
        detected={detected}
        typeOverride={typeOverride}
        onTypeChange={setTypeOverride}
        overrides={overrides}
        onOverridesChange={setOverrides}
        disabled={running || busy}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={!sheet || running || busy} onClick={() => void validate()}>
          {t(language, "validate")}
        </Button>
        {running && <Button onClick={() => abortRef.current?.abort()}>{t(language, "cancel")}</Button>}
      </div>
      {phase.kind === "reading" && (
        <ProgressBar
          aria-label={t(language, "reading", { done: phase.done, total: phase.total })}
          value={phase.total > 0 ? phase.done / phase.total : undefined}
          thickness="large"
        />
      )}
      {phase.kind === "reading" && phase.total > 0 && <span aria-live="polite">{t(language, "reading", { done: phase.done, total: phase.total })}</span>}
      {phase.kind === "checking" && <ProgressBar aria-label={t(language, "checking")} />}
      <div aria-live="polite">
        {status && (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {report && validated && (
        <>
          <div className={styles.row} role="toolbar" aria-label={t(language, "tabValidate")}>
            <Button
              disabled={busy || report.issues.length === 0}
              onClick={() =>
                void act(async () => {
                  const count = await services.highlight(report.sheet, issueCells(report));
                  return { intent: "success", text: t(language, "highlighted", { count, sheet: report.sheet }) };
                })
              }
            >
              {t(language, "highlight")}
            </Button>
            <Button
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  const count = await services.clearHighlights(report.sheet);
                  return { intent: "success", text: t(language, "cleared", { count }) };
                })
              }
            >
              {t(language, "clearHighlight")}
            </Button>
            <Button
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  const madeOn = new Date().toISOString().slice(0, 10);
                  const name = await services.writeTableSheet(buildReportSheet(report, language, madeOn, DEFAULT_CAP_PER_CODE));
                  return { intent: "success", text: t(language, "reportCreated", { sheet: name }) };
                })
              }
            >
              {t(language, "createReport")}
            </Button>
            <Button disabled={busy} onClick={() => setFixPreview(previewFixes(validated.table, validated.options))}>
              {t(language, "fix")}
            </Button>
            <Button
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  const wanted = SCHEMAS[report.type].table;
                  const result = await services.createTable(report.sheet, wanted);
                  if (result.status === "exists") return { intent: "info", text: t(language, "tableExists", { name: result.name }) };
                  const key = result.name === wanted ? "tableCreated" : "tableRenamed";
                  return { intent: "success", text: t(language, key, { name: result.name, wanted }) };
                })
              }
            >
              {t(language, "createTable")}
            </Button>
          </div>
          {fixPreview && (
            <FixPanel
              language={language}
              preview={fixPreview}
              busy={busy}
              onCancel={() => setFixPreview(null)}
              onApply={() =>
                void act(async () => {
                  const { sheet: copy } = applyFixes(validated.table, validated.options);
                  const name = await services.writeTableSheet(copy);
                  setFixPreview(null);
                  return { intent: "success", text: t(language, "fixed", { sheet: name }) };
                })
              }
            />
          )}
          <ResultsPanel
            language={language}
            report={report}
            onSelectIssue={(issue: Issue) => void services.selectCell(report.sheet, issue.address).catch(fail)}
          />
        </>
      )}
    </div>
  );
}
