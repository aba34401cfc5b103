/**
 * From found tables to typed rows. Rows without a name are reported and passed over, as are
 * total rows (`Summa`, `Totalt`), which would otherwise be counted twice.
 */
import { isYear } from '../headers/years';
import type { CellRef, Located } from '../cells/raw';
import { driverFromTag, isTotalWord } from '../drivers/names';
import type { ColumnBinding } from '../headers/recognise';
import { satisfiesRequired } from '../headers/recognise';
import type { TableKind } from '../headers/words';
import { TABLE_SPECS } from '../headers/words';
import { normaliseHeader } from '../text/normalise';
import type { WarningSink } from '../validation/warning';
import type { FoundTable } from './grid';
import { cellRefAt } from './grid';
import { reportHeaderFindings } from './header-findings';
import type {
  DriverTotalRow,
  InitiativeRow,
  InitiativeStatus,
  MemberRow,
  ScenarioRow,
  ServiceRow,
  Tables,
  TransferRow,
} from './model';
import type { RowReader } from './row';
import { rowReader } from './row';
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

const STATUS_WORDS: Readonly<Record<string, InitiativeStatus>> = {
  ny: 'proposed',
  foreslagen: 'proposed',
  new: 'proposed',
  proposed: 'proposed',
  pagaende: 'ongoing',
  ongoing: 'ongoing',
};

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

/** The row's name, or null (reported) when it has none or is a total row. */
function rowName(
  r: RowReader,
  field: string,
  table: TableKind,
  sink: WarningSink,
): Located<string> | null {
  const column = r.column(field);
  const name = r.text(column);
  if (name === null) {
    if (column !== undefined)
      sink.add({ code: 'MISSING_VALUE', table, column: column.header, field }, r.at(column));
    return null;
  }
  if (isTotalWord(name.value)) {
    sink.add({ code: 'TOTAL_ROW_SKIPPED', table, name: name.value }, name.at);
    return null;
  }
  return name;
}

function readService(r: RowReader, sink: WarningSink): ServiceRow | null {
  const name = rowName(r, 'name', 'services', sink);
  if (name === null) return null;
  const aliasColumn = r.column('alias');
  const aliases =
    r
      .text(aliasColumn)
      ?.value.split(/[;\n]/)
      .map((alias) => alias.trim()) ?? [];
  const explicit: ServiceRow['explicit'][number][] = [];
  for (const column of r.columns('driverAmount')) {
    const amount = r.amount(column);
    if (column.driver !== null && amount !== null)
      explicit.push({ driver: column.driver, year: column.year, amount });
  }
  return {
    name,
    category: r.text(r.column('category'))?.value ?? null,
    aliases: aliases.filter((alias) => alias !== ''),
    aliasAt: aliasColumn === undefined ? null : r.at(aliasColumn),
    actual: r.amountsByYear('actual'),
    budget: r.amountsByYear('budget'),
    proposed: r.amountsByYear('proposed'),
    tags: r.text(r.column('tags')),
    explicit,
  };
}

function readTransfers(r: RowReader, sink: WarningSink): TransferRow[] | null {
  const service = rowName(r, 'service', 'transfers', sink);
  if (service === null) return null;
  const effort = r.text(r.column('effort'))?.value ?? null;
  return r.columns('amount').flatMap((column) => {
    const amount = r.amount(column);
    return amount === null ? [] : [{ service, effort, year: column.year, amount }];
  });
}

function readInitiative(r: RowReader, sink: WarningSink): InitiativeRow | null {
  const name = rowName(r, 'name', 'initiatives', sink);
  if (name === null) return null;
  const statusColumn = r.column('status');
  let status: InitiativeStatus = 'proposed';
  if (statusColumn !== undefined) {
    const written = r.text(statusColumn);
    const known = written === null ? undefined : STATUS_WORDS[normaliseHeader(written.value)];
    if (known === undefined) {
      sink.add(
        { code: 'UNKNOWN_STATUS', initiative: name.value, status: written?.value ?? '' },
        r.at(statusColumn),
      );
    } else status = known;
  }
  const scenarios = r.text(r.column('scenarios'));
  return {
    name,
    id: r.text(r.column('id'))?.value ?? null,
    status,
    costs: r.amountsByYear('cost'),
    impact: r.amount(r.column('impact')),
    netBenefit: r.amount(r.column('netBenefit')),
    scenarios:
      scenarios === null
        ? null
        : {
            value: scenarios.value
              .split(/[,;]/)
              .map((id) => id.trim())
              .filter((id) => id !== ''),
            at: scenarios.at,
          },
  };
}

function readScenario(r: RowReader, sink: WarningSink): ScenarioRow | null {
  const id = rowName(r, 'id', 'scenarios', sink);
  if (id === null) return null;
  const year = readYear(r, 'year', 'scenarios', sink, true);
  if (year === null) return null;
  return {
    id,
    name: r.text(r.column('name'))?.value ?? null,
    year,
    base: r.amount(r.column('base')),
    impact: r.amount(r.column('impact')),
    statedOngoing: r.amount(r.column('statedOngoing')),
    statedProposed: r.amount(r.column('statedProposed')),
    statedTotal: r.amount(r.column('statedTotal')),
    statedNetBenefit: r.amount(r.column('statedNetBenefit')),
    summary: null,
  };
}

function readMember(
  r: RowReader,
  sink: WarningSink,
  heading: Located<string> | null,
): MemberRow | null {
  // Under a scenario's heading the list has no scenario column: the heading names it.
  const scenario =
    r.column('scenario') === undefined && heading !== null
      ? heading
      : rowName(r, 'scenario', 'members', sink);
  const initiative = rowName(r, 'initiative', 'members', sink);
  if (scenario === null || initiative === null) return null;
  return {
    scenario,
    underHeading: scenario === heading,
    initiative,
    listedCost: r.amount(r.column('listedCost')),
  };
}

function readDriverTotal(r: RowReader, sink: WarningSink): DriverTotalRow | null {
  const column = r.column('driver');
  const written = r.text(column);
  if (written === null) {
    if (column !== undefined)
      sink.add(
        { code: 'MISSING_VALUE', table: 'driverTotals', column: column.header, field: 'driver' },
        r.at(column),
      );
    return null;
  }
  const driver = isTotalWord(written.value) ? 'total' : driverFromTag(written.value);
  if (driver === null) {
    sink.add({ code: 'UNKNOWN_DRIVER', service: null, tag: written.value }, written.at);
    return null;
  }
  const amount = r.amount(r.column('amount'));
  if (amount === null) return null;
  const year =
    r.column('year') === undefined ? null : readYear(r, 'year', 'driverTotals', sink, false);
  return { driver, year, amount };
}

/** A year cell: a whole number that is a year (years.ts), as a number or as text. */
function readYear(
  r: RowReader,
  field: string,
  table: TableKind,
  sink: WarningSink,
  required: boolean,
): number | null {
  const column = r.column(field);
  const cell = r.number(column);
  if (column === undefined || cell === null) return null;
  if (cell.value === null) {
    if (required) sink.add({ code: 'MISSING_VALUE', table, column: column.header, field }, cell.at);
    return null;
  }
  const year = Number(cell.value.toString());
  if (isYear(year)) return year;
  sink.add(
    {
      code: 'NOT_A_NUMBER',
      text: cell.value.toString(),
      column: column.header,
      reason: 'not-a-number',
    },
    cell.at,
  );
  return null;
}
