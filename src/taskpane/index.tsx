/* global Office */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { startSettingsStore } from "../excel/settingsStore";
import { App } from "./App";
import { workbookServices } from "./services";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  // The pane's bundle has its own settings holder; load it from the workbook and save its changes.
  startSettingsStore();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage={Office.context?.displayLanguage} services={workbookServices()} />
    </FluentProvider>
  );
});
