/**
 * Settings that travel with the workbook, so every colleague who recalculates it reads the same
 * tables and writes the same sheets. Read defensively: a hand-edited or newer settings text gives
 * the defaults for what it gets wrong, never a crash.
 */
import type {
  ColumnOverride,
  OutputUnit,
  ResultSheetKind,
  StoredWhatIf,
  TableKind,
  Tolerance,
  UnreadWhatIf,
} from '../engine';
import {
  readStoredWhatIfs,
  DEFAULT_UNIT,
  DEFAULT_RESULT_SHEETS,
  DRIVERS,
  isValidSheetName,
  readTolerance,
  reportSheetNameFor,
  resultSheetNames,
  TABLE_KINDS,
  unitNamed,
} from '../engine';

/**
 * Where the user said a logical table is: a range on a sheet (read exactly), or an Excel table by
 * name; with, optionally, what some of its headers mean.
 */
export type TableMapping = (
  { readonly sheet: string; readonly range: string } | { readonly table: string }
) & { readonly columns?: readonly ColumnOverride[] };

export interface StoredSettings {
  /** 2 since the unit became a choice and the tolerance an amount in it. */
  readonly version: 2;
  readonly resultSheets: Readonly<Record<ResultSheetKind, string>>;
  /** The report sheet's name; null: the run's language's default (`Sammanställning`, `Summary`). */
  readonly reportSheet: string | null;
  /**
   * An amount with the unit it is in (`{ "amount": 1, "unit": "tkr" }`: 1 tkr whatever the result's
   * unit); null: the default, 0.5 tkr in whatever unit. A unit of null (given for one run) is the
   * result's, and is saved resolved.
   */
  readonly tolerance: Tolerance | null;
  /** The unit every figure is shown in; null: the unit the workbook's tables are in. */
  readonly unit: OutputUnit | null;
  /**
   * A unit an earlier version saved that names none of the three (`EUR`): kept so every run can
   * say so, until the user chooses a unit.
   */
  readonly unknownUnit?: string;
  readonly mapping: Readonly<Partial<Record<TableKind, TableMapping>>>;
  /** The what-ifs the controller saved (docs/what-if.md); absent: none. */
  readonly whatIfs?: readonly StoredWhatIf[];
  /**
   * Saved what-if entries this version could not read: reported by every run, and written back as
   * they were, so a newer version's or a hand-edited entry is never lost by a save.
   */
  readonly unreadWhatIfs?: readonly UnreadWhatIf[];
}

export const DEFAULT_SETTINGS: StoredSettings = {
  version: 2,
  resultSheets: DEFAULT_RESULT_SHEETS,
  reportSheet: null,
  tolerance: null,
  unit: null,
  mapping: {},
};

/**
 * What every version before 2 saved as its default tolerance, meaning half of whatever the unit
 * label said (500 tkr in MSEK): read as today's default, 0.5 tkr.
 */
const VERSION_1_DEFAULT_TOLERANCE = 0.5;

/** What every version before 2 saved as its default unit: no choice, the tables' unit. */
const VERSION_1_DEFAULT_UNIT = 'tkr';

/** The prefix of every Excel table the product writes: how a result sheet is known to be ours. */
export const RESULT_TABLE_PREFIX = 'SR_';

/**
 * Settings from their stored JSON text; anything missing or malformed falls back to the default.
 * @example parseSettings('{"tolerance": 1, "unit": "mnkr"}').unit === 'MSEK'
 */
