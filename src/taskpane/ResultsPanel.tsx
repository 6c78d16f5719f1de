import * as React from "react";
import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Language } from "../core/messages";
import { maskPersonalNumbers } from "../core/pnr";
import type { Issue, Severity, ValidationReport } from "../core/registry/types";
import { summarizeByCode } from "../core/registry/validate";
import { t } from "./strings";

const ISSUES_SHOWN = 5;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  group: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  heading: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  issue: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  message: { overflowWrap: "anywhere" },
});

// Blue for notes, matching their border and the light blue of their highlight in the sheet.
const BADGE_COLOR: Record<Severity, "danger" | "warning" | "brand"> = {
  error: "danger",
  warning: "warning",
  info: "brand",
};

export interface ResultsPanelProps {
  language: Language;
  report: ValidationReport;
  onSelectIssue(issue: Issue): void;
}

/** Counts per severity and the issues grouped by check; each issue's button selects its cell. */
export function ResultsPanel({
  language,
  report,
  onSelectIssue,
}: ResultsPanelProps): React.ReactElement {
  const styles = useStyles();
  const summaries = summarizeByCode(report);
  const byCode = new Map<string, Issue[]>();
  for (const issue of report.issues) {
    const list = byCode.get(issue.code) ?? [];
    if (list.length < ISSUES_SHOWN) list.push(issue);
    byCode.set(issue.code, list);
  }
  return (
    <section className={styles.root} aria-labelledby="results-heading">
      <Text as="h2" id="results-heading" weight="semibold" size={400}>
        {t(language, "result", { sheet: maskPersonalNumbers(report.sheet), rows: report.rows })}
      </Text>
      <div className={styles.counts} data-testid="counts">
        <Badge appearance="filled" color="danger" size="large">
          {t(language, "errors")}: {report.counts.error}
        </Badge>
        <Badge appearance="filled" color="warning" size="large">
          {t(language, "warnings")}: {report.counts.warning}
        </Badge>
        <Badge appearance="filled" color="brand" size="large">
          {t(language, "notes")}: {report.counts.info}
        </Badge>
      </div>
      {summaries.length === 0 ? (
        <Text>{t(language, "noIssues")}</Text>
      ) : (
        <Text as="h3" weight="semibold" size={300}>
          {t(language, "issuesByCheck")}
        </Text>
      )}
      {summaries.map((summary) => {
        const shown = byCode.get(summary.code) ?? [];
        return (
          <div
            key={summary.code}
            className={`${styles.group} ${styles[summary.severity]}`}
            data-code={summary.code}
          >
            <h4 className={styles.heading}>
              <span>{summary.label[language]}</span>
              <Badge appearance="tint" color={BADGE_COLOR[summary.severity]}>
                {summary.count}
              </Badge>
            </h4>
            <Caption1>{t(language, "rowsList", { rows: summary.rows.join(", ") })}</Caption1>
            <ul className={styles.list}>
              {shown.map((issue, i) => (
                <li key={`${issue.address}-${i}`} className={styles.issue}>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t(language, "goToCell", { address: issue.address })}
                    onClick={() => onSelectIssue(issue)}
                  >
                    {issue.address}
                  </Button>
                  <Caption1 className={styles.message}>
                    {maskPersonalNumbers(issue.message[language])}
                  </Caption1>
                </li>
              ))}
            </ul>
            {summary.count > shown.length && (
              <Caption1>
                {t(language, "moreIssues", { count: summary.count - shown.length })}
              </Caption1>
            )}
          </div>
        );
      })}
    </section>
  );
}
