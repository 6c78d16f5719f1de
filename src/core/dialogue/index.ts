/** The result-dialogue core (SPEC §7): build sheet descriptions and fill own templates. */
export {
  build,
  buildModel,
  DialogueError,
  requirePeriod,
  sheetName,
  templateCopyName,
  unitsOf,
  type BuildOptions,
  type TemplateName,
} from "./build";
export { findSources, type DialogueSources } from "./sources";
export { parsePeriod, previousPeriod, type ReportPeriod } from "./period";
export type {
  CellSpec,
  ChartAxis,
  ChartKind,
  ChartSeries,
  ChartSpec,
  RangeRef,
  SheetDescription,
  SheetMeta,
  CellStyle,
  SheetValue,
} from "./types";
export { chartProblem, isXYChart } from "./types";
export type { DialogueModel, IndicatorRow } from "./model";
export { carryManagerText, managerTextOf } from "./update";
export { checkTemplate, fillCell, placeholderNames, placeholderValues } from "./placeholders";
