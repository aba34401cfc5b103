/**
 * From a workbook snapshot to the engine's grids: the user's mappings first, then Excel tables,
 * then every sheet's used range. Result sheets are never read as input.
 */
import type { Grid, TableKind, TableLocation } from '../engine';
import { parseRange, sheetNameKey } from '../engine';
import { cutRange } from '../workbook/cut-range';
import type { WorkbookSnapshot } from '../workbook/port';
import type { StoredSettings, TableMapping } from '../workbook/settings';
import { RESULT_TABLE_PREFIX } from '../workbook/settings';

/** True when two sheet names are the same sheet (Excel compares them without case). */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * True for a result sheet, never input: one named in the settings, or one the product made under
 * an earlier name or a user copied (it holds the product's SR_ tables).
 */
export function isResultSheet(
  snapshot: WorkbookSnapshot,
  settings: StoredSettings,
  sheet: string,
): boolean {
  if (Object.values(settings.resultSheets).some((name) => sameSheetName(name, sheet))) return true;
  const found = snapshot.sheets.find((s) => s.name === sheet);
  return found?.tableNames.some((t) => t.startsWith(RESULT_TABLE_PREFIX)) ?? false;
}

/** The grids the engine reads, leaving out the result sheets. */
export function gridsOf(snapshot: WorkbookSnapshot, settings: StoredSettings): Grid[] {
  const isResult = (sheet: string): boolean => isResultSheet(snapshot, settings, sheet);
  const grids: Grid[] = [];
  for (const [kind, mapping] of Object.entries(settings.mapping) as [TableKind, TableMapping][]) {
    const grid = mappedGrid(snapshot, kind, mapping);
    if (grid !== null && !isResult(grid.sheet)) grids.push(grid);
  }
  for (const table of snapshot.tables) {
    if (isResult(table.sheet)) continue;
    grids.push({
      sheet: table.sheet,
      top: table.top,
      left: table.left,
      rows: table.rows,
      source: { kind: 'excel-table', name: table.name },
    });
  }
  for (const sheet of snapshot.sheets) {
    if (isResult(sheet.name)) continue;
    grids.push({
      sheet: sheet.name,
      top: sheet.top,
      left: sheet.left,
      rows: sheet.rows,
      source: { kind: 'sheet' },
    });
  }
  return grids;
}

function mappedGrid(
  snapshot: WorkbookSnapshot,
  kind: TableKind,
  mapping: TableMapping,
): Grid | null {
  if ('table' in mapping) {
    const table = snapshot.tables.find((t) => t.name.toLowerCase() === mapping.table.toLowerCase());
    return table === undefined
      ? null
      : {
          sheet: table.sheet,
          top: table.top,
          left: table.left,
          rows: table.rows,
          source: {
            kind: 'mapping',
            table: kind,
            ...(mapping.columns === undefined ? {} : { columns: mapping.columns }),
          },
        };
  }
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, mapping.sheet));
  const range = parseRange(mapping.range);
  if (sheet === undefined || range === null) return null;
  return {
    sheet: sheet.name,
    top: range.top,
    left: range.left,
    rows: cutRange(sheet, range),
    source: {
      kind: 'mapping',
      table: kind,
      ...(mapping.columns === undefined ? {} : { columns: mapping.columns }),
    },
  };
}

/**
 * The cells of the tables the engine used, for the input fingerprint: editing a notes sheet does
 * not make a result out of date, editing a used table does.
 */
export function usedGrids(snapshot: WorkbookSnapshot, locations: readonly TableLocation[]): Grid[] {
  return locations.flatMap((location) => {
    const sheet = snapshot.sheets.find((s) => s.name === location.sheet);
    const range = parseRange(location.range);
    if (sheet === undefined || range === null) return [];
    return [
      {
        sheet: sheet.name,
        top: range.top,
        left: range.left,
        rows: cutRange(sheet, range),
        source: { kind: 'sheet' as const },
      },
    ];
  });
}
