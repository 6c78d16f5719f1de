import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { workbookServices } from "./services";

/** Renders the pane into `container` (the React part of the page, loaded as its own chunk). */
export function mountPane(container: HTMLElement, context: Pick<Office.Context, "displayLanguage"> | undefined): void {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage={context?.displayLanguage} services={workbookServices()} />
    </FluentProvider>
  );
}
