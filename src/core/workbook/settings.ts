/**
 * The workbook's stored settings, wherever an adapter finds them: Office.js's `workbook.settings` in
 * Excel, the add-in's web-extension part (`xl/webextensions/webextension*.xml`) in an .xlsx file.
 * Both hold the same value under the same key, and both go through the one parser (`parseSettings`,
 * the one bounds check), so the pane and the CLI compute with the same settings.
 */
import { parseSettings, type Settings } from "../settings";

/** The key the settings are stored under in the workbook (and were, in the document settings). */
export const SETTINGS_KEY = "resultatdialog.settings";

/**
 * A setting's value as a web-extension part holds it: Office serialises every setting to JSON, so the
 * settings (themselves stored as a JSON text) arrive as a JSON string. Text that is no JSON is passed on
 * as it is, for the parser to refuse field by field.
 */
export function webExtensionValue(attribute: string): unknown {
  try {
    return JSON.parse(attribute);
  } catch {
    return attribute;
  }
}

/** The settings from what the workbook stores (undefined or null: nothing stored, the defaults). */
export function storedSettings(stored: unknown): Settings {
  return parseSettings(stored ?? null);
}
