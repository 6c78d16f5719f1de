/* global Office */
// The pane's entry is kept small: the custom functions (functions.js, loaded before this script)
// must not wait for React and Fluent UI, which load as a chunk of their own once Office is ready.
import { startSettingsStore } from "../excel/settingsStore";

/** Opened outside Office (no Office.js, or Office.js without a host): say what this page is. */
function showOutsideOffice(): void {
  document.getElementById("outside-office")?.removeAttribute("hidden");
}

if (typeof Office === "undefined") {
  showOutsideOffice();
} else {
  Office.onReady(async (info) => {
    const container = document.getElementById("container");
    if (!info?.host) return showOutsideOffice();
    // In Office the note is not needed at all (nor its heading beside the pane's).
    document.getElementById("outside-office")?.remove();
    if (!container) return;
    // The pane's bundle has its own settings holder; load it from the workbook and save its changes.
    startSettingsStore();
    const { mountPane } = await import(/* webpackChunkName: "pane" */ "./mountPane");
    mountPane(container, Office.context);
  });
}
