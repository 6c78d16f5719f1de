/* global Office */
// Ribbon commands run in the shared runtime; the add-in's only command opens the task pane,
// which the manifest's ShowTaskpane action does without code. Office.onReady is still required.
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
export {};
