import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { getSettings } from "../core/settings";
import { missingRequirementSets, missingRequirementsMessage, RequirementsHost } from "../excel/requirements";
import { App, paneLanguage } from "./App";
import { workbookServices } from "./services";

/** What the pane needs of Office.context. */
export type PaneContext = Pick<Office.Context, "displayLanguage"> & RequirementsHost["context"];

/** Renders the pane into `container` (the React part of the page, loaded as its own chunk). */
export function mountPane(container: HTMLElement, context: PaneContext | undefined): void {
  const missing = missingRequirementSets({ context });
  const language = paneLanguage(getSettings().language, context?.displayLanguage);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {missing.length > 0 && (
        <MessageBar intent="error" data-testid="requirements">
          <MessageBarBody>{missingRequirementsMessage(missing, language)}</MessageBarBody>
        </MessageBar>
      )}
      <App displayLanguage={context?.displayLanguage} services={workbookServices()} />
    </FluentProvider>
  );
}
