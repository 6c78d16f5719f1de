/** DialogueView's services over plain tables: sheets read from them, descriptions collected in `written` (also those opened as a new workbook). */
import type { SheetDescription } from "../../src/core/dialogue";
import type { SheetTable } from "../../src/core/registry/types";
import type { DialogueServices } from "../../src/taskpane/dialogue/DialogueView";

export function tableServices(
  tables: readonly SheetTable[],
  written: SheetDescription[]
): DialogueServices {
  return {
    listSheets: async () => tables.map((t) => t.name),
    readSheet: async (name) => tables.find((t) => t.name === name)!,
    writeDescription: async (d) => (written.push(d), d.name),
    activeSheetName: async () => tables[0].name,
    generatedSheets: async () => [],
    readGrid: async () => ({ top: 1, left: 1, values: [], formats: [] }),
    rewriteSheet: async () => undefined,
    fillTemplateCopy: async () => "",
    refillSheet: async () => undefined,
    openInNewWorkbook: async (d) => void written.push(d),
  };
}
