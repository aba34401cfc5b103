/**
 * Settings that travel with the workbook, so every colleague who recalculates it reads the same
 * tables and writes the same sheets. Read defensively: a hand-edited or newer settings text gives
 * the defaults for what it gets wrong, never a crash.
 */
import type { ColumnOverride, TableKind } from '../engine';
import { DRIVERS, TABLE_KINDS } from '../engine';
import type { ResultSheetKind } from './port';

/** Where the user said a logical table is: a range on a sheet, or an Excel table by name. */
/**
 * Where the user said a logical table is: a range on a sheet (read exactly), or an Excel table by
 * name; with, optionally, what some of its headers mean.
 */
export type TableMapping = (
  { readonly sheet: string; readonly range: string } | { readonly table: string }
) & { readonly columns?: readonly ColumnOverride[] };

export interface StoredSettings {
  readonly version: 1;
  readonly resultSheets: Readonly<Record<ResultSheetKind, string>>;
  readonly tolerance: number;
  readonly unit: string;
  readonly mapping: Readonly<Partial<Record<TableKind, TableMapping>>>;
}

export const DEFAULT_SETTINGS: StoredSettings = {
  version: 1,
  resultSheets: {
    summary: 'Scenariosummering',
    drivers: 'Kostnadsdrivare',
    validations: 'Valideringar',
  },
  tolerance: 0.5,
  unit: 'tkr',
  mapping: {},
};

/** The prefix of every Excel table the product writes: how a result sheet is known to be ours. */
export const RESULT_TABLE_PREFIX = 'SR_';

/** Excel's rules for a sheet name: 1–31 characters, none of `: \ / ? * [ ]`, no leading or trailing `'`. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/**
 * Settings from their stored JSON text; anything missing or malformed falls back to the default.
 * @example parseSettings('{"tolerance": 1}').tolerance === 1
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
  const tolerance = raw.tolerance;
  const unit = raw.unit;
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
  const resultSheets = {
    summary: sheetName('summary'),
    drivers: sheetName('drivers'),
    validations: sheetName('validations'),
  };
  // Excel names are unique without regard to case: three names that clash fall back to the defaults.
  const distinct =
    new Set(Object.values(resultSheets).map((name) => name.toLocaleLowerCase('sv-SE'))).size === 3;
  return {
    version: 1,
    resultSheets: distinct ? resultSheets : DEFAULT_SETTINGS.resultSheets,
    tolerance:
      typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0
        ? tolerance
        : DEFAULT_SETTINGS.tolerance,
    unit:
      typeof unit === 'string' && unit.trim() !== '' && unit.length <= 20
        ? unit.trim()
        : DEFAULT_SETTINGS.unit,
    mapping,
  };
}

/** The settings as stored text. */
export function serialiseSettings(settings: StoredSettings): string {
  return JSON.stringify(settings);
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
