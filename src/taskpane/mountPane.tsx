import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Theme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { getSettings } from "../core/settings";
import {
  missingRequirementSets,
  missingRequirementsMessage,
  RequirementsHost,
} from "../excel/requirements";
import { chooseLanguage } from "../core/messages";
import { App } from "./App";
import { workbookServices } from "./services";

/** What the pane needs of Office.context. */
export type PaneContext = Pick<Office.Context, "displayLanguage"> &
  RequirementsHost["context"] & { officeTheme?: Pick<Office.OfficeTheme, "isDarkTheme"> };

/** Fluent's theme for Office's: dark when Office is dark (officeTheme is absent on some hosts). */
export function paneTheme(context: PaneContext | undefined): Theme {
  return context?.officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme;
}

/** Renders the pane into `container` (the React part of the page, loaded as its own chunk). */
export function mountPane(container: HTMLElement, context: PaneContext | undefined): void {
  const missing = missingRequirementSets({ context });
  const language = chooseLanguage(getSettings().language, context?.displayLanguage);
  const theme = paneTheme(context);
  // The page around the pane takes the theme's background too, so no white frame shows in dark mode.
  document.body.style.margin = "0";
  document.body.style.background = theme.colorNeutralBackground1;
  document.documentElement.style.colorScheme = context?.officeTheme?.isDarkTheme ? "dark" : "light";
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {missing.length > 0 && (
        <MessageBar intent="error" data-testid="requirements">
          <MessageBarBody>{missingRequirementsMessage(missing, language)}</MessageBarBody>
        </MessageBar>
      )}
      <App displayLanguage={context?.displayLanguage} services={workbookServices()} />
    </FluentProvider>
  );
}
