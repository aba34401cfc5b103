/**
 * Where an adoption's rows can go: below the scenarios and members tables as the engine found them,
 * and only where the layout takes new rows safely. An Excel table grows by rows (Excel shifts every
 * cell below it in its columns down, so all of them must be empty); a plain range gets rows in the
 * empty cells below its last row, and the row after them must be empty too, or it would join the
 * table. The document's summary blocks, a member list under a heading and membership in the
 * initiatives' own column cannot take rows: said, never guessed.
 */
import type { CellRange, RawCell, TableLocation } from '../engine';
import { cellAddress, parseRange } from '../engine';
import type { WorkbookSnapshot } from '../workbook/port';
import type { AdoptionLayout, AdoptionRefusal } from './adoption';

/** A table new rows go below: where it is and what it is. */
export interface AdoptionTarget {
  readonly location: TableLocation;
  readonly bounds: CellRange;
  /** The Excel table that grows, or null for a plain range. */
  readonly excelTable: string | null;
}

export type Placed =
  | {
      readonly kind: 'placed';
      readonly scenarios: AdoptionTarget;
      readonly members: AdoptionTarget;
    }
  | { readonly kind: 'refused'; readonly reason: AdoptionRefusal };

/**
 * The scenarios and members tables rows can be appended to, or why they cannot.
 * @example placeTables(snapshot, lookAt(snapshot, 'sv').tables).kind === 'placed'
 */
export function placeTables(snapshot: WorkbookSnapshot, tables: readonly TableLocation[]): Placed {
  const scenarios = tables.filter((t) => t.table === 'scenarios');
  // The document's `Summering för scenario N` blocks: their columns are years, not fields.
  const block = scenarios.find((t) =>
    t.columns.every((c) => c.field === 'year' && c.year !== null),
  );
  if (block !== undefined) return layout('scenarios', block.sheet, 'summary-blocks');
  const scenarioTable = scenarios[0];
  if (scenarioTable === undefined) return refused({ kind: 'no-table', table: 'scenarios' });

  const memberTables = tables.filter((t) => t.table === 'members');
  const members = memberTables[0];
  if (members === undefined) {
    const ownColumn = tables.find(
      (t) => t.table === 'initiatives' && t.columns.some((c) => c.field === 'scenarios'),
    );
    return ownColumn === undefined
      ? refused({ kind: 'no-table', table: 'members' })
      : layout('initiatives', ownColumn.sheet, 'own-column');
  }
  // A list under a scenario's heading has no scenario column: the heading names the scenario.
  const underHeading = memberTables.find((t) => !t.columns.some((c) => c.field === 'scenario'));
  if (underHeading !== undefined) return layout('members', underHeading.sheet, 'under-heading');
  if (!members.columns.some((c) => c.field === 'initiative'))
    return refused({ kind: 'missing-column', table: 'members', field: 'initiative' });

  const s = target(snapshot, scenarioTable);
  if (s === null) return layout('scenarios', scenarioTable.sheet, 'fixed-range');
  const m = target(snapshot, members);
  if (m === null) return layout('members', members.sheet, 'fixed-range');
  return { kind: 'placed', scenarios: s, members: m };
}

/**
 * The first cell that is not empty among those `rows` new rows below the target would take, or
 * that must stay empty for them (every cell below an Excel table in its columns; the row after
 * the new rows of a plain range); null when all are empty.
 * @example takenCell(snapshot, target, 3) → { sheet: 'Scenarier', cell: 'A13' }
 */
export function takenCell(
  snapshot: WorkbookSnapshot,
  target: AdoptionTarget,
  rows: number,
): { readonly sheet: string; readonly cell: string } | null {
  const sheet = snapshot.sheets.find((s) => s.name === target.location.sheet);
  if (sheet === undefined) return null;
  const { bounds } = target;
  const lastRead = sheet.top + sheet.rows.length - 1;
  const last =
    target.excelTable === null
      ? bounds.bottom + rows + 1
      : Math.max(lastRead, bounds.bottom + rows);
  for (let row = bounds.bottom + 1; row <= last; row++)
    for (let column = bounds.left; column <= bounds.right; column++)
      if (!isEmpty(sheet.rows[row - sheet.top]?.[column - sheet.left]))
        return { sheet: sheet.name, cell: cellAddress(row, column) };
  return null;
}

/** Whether a cell holds nothing: no value, or an empty text. */
export function isEmpty(cell: RawCell): boolean {
  return cell === null || cell === undefined || cell === '';
}

/** A table's place for new rows; null where it cannot grow (a mapping to a fixed range). */
function target(snapshot: WorkbookSnapshot, location: TableLocation): AdoptionTarget | null {
  const bounds = parseRange(location.range);
  if (bounds === null) return null;
  switch (location.source) {
    case 'excel-table':
      return excelTarget(snapshot, location, location.excelTable);
    case 'sheet':
      return { location, bounds, excelTable: null };
    case 'mapping': {
      // A mapping to an Excel table reads it whole, new rows too; one to a range would not.
      const mapping = snapshot.settings?.mapping[location.table];
      return mapping === undefined || !('table' in mapping)
        ? null
        : excelTarget(snapshot, location, mapping.table);
    }
  }
}

/** An Excel table's own bounds (the engine's may start lower, under a title row inside it). */
function excelTarget(
  snapshot: WorkbookSnapshot,
  location: TableLocation,
  name: string | null,
): AdoptionTarget | null {
  const table = snapshot.tables.find((t) => t.name.toLowerCase() === name?.toLowerCase());
  if (table === undefined) return null;
  const bounds = {
    top: table.top,
    left: table.left,
    bottom: table.top + table.rows.length - 1,
    right: table.left + (table.rows[0]?.length ?? 1) - 1,
  };
  return { location, bounds, excelTable: table.name };
}

function layout(
  table: Extract<AdoptionRefusal, { kind: 'layout' }>['table'],
  sheet: string,
  why: AdoptionLayout,
): Placed {
  return refused({ kind: 'layout', table, sheet, why });
}

function refused(reason: AdoptionRefusal): Placed {
  return { kind: 'refused', reason };
}
