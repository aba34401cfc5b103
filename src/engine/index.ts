/**
 * The engine's public surface: everything a door or an adapter may use.
 */
export type { CellRef, ExcelErrorCell, Located, RawCell, UncalculatedCell } from './cells/raw';
export { cellAddress, columnLetters, parseAddress, parseRange } from './cells/raw';
export type { CellRange } from './cells/raw';
export { readNumber, readText } from './cells/parse';
export type { NumberCell, TextCell } from './cells/parse';
export type { AllocationKey, DriverBreakdown, ServiceBreakdown } from './drivers/breakdown';
export { bridgeAxisMin, bridgeInputFromJson, driverBridge, stackedBar } from './drivers/bridge';
export type { BridgeBar, BridgeInput, BridgeKey, StackedBar } from './drivers/bridge';
export { DRIVER_LABELS, DRIVERS, DRIVER_WORDS, driverLabel, UNALLOCATED } from './drivers/names';
export type { DriverName } from './drivers/names';
export { headerYear, recogniseHeader } from './headers/recognise';
export type { ColumnOverride } from './headers/recognise';
export { fieldName, TABLE_KINDS, TABLE_SPECS, wordsIn } from './headers/words';
export type { FieldSpec, HeaderWord, TableKind, WordLanguage } from './headers/words';
export type { CandidateReason } from './names/match';
export type { Money } from './money';
export { sum, toJsonNumber } from './money';
export { recalculate, REQUIRED_TABLES } from './recalculate';
export type { EngineOptions, EngineResult, TableLocation } from './recalculate';
export { toJson } from './result/json';
export type { JsonResult, JsonScenarioYear, JsonUnknownReason } from './result/json';
export type { JsonWhatIf } from './result/json-what-ifs';
export { SCENARIO_FIGURES, unknownReasons } from './scenarios/unknown';
export type { ScenarioYearFigure, UnknownReason } from './scenarios/unknown';
export type { ScenarioSummary, ScenarioYear, YearFigures } from './scenarios/summarise';
export {
  DEFAULT_REPORT_SHEET,
  DEFAULT_RESULT_SHEETS,
  DEFAULT_UNIT,
  figureDecimals,
  isValidSheetName,
  KRONOR_PER_UNIT,
  OUTPUT_UNITS,
  readTolerance,
  readUserTolerance,
  reportSheetNameFor,
  RESULT_SHEET_KINDS,
  resultSheetNames,
  sentenceDecimals,
  sheetNameKey,
  sheetTakenBy,
  toleranceIn,
  toleranceText,
  UNIT_DECIMALS,
  unitNamed,
} from './settings';
export type { OutputUnit, ResultSheetKind, Tolerance } from './settings';
export { DEFAULT_TABLE_NAMES } from './tables/find';
export type { Grid, GridSource } from './tables/grid';
export {
  formatAmount,
  formatNumber,
  GROUP_SEPARATOR,
  messageFor,
  quote,
  TABLE_LABELS,
} from './validation/messages';
export { titleFor } from './validation/titles';
export type { Language } from './validation/messages';
export { WARNING_CODES } from './validation/warning';
export type { Severity, Warning, WarningCode } from './validation/warning';
export { evaluateWhatIf } from './whatif/evaluate';
export type { WhatIfInput, WhatIfProblem, WhatIfResult, WhatIfYear } from './whatif/evaluate';
export { evaluateWhatIfs, problemFinding } from './whatif/evaluate-all';
export type { SavedWhatIfResult } from './whatif/evaluate-all';
export type { WhatIf, WhatIfMember } from './whatif/model';
export {
  exactScale,
  MAX_WHAT_IF_NAME,
  MAX_WHAT_IFS,
  readStoredWhatIfs,
  scaleText,
  whatIfFromStored,
  whatIfName,
  whatIfNameKey,
} from './whatif/stored';
export type {
  StoredWhatIf,
  StoredWhatIfImpact,
  StoredWhatIfMember,
  UnreadWhatIf,
} from './whatif/stored';