export function parseSettings(text: string): StoredSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const sheets = isRecord(raw.resultSheets) ? raw.resultSheets : {};
  const sheetName = (kind: ResultSheetKind): string => {
    const value = sheets[kind];
    return typeof value === 'string' && isValidSheetName(value)
      ? value
      : DEFAULT_SETTINGS.resultSheets[kind];
  };
  const mapping: Partial<Record<TableKind, TableMapping>> = {};
  if (isRecord(raw.mapping)) {
    for (const kind of TABLE_KINDS) {
      const entry = raw.mapping[kind];
      if (!isRecord(entry)) continue;
      const columns = parseColumns(entry.columns);
      const extra = columns.length === 0 ? {} : { columns };
      if (typeof entry.table === 'string') mapping[kind] = { table: entry.table, ...extra };
      else if (typeof entry.sheet === 'string' && typeof entry.range === 'string') {
        mapping[kind] = { sheet: entry.sheet, range: entry.range, ...extra };
      }
    }
  }
  // Excel names are unique without regard to case: three names that clash fall back to the defaults.
  const resultSheets =
    resultSheetNames([sheetName('summary'), sheetName('drivers'), sheetName('validations')]) ??
    DEFAULT_SETTINGS.resultSheets;
  const version1 = raw.version !== 2;
  const unit = parseUnit(raw.unit, version1);
  const reportSheet =
    typeof raw.reportSheet === 'string' ? reportSheetNameFor(resultSheets, raw.reportSheet) : null;
  const saved = readStoredWhatIfs(raw.whatIfs);
  return {
    version: 2,
    resultSheets,
    reportSheet,
    ...(saved.whatIfs.length === 0 ? {} : { whatIfs: saved.whatIfs }),
    ...(saved.unread.length === 0 ? {} : { unreadWhatIfs: saved.unread }),
    tolerance: parseTolerance(
      raw.tolerance,
      version1,
      typeof raw.unit === 'string' ? unitNamed(raw.unit) : null,
    ),
    ...unit,
    mapping,
  };
}

/**
 * A stored tolerance: an amount with its unit; a bare number (what earlier versions saved) is in
 * the unit it was saved with, the saved unit, else tkr — so `1` saved in a tkr workbook stays 1 tkr
 * when the result is later shown in MSEK. Version 1's `0.5` is its default: today's, 0.5 tkr.
 */
function parseTolerance(
  value: unknown,
  version1: boolean,
  savedUnit: OutputUnit | null,
): Tolerance | null {
  if (isRecord(value)) {
    const amount =
      typeof value.amount === 'number' || typeof value.amount === 'string'
        ? readTolerance(value.amount)
        : null;
    const unit = typeof value.unit === 'string' ? unitNamed(value.unit) : null;
    return amount === null || unit === null ? null : { amount, unit };
  }
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  const amount = readTolerance(value);
  if (amount === null || (version1 && amount === VERSION_1_DEFAULT_TOLERANCE)) return null;
  return { amount, unit: savedUnit ?? DEFAULT_UNIT };
}

/**
 * A stored unit: a choice, a synonym of one (`mnkr`, as earlier versions let users write), or
 * unknown. Earlier versions saved `tkr` as their default, not as a choice: it reads as the tables'
 * unit, so a workbook in MSEK saved with those defaults still shows in MSEK.
 */
function parseUnit(
  value: unknown,
  version1: boolean,
): Pick<StoredSettings, 'unit' | 'unknownUnit'> {
  if (typeof value !== 'string' || value.trim() === '') return { unit: null };
  if (version1 && value.trim() === VERSION_1_DEFAULT_UNIT) return { unit: null };
  const unit = unitNamed(value);
  return unit === null ? { unit: null, unknownUnit: value.trim().slice(0, 40) } : { unit };
}

/**
 * The settings as stored text. The what-ifs go in one list, those this version could not read
 * after the others, each exactly as it was read; a value that was no list stays as it was.
 */
export function serialiseSettings(settings: StoredSettings): string {
  const { whatIfs = [], unreadWhatIfs = [], ...rest } = settings;
  // A saved value that was not a list at all goes back in its place while it is all there is.
  const [only] = unreadWhatIfs;
  if (whatIfs.length === 0 && unreadWhatIfs.length === 1 && only?.whole === true)
    return JSON.stringify({ ...rest, whatIfs: only.raw });
  const saved: readonly unknown[] = [...whatIfs, ...unreadWhatIfs.map((entry) => entry.raw)];
  return JSON.stringify(saved.length === 0 ? rest : { ...rest, whatIfs: saved });
}

/** Column overrides from stored JSON; anything malformed is left out. */
function parseColumns(value: unknown): ColumnOverride[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ColumnOverride[] => {
    if (!isRecord(item) || typeof item.header !== 'string') return [];
    const field = typeof item.field === 'string' ? item.field : null;
    const year = typeof item.year === 'number' && Number.isInteger(item.year) ? item.year : null;
    const driver = DRIVERS.find((d) => d === item.driver) ?? null;
    return [{ header: item.header, field, year, driver }];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
