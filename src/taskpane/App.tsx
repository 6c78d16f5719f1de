import * as React from "react";
import { Body1, Caption1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { ADDIN_NAME, ADDIN_VERSION } from "./version";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  language: "sv" | "en";
}

/** The task pane's root. */
export function App({ language }: AppProps): React.ReactElement {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">{ADDIN_NAME}</Title2>
      <Caption1>
        {language === "sv" ? "Version" : "Version"} {ADDIN_VERSION}
      </Caption1>
      <Body1>
        {language === "sv"
          ? "Resultatuppföljning för Jobbtorg och Vuxenutbildning: funktionerna AMF.EXITRATE, AMF.SELFSUFF6M, AMF.EFFINDEX och AMF.NETVALUE finns i cellerna."
          : "Result follow-up for job centres and adult education: the functions AMF.EXITRATE, AMF.SELFSUFF6M, AMF.EFFINDEX and AMF.NETVALUE are available in cells."}
      </Body1>
    </main>
  );
}
