/**
 * Finding the logical tables: in mapped ranges, in Excel tables, and by header rows on sheets.
 * When one kind is found in several places, a mapping beats an Excel table beats a sheet region.
 */
import type { Located, RawCell } from '../cells/raw';
import { isBlank } from '../cells/parse';
import type { RecognisedHeader } from '../headers/recognise';
import { bindColumns, headerText, recogniseHeader } from '../headers/recognise';
import type { TableKind } from '../headers/words';
import { normaliseHeader } from '../text/normalise';
import type { WarningSink } from '../validation/warning';
import type { DataRow, FoundTable, Grid, GridSource } from './grid';
import { cellRefAt } from './grid';
import { isYearsRow } from './scenario-blocks';
import { scenarioOfTitles, titlesAbove } from './titles';

/** Excel table names that name a logical table outright, Swedish and English. */
export const DEFAULT_TABLE_NAMES: Readonly<Record<TableKind, readonly string[]>> = {
  services: ['Tjanster', 'Services'],
  transfers: ['Utvecklingsinsatser', 'DevelopmentTransfers'],
  initiatives: ['Forandringsinsatser', 'Initiatives'],
  scenarios: ['Scenarier', 'Scenarios'],
  members: ['Scenarioinsatser', 'ScenarioMembers'],
  driverTotals: ['Drivare', 'DriverTotals'],
};

const SOURCE_RANK: Readonly<Record<GridSource['kind'], number>> = {
  mapping: 0,
  'excel-table': 1,
  sheet: 2,
};

/**
 * Every table a grid holds. A sheet may hold several tables one below another, each ending at a
 * blank row or at the next header row; title lines above a header are passed over.
 */
export function findTables(grid: Grid): readonly FoundTable[] {
  const [first, ...rest] = grid.rows;
  if (first === undefined) return [];
  switch (grid.source.kind) {
    case 'mapping':
      return [
        tableFrom(
          grid,
          0,
          bindColumns(grid.source.table, first, grid.source.columns ?? []),
          dataRows(grid, 1, rest),
        ),
      ];
    case 'excel-table': {
      const kind = kindByTableName(grid.source.name);
      const header = kind === null ? recogniseHeader(first) : bindColumns(kind, first);
      return header === null ? [] : [tableFrom(grid, 0, header, dataRows(grid, 1, rest))];
    }
    case 'sheet':
      return scanSheet(grid);
  }
}

/**
 * One table per kind, the best-placed one; a second table of the same kind and rank is reported.
 * The same region seen as an Excel table and as part of its sheet counts once.
 */
export function selectTables(
  found: readonly FoundTable[],
  sink: WarningSink,
): ReadonlyMap<TableKind, FoundTable> {
  const chosen = new Map<TableKind, FoundTable>();
  const ordered = [...found].sort(
    (a, b) => SOURCE_RANK[a.source.kind] - SOURCE_RANK[b.source.kind],
  );
  const more = new Map<TableKind, FoundTable[]>();
  for (const table of ordered) {
    const current = chosen.get(table.kind);
    if (current === undefined) {
      chosen.set(table.kind, table);
    } else if (
      current.scenario !== null &&
      table.scenario !== null &&
      current.source.kind === table.source.kind
    ) {
      // The document's layout: one member list under each scenario's heading.
      more.set(table.kind, [...(more.get(table.kind) ?? []), table]);
    } else if (!samePlace(current, table) && current.source.kind === table.source.kind) {
      sink.add(
        {
          code: 'DUPLICATE_TABLE',
          table: table.kind,
          used: cellRefAt(current, current.headerRow, 0),
        },
        cellRefAt(table, table.headerRow, 0),
      );
    }
  }
  for (const [kind, parts] of more) {
    const first = chosen.get(kind);
    if (first !== undefined) chosen.set(kind, { ...first, more: parts });
  }
  return chosen;
}

/** The logical table an Excel table's name stands for, if it is one of the default names. */
export function kindByTableName(name: string): TableKind | null {
  const wanted = normaliseHeader(name);
  for (const [kind, names] of Object.entries(DEFAULT_TABLE_NAMES) as [
    TableKind,
    readonly string[],
  ][]) {
    if (names.some((candidate) => normaliseHeader(candidate) === wanted)) return kind;
  }
  return null;
}

