/**
 * The engine's public surface: everything a door or an adapter may use.
 */
export type { CellRef, ExcelErrorCell, Located, RawCell, UncalculatedCell } from './cells/raw';
export { cellAddress, columnLetters, parseAddress, parseRange } from './cells/raw';
export type { CellRange } from './cells/raw';
export { readNumber, readText } from './cells/parse';
export type { NumberCell, TextCell } from './cells/parse';
export type { AllocationKey, DriverBreakdown, ServiceBreakdown } from './drivers/breakdown';
export { DRIVERS, DRIVER_WORDS, UNALLOCATED } from './drivers/names';
export type { DriverName } from './drivers/names';
export { recogniseHeader } from './headers/recognise';
export type { ColumnOverride } from './headers/recognise';
export { TABLE_KINDS, TABLE_SPECS } from './headers/words';
export type { TableKind } from './headers/words';
export type { CandidateReason } from './names/match';
export type { Money } from './money';
export { sum, toJsonNumber } from './money';
export { recalculate, REQUIRED_TABLES } from './recalculate';
export type { EngineOptions, EngineResult, TableLocation } from './recalculate';
export { toJson } from './result/json';
export type { JsonResult } from './result/json';
export type { ScenarioSummary, ScenarioYear } from './scenarios/summarise';
export {
  DEFAULT_REPORT_SHEET,
  DEFAULT_RESULT_SHEETS,
  DEFAULT_UNIT,
  figureDecimals,
  isValidSheetName,
  KRONOR_PER_UNIT,
  OUTPUT_UNITS,
  readTolerance,
  reportSheetNameFor,
  RESULT_SHEET_KINDS,
  resultSheetNames,
  sentenceDecimals,
  sheetNameKey,
  toleranceIn,
  UNIT_DECIMALS,
  unitNamed,
} from './settings';
export type { OutputUnit, ResultSheetKind, Tolerance } from './settings';
export { DEFAULT_TABLE_NAMES } from './tables/find';
export type { Grid, GridSource } from './tables/grid';
export { formatAmount, formatNumber, messageFor, TABLE_LABELS } from './validation/messages';
export type { Language } from './validation/messages';
export { WARNING_CODES } from './validation/warning';
export type { Severity, Warning, WarningCode } from './validation/warning';
