import * as React from "react";
import { Caption1, makeStyles, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { chooseLanguage } from "../core/messages";
import { getSettings, subscribeSettings } from "../core/settings";
import type { WorkbookServices } from "./services";
import { DialogueView } from "./dialogue/DialogueView";
import { SettingsView } from "./SettingsView";
import { t } from "./strings";
import { ValidationView } from "./ValidationView";
import { ADDIN_NAME, ADDIN_VERSION } from "./version";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0 },
});

type View = "validate" | "dialogue" | "settings";

export interface AppProps {
  /** Office's display language ("sv-SE", "en-US" …); the language setting may override it. */
  displayLanguage: string | undefined;
  services: WorkbookServices;
}

/** The task pane's root: name and version, then the views Validera, Resultatdialog and Inställningar. */
export function App({ displayLanguage, services }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [setting, setSetting] = React.useState(() => getSettings().language);
  const [view, setView] = React.useState<View>("validate");
  React.useEffect(() => subscribeSettings((s) => setSetting(s.language)), []);
  const language = chooseLanguage(setting, displayLanguage);
  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.title}>
          {ADDIN_NAME}
        </Title2>
        <Caption1>{t(language, "version", { version: ADDIN_VERSION })}</Caption1>
      </header>
      <nav aria-label={t(language, "navigation")}>
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)}>
          <Tab value="validate">{t(language, "tabValidate")}</Tab>
          <Tab value="dialogue">{t(language, "tabDialogue")}</Tab>
          <Tab value="settings">{t(language, "tabSettings")}</Tab>
        </TabList>
      </nav>
      <main>
        {/* Kept mounted while hidden, so a validation result survives a look at the settings. */}
        <div hidden={view !== "validate"}>
          <ValidationView language={language} services={services} />
        </div>
        {/* Mounted when shown: it reads the registers afresh each time the tab is opened. */}
        {view === "dialogue" && <DialogueView language={language} services={services} />}
        {view === "settings" && <SettingsView language={language} />}
      </main>
    </div>
  );
}
