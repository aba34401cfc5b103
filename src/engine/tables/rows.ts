/**
 * One row of each logical table into its typed row: the name (a total row or a row without one is
 * reported and passed over), then each field as its column gives it. The table around the row —
 * which columns it has, its unit — is read.ts's.
 */
import { isYear } from '../headers/years';
import type { Located } from '../cells/raw';
import { driverFromTag, isTotalWord } from '../drivers/names';
import type { TableKind } from '../headers/words';
import { normaliseHeader } from '../text/normalise';
import type { WarningSink } from '../validation/warning';
import type {
  DriverTotalRow,
  InitiativeRow,
  InitiativeStatus,
  MemberRow,
  ScenarioRow,
  ServiceRow,
  TransferRow,
} from './model';
import type { RowReader } from './row';

const STATUS_WORDS: Readonly<Record<string, InitiativeStatus>> = {
  ny: 'proposed',
  foreslagen: 'proposed',
  new: 'proposed',
  proposed: 'proposed',
  pagaende: 'ongoing',
  ongoing: 'ongoing',
};

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

export function readService(r: RowReader, sink: WarningSink): ServiceRow | null {
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

export function readTransfers(r: RowReader, sink: WarningSink): TransferRow[] | null {
  const service = rowName(r, 'service', 'transfers', sink);
  if (service === null) return null;
  const effort = r.text(r.column('effort'))?.value ?? null;
  return r.columns('amount').flatMap((column) => {
    const amount = r.amount(column);
    return amount === null ? [] : [{ service, effort, year: column.year, amount }];
  });
}

export function readInitiative(r: RowReader, sink: WarningSink): InitiativeRow | null {
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

export function readScenario(r: RowReader, sink: WarningSink): ScenarioRow | null {
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

export function readMember(
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

export function readDriverTotal(r: RowReader, sink: WarningSink): DriverTotalRow | null {
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