function scanSheet(grid: Grid): FoundTable[] {
  const tables: FoundTable[] = [];
  /** Where the previous table ended: title lines are looked for between it and the next header. */
  let floor = 0;
  const isHeader = (cells: readonly RawCell[]): boolean =>
    mayBeHeader(cells) && recogniseHeader(cells) !== null;
  let index = 0;
  while (index < grid.rows.length) {
    const cells = grid.rows[index] ?? [];
    const header = mayBeHeader(cells) ? recogniseHeader(cells) : null;
    if (header === null) {
      index += 1;
      continue;
    }
    const rows: DataRow[] = [];
    let end = index + 1;
    while (end < grid.rows.length) {
      const next = grid.rows[end] ?? [];
      // A header, or the year row of a scenario summary block, starts something else.
      if (isHeader(next) || isYearsRow(next)) break;
      if (next.every(isBlank)) {
        // A blank row ends the table, unless (after any subsection label) its rows go on below:
        // a blank spacer inside a table must not silently drop the rows after it.
        const resume = resumeAfterGap(grid, end, header, isHeader);
        if (resume === null) break;
        end = resume;
        continue;
      }
      rows.push({ row: grid.top + end, cells: next });
      end += 1;
    }
    const titles = titlesAbove(grid, index, floor, TITLE_ROWS);
    const table = tableFrom(grid, index, header, rows, titles);
    tables.push(
      header.kind === 'members' ? { ...table, scenario: scenarioOfTitles(titles) } : table,
    );
    index = end;
    floor = end;
  }
  return tables;
}

/** How far above a header its title lines are looked for. */
const TITLE_ROWS = 6;

/**
 * Where a table's rows go on after a gap (blank rows, at most one one-cell label line), or null
 * when the gap ends the table: the next row is a header, a title, prose, or nothing.
 */
function resumeAfterGap(
  grid: Grid,
  blank: number,
  header: RecognisedHeader,
  isHeader: (cells: readonly RawCell[]) => boolean,
): number | null {
  let next = blank;
  while (next < grid.rows.length && (grid.rows[next] ?? []).every(isBlank)) next += 1;
  const filled = (cells: readonly RawCell[]): number =>
    cells.filter((cell) => !isBlank(cell)).length;
  if (next < grid.rows.length && filled(grid.rows[next] ?? []) === 1) {
    next += 1;
    while (next < grid.rows.length && (grid.rows[next] ?? []).every(isBlank)) next += 1;
  }
  const candidate = grid.rows[next];
  if (candidate === undefined || isHeader(candidate)) return null;
  // Like a data row of this table: two cells or more within its columns, its first column filled.
  const width = Math.max(...header.columns.map((column) => column.index)) + 1;
  const key = Math.min(...header.columns.map((column) => column.index));
  const inside = candidate.slice(0, width);
  return filled(inside) >= 2 && !isBlank(candidate[key]) ? next : null;
}

/** A cheap test that skips data rows: a header holds no amounts, only words and bare years. */
function mayBeHeader(cells: readonly RawCell[]): boolean {
  let words = 0;
  for (const cell of cells) {
    if (typeof cell === 'number' && !(Number.isInteger(cell) && cell >= 1900 && cell <= 2099))
      return false;
    if (typeof cell === 'string' && cell.trim() !== '') words += 1;
  }
  return words >= 2;
}

function dataRows(grid: Grid, offset: number, rows: readonly (readonly RawCell[])[]): DataRow[] {
  const result: DataRow[] = [];
  rows.forEach((cells, i) => {
    if (!cells.every(isBlank)) result.push({ row: grid.top + offset + i, cells });
  });
  return result;
}

function tableFrom(
  grid: Grid,
  headerIndex: number,
  header: RecognisedHeader,
  rows: DataRow[],
  titles: readonly Located<string>[] = [],
): FoundTable {
  const headerCells = grid.rows[headerIndex] ?? [];
  let width = 0;
  headerCells.forEach((cell, i) => {
    if (!isBlank(cell)) width = i + 1;
  });
  return {
    kind: header.kind,
    sheet: grid.sheet,
    source: grid.source,
    header,
    headerRow: grid.top + headerIndex,
    left: grid.left,
    width,
    headers: headerCells.slice(0, width).map(headerText),
    rows,
    titles,
    scenario: null,
    more: [],
  };
}

function samePlace(a: FoundTable, b: FoundTable): boolean {
  return a.sheet === b.sheet && a.headerRow === b.headerRow;
}
