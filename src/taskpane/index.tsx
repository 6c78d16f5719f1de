/* global Office */
// The pane's entry is kept small: the custom functions (functions.js, loaded before this script)
// must not wait for React and Fluent UI, which load as a chunk of their own once Office is ready.
import { startSettingsStore } from "../excel/settingsStore";

Office.onReady(async () => {
  const container = document.getElementById("container");
  if (!container) return;
  // The pane's bundle has its own settings holder; load it from the workbook and save its changes.
  startSettingsStore();
  const { mountPane } = await import(/* webpackChunkName: "pane" */ "./mountPane");
  mountPane(container, Office.context);
});
