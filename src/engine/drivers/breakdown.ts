/**
 * The cost-driver breakdown: why each service's running cost moves from last year's budget to
 * next year's proposal, and the totals per driver.
 *
 * Per service, delta = proposed(Y) − budget(Y−1), a new service's previous value counting as 0.
 * Explicit driver amounts, where a row states any, are the allocation. Otherwise development moved
 * into the service's running cost counts as Utveckling tjänst, and the rest is split equally over
 * the service's other tags (over all of them when it has no other). An amount is estimated only
 * when it comes from splitting over two or more tags.
 */
import type { CellRef } from '../cells/raw';
import type { Money } from '../money';
import { differs, sum, ZERO } from '../money';
import { candidateNames, candidateReasons, nameIndex } from '../names/match';
import type { ServiceRow, Tables, TransferRow } from '../tables/model';
import type { WarningSink } from '../validation/warning';
import type { DriverName } from './names';
import { DRIVERS, parseTags, SERVICE_DEVELOPMENT, UNALLOCATED } from './names';

export type AllocationKey = DriverName | typeof UNALLOCATED;

export interface ServiceBreakdown {
  readonly service: string;
  readonly at: CellRef;
  /** Budget Y−1; 0 for a new service. */
  readonly previous: Money;
  readonly isNew: boolean;
  readonly proposed: Money;
  readonly delta: Money;
  /** Amount per driver, in tag order; Unallocated when part of the delta has no driver. */
  readonly allocation: ReadonlyMap<AllocationKey, Money>;
  readonly estimated: readonly DriverName[];
}

export interface DriverBreakdown {
  readonly year: number;
  readonly services: readonly ServiceBreakdown[];
  readonly totals: Readonly<Record<AllocationKey, Money>>;
  /** The sum of every service's delta. */
  readonly totalChange: Money;
  /** The totals the workbook states for this year, by driver and `total`. */
  readonly stated: ReadonlyMap<DriverName | 'total', Money>;
}

/**
 * The breakdown for the latest year with a proposal, or null when there is nothing to break down.
 * @example breakdownDrivers(tables, tolerance, sink)?.totals['Ny leverans']
 */
export function breakdownDrivers(
  tables: Tables,
  tolerance: Money,
  sink: WarningSink,
): DriverBreakdown | null {
  const header = tables.found.get('services');
  if (header === undefined) return null;
  // A loop, not Math.max(...): a spread of every service's years overflows the stack at scale.
  let year = -Infinity;
  for (const service of tables.services)
    for (const y of service.proposed.keys()) if (y > year) year = y;
  if (!Number.isFinite(year)) {
    sink.add(
      {
        code: 'MISSING_COLUMN',
        table: 'services',
        fields: ['proposed'],
        year: null,
      },
      header,
    );
    return null;
  }
  if (!tables.services.some((service) => service.budget.has(year - 1))) {
    sink.add(
      { code: 'MISSING_COLUMN', table: 'services', fields: ['budget'], year: year - 1 },
      header,
    );
    return null;
  }

  const { transfers, duplicates } = transfersByService(tables, year, sink);
  // A repeated name is reported, and only its first row counts.
  const services = tables.services.flatMap((service) => {
    if (duplicates.has(service)) return [];
    const row = breakdownService(service, year, transfers.get(service) ?? [], tolerance, sink);
    return row === null ? [] : [row];
  });
  const keys: readonly AllocationKey[] = [...DRIVERS, UNALLOCATED];
  const totals = Object.fromEntries(
    keys.map((key) => [key, sum(services.map((s) => s.allocation.get(key) ?? ZERO))]),
  ) as Record<AllocationKey, Money>;
  const totalChange = sum(services.map((service) => service.delta));

  const stated = new Map<DriverName | 'total', Money>();
  for (const row of tables.driverTotals) {
    if (
      (row.year !== null && row.year !== year) ||
      row.amount.value === null ||
      stated.has(row.driver)
    )
      continue;
    stated.set(row.driver, row.amount.value);
    const computed = row.driver === 'total' ? totalChange : totals[row.driver];
    if (differs(row.amount.value, computed, tolerance)) {
      sink.add(
        {
          code: 'TOTAL_CHANGE_MISMATCH',
          driver: row.driver,
          year,
          stated: row.amount.value,
          computed,
        },
        row.amount.at,
      );
    }
  }
  return { year, services, totals, totalChange, stated };
}

