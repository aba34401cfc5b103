/**
 * From found tables to typed rows: which tables can be read (their required columns are there),
 * the unit of each part, the initiatives' status from a title that says they are new; each row is
 * then read by rows.ts.
 */
import type { CellRef } from '../cells/raw';
import type { ColumnBinding } from '../headers/recognise';
import { satisfiesRequired } from '../headers/recognise';
import type { TableKind } from '../headers/words';
import { TABLE_SPECS } from '../headers/words';
import { normaliseHeader } from '../text/normalise';
import type { WarningSink } from '../validation/warning';
import type { FoundTable } from './grid';
import { cellRefAt } from './grid';
import { reportHeaderFindings } from './header-findings';
import type { Tables } from './model';
import type { RowReader } from './row';
import { rowReader } from './row';
import {
  readDriverTotal,
  readInitiative,
  readMember,
  readScenario,
  readService,
  readTransfers,
} from './rows';
import type { AmountUnits, UnitPlan } from './units';
import { columnUnits, ownUnit, statedUnit } from './units';

/** A title that says its initiatives are new ones: `Förslag på nya förändringsinsatser`. */
const NEW_TITLE = /\b(?:ny|nya|new|proposed)\b/;
/** A title that also names ongoing ones (`Pågående och nya förändringsinsatser`) says no status. */
const ONGOING_TITLE = /\b(?:pagaende|ongoing|befintlig|befintliga|existing)\b/;

/** True when a title says its initiatives are new ones, and only new ones. */
function saysNewOnly(title: string): boolean {
  const text = normaliseHeader(title);
  return NEW_TITLE.test(text) && !ONGOING_TITLE.test(text);
}

/** Reads every selected table into typed rows, reporting what cannot be read. */
export function readTables(
  selected: ReadonlyMap<TableKind, FoundTable>,
  sink: WarningSink,
  /** Each table's unit and the result's: every amount is read converted into the result's. */
  units: UnitPlan,
): Tables {
  const usable = (kind: TableKind, part?: FoundTable): FoundTable | null => {
    const table = part ?? selected.get(kind);
    if (table === undefined) return null;
    const spec = TABLE_SPECS[kind];
    const scenarioColumn = table.header.columns.some((column) => column.field === 'scenario');
    if (kind === 'members' && !scenarioColumn && table.scenario === null) {
      // A member list must say its scenario: in a column, or in the heading above it.
      sink.add(
        { code: 'MISSING_COLUMN', table: kind, fields: ['scenario'], year: null },
        cellRefAt(table, table.headerRow, 0),
      );
      return null;
    }
    if (satisfiesRequired(spec, table.header.columns)) return table;
    for (const group of spec.required) {
      if (!table.header.columns.some((column) => group.includes(column.field))) {
        sink.add(
          { code: 'MISSING_COLUMN', table: kind, fields: group, year: null },
          cellRefAt(table, table.headerRow, 0),
        );
      }
    }
    return null;
  };
  for (const table of selected.values()) {
    reportHeaderFindings(table, sink);
    // Rows under a subsection label are the table's: said at the label, as it could be a title.
    for (const part of [table, ...table.more])
      for (const label of part.readOn)
        sink.add({ code: 'TABLE_READ_ON', table: part.kind, title: label.value }, label.at);
  }
  let newInitiativesOnly = false;
  const read = <T>(kind: TableKind, readRow: (r: RowReader, part: FoundTable) => T | null): T[] => {
    const table = usable(kind);
    if (table === null) return [];
    if (
      kind === 'initiatives' &&
      !table.header.columns.some((column) => column.field === 'status')
    ) {
      // Without a status every initiative counts as proposed: say so once, at the header, or at
      // the title that says so (`Förslag på nya förändringsinsatser`).
      const title = table.titles.find((line) => saysNewOnly(line.value));
      if (title === undefined)
        sink.add(
          { code: 'MISSING_COLUMN', table: kind, fields: ['status'], year: null },
          cellRefAt(table, table.headerRow, 0),
        );
      else {
        sink.add({ code: 'STATUS_FROM_TITLE', title: title.value }, title.at);
        newInitiativesOnly = true;
      }
    }
    // A further member list (under its own scenario's heading) is in the unit its own headers or
    // title lines state, else in its table's; a header of its own that states a unit is in that.
    const unitsOf = (part: FoundTable): ((column: ColumnBinding) => AmountUnits) => {
      if (part === table) return (column) => columnUnits(units, kind, column.index);
      const partUnit = ownUnit(part) ?? columnUnits(units, kind, -1).column;
      return (column) => ({
        column: statedUnit(column.header) ?? partUnit,
        result: units.unit,
      });
    };
    const rows: T[] = [];
    for (const part of [table, ...table.more]) {
      if (part !== table && usable(part.kind, part) === null) continue;
      const partUnits = unitsOf(part);
      for (const row of part.rows) {
        const value = readRow(rowReader(part, row, sink, partUnits), part);
        if (value !== null) rows.push(value);
      }
    }
    return rows;
  };
  const services = read('services', (r) => readService(r, sink));
  const transfers = read('transfers', (r) => readTransfers(r, sink)).flat();
  const initiatives = read('initiatives', (r) => readInitiative(r, sink));
  const noCostColumn = costlessInitiatives(selected);
  if (noCostColumn !== null)
    sink.add(
      { code: 'NO_COST_COLUMN', rowAbove: selected.get('initiatives')?.source.kind === 'sheet' },
      noCostColumn,
    );
  return {
    services,
    transfers,
    initiatives,
    ...(noCostColumn === null ? {} : { noCostColumn }),
    scenarios: read('scenarios', (r) => readScenario(r, sink)),
    members: read('members', (r, part) => readMember(r, sink, part.scenario)),
    driverTotals: read('driverTotals', (r) => readDriverTotal(r, sink)),
    newInitiativesOnly,
    found: new Map(
      [...selected.values()]
        .filter((table) => satisfiesRequired(TABLE_SPECS[table.kind], table.header.columns))
        .map((table) => [table.kind, cellRefAt(table, table.headerRow, 0)]),
    ),
  };
}

/**
 * The initiatives table's header cell when the table was found (by its status column) but binds
 * no cost column: no cost is known, which is not a cost of 0.
 */
function costlessInitiatives(selected: ReadonlyMap<TableKind, FoundTable>): CellRef | null {
  const table = selected.get('initiatives');
  if (table === undefined || !satisfiesRequired(TABLE_SPECS.initiatives, table.header.columns))
    return null;
  return table.header.columns.some((column) => column.field === 'cost')
    ? null
    : cellRefAt(table, table.headerRow, 0);
}
