/**
 * The cells of an adoption's new rows: the scenario's id, name and years with base and impact in
 * the table's own unit, and its members by the names the initiatives table writes. Base and impact
 * are copied cell for cell from the scenario it starts from (the shared base from the first
 * scenario for a what-if from nothing), never recomputed into another unit; an impact the what-if
 * states is written exactly, and the check before writing proves the table reads it as meant.
 */
import type {
  CellRef,
  EngineResult,
  Money,
  RawCell,
  StoredWhatIf,
  TableLocation,
  WhatIfResult,
} from '../engine';
import { cellAddress, parseAddress, parseRange } from '../engine';
import type { AdoptionCell, AdoptionWrite, WorkbookSnapshot } from '../workbook/port';
import type { AdoptionRefusal } from './adoption';
import type { AdoptionTarget } from './adopt-where';

export type AdoptionRows =
  | {
      readonly kind: 'rows';
      /** The new scenario's id as its rows name it. */
      readonly scenario: string;
      readonly writes: readonly AdoptionWrite[];
    }
  | { readonly kind: 'refused'; readonly reason: AdoptionRefusal };

/**
 * The rows an adoption appends to the scenarios and members tables.
 * @example adoptionRows(snapshot, result, stored, evaluation, placed).kind === 'rows'
 */
export function adoptionRows(
  snapshot: WorkbookSnapshot,
  result: EngineResult,
  stored: StoredWhatIf,
  evaluation: WhatIfResult,
  targets: { readonly scenarios: AdoptionTarget; readonly members: AdoptionTarget },
): AdoptionRows {
  const id = newScenarioId(
    result.scenarios.map((s) => s.id),
    stored.name,
  );
  const basedOn = result.scenarios.find((s) => s.id === evaluation.basedOn) ?? null;
  const baseFrom = basedOn ?? result.scenarios[0] ?? null;
  const stated = new Set(stored.impact.map((impact) => impact.year));

  const has = (field: string): boolean =>
    targets.scenarios.location.columns.some((c) => c.field === field && c.year === null);
  const scenarioRows = evaluation.years.map((year) => {
    const from = basedOn?.years.find((y) => y.year === year.year) ?? null;
    const shared = baseFrom?.years.find((y) => y.year === year.year) ?? null;
    // The based-on row's own cells, `Ej känt` too; from nothing, the base every scenario shares.
    // A row's `at` names its id cell where the table has no such column: copied only where it has.
    const base = basedOn !== null ? from?.at.base : year.base === null ? null : shared?.at.base;
    const impact = stated.has(year.year)
      ? exactNumber(year.impact)
      : has('impact')
        ? copied(snapshot, from?.at.impact ?? null)
        : null;
    return new Map<string, AdoptionCell>([
      ['id', id.cell],
      ['name', stored.name],
      ['year', year.year],
      ['base', has('base') ? copied(snapshot, base ?? null) : null],
      ['impact', impact],
    ]);
  });
  for (const field of ['base', 'impact'] as const) {
    if (evaluation.years.some((year) => year[field] !== null) && !has(field))
      return { kind: 'refused', reason: { kind: 'missing-column', table: 'scenarios', field } };
  }
  const memberRows = evaluation.members.map(
    ({ initiative }) =>
      new Map<string, AdoptionCell>([
        ['scenario', id.cell],
        ['initiative', initiative.name.value],
        // Only a list knows an initiative the initiatives table lacks, by its listed cost: copied.
        ['listedCost', copied(snapshot, listedCostAt(result.tables, initiative.name.at))],
      ]),
  );
  return {
    kind: 'rows',
    scenario: id.text,
    writes: [
      write('scenarios', targets.scenarios, scenarioRows),
      write('members', targets.members, memberRows),
    ],
  };
}

/**
 * The next whole number after the workbook's scenario ids when they are all whole numbers (1, 2,
 * 3 → 4), else the what-if's name.
 * @example newScenarioId(['1', '2', '3'], 'AI i 3') → { text: '4', cell: 4 }
 */
export function newScenarioId(
  ids: readonly string[],
  name: string,
): { readonly text: string; readonly cell: string | number } {
  const numbers = ids.map((id) => (/^\d+$/.test(id.trim()) ? Number(id.trim()) : NaN));
  if (numbers.length > 0 && numbers.every((n) => Number.isSafeInteger(n))) {
    const next = Math.max(...numbers) + 1;
    return { text: String(next), cell: next };
  }
  return { text: name, cell: name };
}

/** The write of rows given by field, laid out over the whole target's columns. */
function write(
  table: AdoptionWrite['table'],
  target: AdoptionTarget,
  rows: readonly ReadonlyMap<string, AdoptionCell>[],
): AdoptionWrite {
  const { bounds, location } = target;
  const left = parseRange(location.range)?.left ?? bounds.left;
  const top = bounds.bottom + 1;
  const cells = rows.map((values) => {
    const row: AdoptionCell[] = [];
    for (let column = bounds.left; column <= bounds.right; column++)
      row.push(cellFor(location, column - left, values));
    return row;
  });
  return {
    table,
    sheet: location.sheet,
    excelTable: target.excelTable,
    range: `${cellAddress(top, bounds.left)}:${cellAddress(top + rows.length - 1, bounds.right)}`,
    rows: cells,
  };
}

/** A column's cell: the value of the field it was read as; a year's column or another stays empty. */
function cellFor(
  location: TableLocation,
  index: number,
  values: ReadonlyMap<string, AdoptionCell>,
): AdoptionCell {
  const column = location.columns[index];
  if (column === undefined || column.field === null || column.year !== null) return null;
  return values.get(column.field) ?? null;
}

/**
 * The listed-cost cell beside a name that stands in a members table (an initiative only a list
 * names); null for a name in the initiatives table, whose listed cost a new row leaves empty.
 */
function listedCostAt(tables: readonly TableLocation[], at: CellRef): CellRef | null {
  const place = parseAddress(at.cell);
  if (place === null) return null;
  for (const table of tables) {
    const bounds = parseRange(table.range);
    if (table.table !== 'members' || table.sheet !== at.sheet || bounds === null) continue;
    if (place.row < bounds.top || place.row > bounds.bottom) continue;
    if (place.column < bounds.left || place.column > bounds.right) continue;
    const index = table.columns.findIndex((c) => c.field === 'listedCost');
    return index < 0
      ? null
      : { sheet: at.sheet, cell: cellAddress(place.row, bounds.left + index) };
  }
  return null;
}

/** A cell's value as the workbook holds it (text or a number), copied as it is; null otherwise. */
function copied(snapshot: WorkbookSnapshot, at: CellRef | null): AdoptionCell {
  if (at === null) return null;
  const sheet = snapshot.sheets.find((s) => s.name === at.sheet);
  const place = parseAddress(at.cell);
  if (sheet === undefined || place === null) return null;
  const cell: RawCell = sheet.rows[place.row - sheet.top]?.[place.column - sheet.left];
  return typeof cell === 'string' || typeof cell === 'number' ? cell : null;
}

/**
 * An exact amount as a number when a number holds it exactly; else null, which leaves the cell
 * empty, and the check before writing refuses (a figure is never rounded in silence).
 */
function exactNumber(amount: Money | null): AdoptionCell {
  if (amount === null) return null;
  const text = amount.toString();
  const number = Number(text);
  return /^-?\d+(?:\.\d+)?$/.test(text) && String(number) === text ? number : null;
}
