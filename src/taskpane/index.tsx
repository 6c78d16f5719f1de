/* global Office */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { languageOf } from "../core/messages";

function render(language: "sv" | "en"): void {
  const container = document.getElementById("container");
  if (!container) return;
  document.documentElement.lang = language;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} />
    </FluentProvider>
  );
}

Office.onReady(() => {
  render(languageOf(Office.context?.displayLanguage));
});