/** Development moved into running cost, per service; what matches no service is reported and left out. */
function transfersByService(
  tables: Tables,
  year: number,
  sink: WarningSink,
): { transfers: Map<ServiceRow, TransferRow[]>; duplicates: ReadonlySet<ServiceRow> } {
  const index = nameIndex(
    tables.services.map((row) => ({ name: row.name.value, aliases: row.aliases, value: row })),
  );
  for (const { entry, first } of index.duplicates) {
    sink.add(
      { code: 'DUPLICATE_NAME', table: 'services', name: entry.name, first: first.value.name.at },
      entry.value.name.at,
    );
  }
  const byService = new Map<ServiceRow, TransferRow[]>();
  for (const transfer of tables.transfers) {
    if (transfer.year !== null && transfer.year !== year) continue;
    if (transfer.amount.value === null) continue;
    const match = index.match(transfer.service.value);
    if (match.kind !== 'found') {
      sink.add(
        {
          code: 'UNKNOWN_SERVICE',
          name: transfer.service.value,
          candidates: candidateNames(match),
          reasons: candidateReasons(match),
        },
        transfer.service.at,
      );
      continue;
    }
    byService.set(match.value, [...(byService.get(match.value) ?? []), transfer]);
  }
  return {
    transfers: byService,
    duplicates: new Set(index.duplicates.map(({ entry }) => entry.value)),
  };
}

function breakdownService(
  service: ServiceRow,
  year: number,
  transfers: readonly TransferRow[],
  tolerance: Money,
  sink: WarningSink,
): ServiceBreakdown | null {
  const proposedCell = service.proposed.get(year);
  if (proposedCell?.value === null || proposedCell === undefined) {
    // A blank proposal leaves the service out; an unreadable one was reported already.
    if (proposedCell !== undefined && !proposedCell.unreadable) {
      sink.add(
        {
          code: 'MISSING_VALUE',
          table: 'services',
          column: proposedCell.column,
          field: 'proposed',
        },
        proposedCell.at,
      );
    }
    return null;
  }
  const proposed = proposedCell.value;
  const previousCell = service.budget.get(year - 1);
  // An unreadable previous budget (reported at its cell) is unknown, not a new service's 0.
  if (previousCell?.unreadable === true) return null;
  const previousValue = previousCell?.value ?? null;
  const previous = previousValue ?? ZERO;
  const delta = proposed.sub(previous);
  const allocation = new Map<AllocationKey, Money>();
  const add = (key: AllocationKey, amount: Money): void => {
    allocation.set(key, (allocation.get(key) ?? ZERO).add(amount));
  };

  const drivers: DriverName[] = [];
  for (const tag of service.tags === null ? [] : parseTags(service.tags.value)) {
    if (tag.kind === 'driver') drivers.push(tag.driver);
    else if (service.tags !== null)
      sink.add(
        { code: 'UNKNOWN_DRIVER', service: service.name.value, tag: tag.tag },
        service.tags.at,
      );
  }
  const moved = sum(
    transfers.flatMap((transfer) =>
      transfer.amount.value === null ? [] : [transfer.amount.value],
    ),
  );
  if (transfers.length > 0 && !drivers.includes(SERVICE_DEVELOPMENT)) {
    sink.add(
      { code: 'DRIVER_TAG_MISSING', service: service.name.value, amount: moved },
      service.tags?.at ?? service.name.at,
    );
  }

  const explicit = service.explicit.filter(
    (e) => (e.year === null || e.year === year) && e.amount.value !== null,
  );
  let estimated: DriverName[] = [];
  if (explicit.length > 0) {
    for (const { driver, amount } of explicit) if (amount.value !== null) add(driver, amount.value);
  } else {
    if (transfers.length > 0) add(SERVICE_DEVELOPMENT, moved);
    const others = drivers.filter((driver) => driver !== SERVICE_DEVELOPMENT);
    const targets = others.length > 0 ? others : drivers;
    const rest = delta.sub(moved);
    for (const driver of targets) add(driver, rest.div(targets.length));
    if (targets.length >= 2) estimated = targets;
  }
  const unallocated = delta.sub(sum(allocation.values()));
  if (!unallocated.equals(ZERO)) {
    add(UNALLOCATED, unallocated);
    if (differs(unallocated, ZERO, tolerance)) {
      sink.add(
        { code: 'UNALLOCATED_DELTA', service: service.name.value, amount: unallocated },
        service.tags?.at ?? service.name.at,
      );
    }
  }
  return {
    service: service.name.value,
    at: service.name.at,
    previous,
    isNew: previousValue === null,
    proposed,
    delta,
    allocation,
    estimated,
  };
}
