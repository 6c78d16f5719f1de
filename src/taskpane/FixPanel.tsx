import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../core/messages";
import type { FixCounts, FixPreview } from "../core/registry/fixes";
import { StringKey, t } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  count: { textAlign: "right", width: "4em" },
});

const ROWS: Array<[keyof FixCounts, StringKey]> = [
  ["pnrNormalized", "fixPnr"],
  ["genderNormalized", "fixGender"],
  ["datesConverted", "fixDates"],
  ["textTrimmed", "fixTrim"],
  ["duplicatesDropped", "fixDuplicates"],
];

export interface FixPanelProps {
  language: Language;
  preview: FixPreview;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

/** The fix preview with a count per fix; applying writes a "(rättad)" copy. */
export function FixPanel({
  language,
  preview,
  busy,
  onApply,
  onCancel,
}: FixPanelProps): React.ReactElement {
  const styles = useStyles();
  const total = ROWS.reduce((sum, [key]) => sum + preview.counts[key], 0);
  return (
    <section className={styles.root} aria-labelledby="fix-heading">
      <Text as="h2" id="fix-heading" weight="semibold" size={400}>
        {t(language, "fixPreview")}
      </Text>
      {total === 0 ? (
        <Text>{t(language, "fixNothing")}</Text>
      ) : (
        <Table size="small" aria-labelledby="fix-heading">
          <TableBody>
            {ROWS.map(([key, label]) => (
              <TableRow key={key}>
                <TableCell>{t(language, label)}</TableCell>
                <TableCell className={styles.count}>{preview.counts[key]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Caption1>{t(language, "fixNote")}</Caption1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || total === 0} onClick={onApply}>
          {t(language, "fixApply")}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t(language, "cancel")}
        </Button>
      </div>
    </section>
  );
}
