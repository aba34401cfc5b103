/**
 * Finding the logical tables: in mapped ranges, in Excel tables, and by header rows on sheets.
 * When one kind is found in several places, a mapping beats an Excel table beats a sheet region.
 */
import type { Located, RawCell } from '../cells/raw';
import { cellAddress } from '../cells/raw';
import { isBlank, readNumber } from '../cells/parse';
import type { RecognisedHeader } from '../headers/recognise';
import { bindColumns, headerText, recogniseHeader } from '../headers/recognise';
import type { TableKind } from '../headers/words';
import { normaliseHeader } from '../text/normalise';
import type { WarningSink } from '../validation/warning';
import type { DataRow, FoundTable, Grid, GridSource } from './grid';
import { cellRefAt } from './grid';
import { composeHeader, holdsBareYear, mayBeHeader, mayBeHeaderRow } from './header-rows';
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
 * Every table a grid holds. A sheet may hold several tables one below another, each ending at the
 * next header row, or at a blank row followed by a title, a header (known or not) or nothing;
 * title lines above a header are passed over. A header may span two or three rows
 * (see header-rows.ts); an Excel table's or a mapped range's header is its first row.
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
          oneRow(bindColumns(grid.source.table, first, grid.source.columns ?? []), first),
          dataRows(grid, 1, rest),
        ),
      ];
    case 'excel-table': {
      const kind = kindByTableName(grid.source.name);
      const header = kind === null ? recogniseHeader(first) : bindColumns(kind, first);
      return header === null
        ? []
        : [tableFrom(grid, 0, oneRow(header, first), dataRows(grid, 1, rest))];
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

/** The most header rows a header is read over. */
const MAX_HEADER_ROWS = 3;

/** A header found at a row: what it binds, its columns as written, and the rows it spans. */
interface HeaderAt {
  readonly header: RecognisedHeader;
  readonly rows: number;
  readonly cells: readonly string[];
  /** Per column, the 0-based offset of its own header cell from the first header row. */
  readonly cellRows: readonly number[];
}

function scanSheet(grid: Grid): FoundTable[] {
  const tables: FoundTable[] = [];
  /** Where the previous table ended: title lines are looked for between it and the next header. */
  let floor = 0;
  const isHeader = (cells: readonly RawCell[]): boolean =>
    mayBeHeader(cells) && recogniseHeader(cells) !== null;
  let index = 0;
  while (index < grid.rows.length) {
    const found = headerAt(grid, index);
    if (found === null || titleAbove(grid, index, found)) {
      index += 1;
      continue;
    }
    const { header } = found;
    const rows: DataRow[] = [];
    const readOn: Located<string>[] = [];
    /** A label passed over in a gap: said only once a row under it is read as this table's. */
    let label: Located<string> | null = null;
    let end = index + found.rows;
    while (end < grid.rows.length) {
      const next = grid.rows[end] ?? [];
      // A header, or the year row of a scenario summary block, starts something else.
      if (isHeader(next) || isYearsRow(next)) break;
      if (next.every(isBlank)) {
        // A blank row ends the table, unless (after any subsection label) its rows go on below:
        // a blank spacer inside a table must not silently drop the rows after it.
        const resume = resumeAfterGap(grid, end, header, rows);
        if (resume === null) break;
        label = resume.label;
        end = resume.next;
        continue;
      }
      rows.push({ row: grid.top + end, cells: next });
      if (label !== null) readOn.push(label);
      label = null;
      end += 1;
    }
    const titles = titlesAbove(grid, index, floor);
    const table = { ...tableFrom(grid, index, found, rows, titles), readOn };
    tables.push(
      header.kind === 'members' ? { ...table, scenario: scenarioOfTitles(titles) } : table,
    );
    index = end;
    floor = end;
  }
  return tables;
}

/**
 * The header starting at a row: read over one row, or over two or three when that reads better
 * (see `readsBetter`).
 */
function headerAt(grid: Grid, index: number): HeaderAt | null {
  const first = grid.rows[index] ?? [];
  let best: HeaderAt | null = null;
  if (mayBeHeader(first)) {
    const header = recogniseHeader(first);
    if (header !== null) best = { header, rows: 1, cells: first.map(headerText), cellRows: [] };
  }
  for (let count = 2; count <= MAX_HEADER_ROWS; count++) {
    const rows = grid.rows.slice(index, index + count);
    if (rows.length < count || !rows.every(mayBeHeaderRow)) break;
    // Rows stacked into one header carry years (a group over them, a year row above or below).
    if (!rows.some(holdsBareYear)) continue;
    const composed = composeHeader(rows);
    // Words stacked on words are a data row under a header, or a title over one: never a header.
    if (composed.wordOverWord || !mayBeHeader(composed.cells)) continue;
    const header = recogniseHeader(composed.cells);
    if (header === null) continue;
    if (best === null || readsBetter(header, best.header))
      best = { header, rows: count, cells: composed.cells, cellRows: composed.cellRows };
  }
  return best;
}

/**
 * True when a reading over more rows beats the one over fewer: it binds more columns, or as many
 * with a year for as many of them (`Estimerad kostnad` over `2025`, `Kostnad` over `2025` over
 * `tkr`: the rows below only add years and units).
 */
function readsBetter(candidate: RecognisedHeader, best: RecognisedHeader): boolean {
  if (candidate.columns.length !== best.columns.length)
    return candidate.columns.length > best.columns.length;
  const withYear = (header: RecognisedHeader): number =>
    header.columns.filter((column) => column.year !== null).length;
  return withYear(candidate) >= withYear(best);
}

/**
 * True when a header read over several rows starts at a title line: the rows below it read as a
 * header binding as many columns without it.
 */
function titleAbove(grid: Grid, index: number, found: HeaderAt): boolean {
  if (found.rows === 1) return false;
  const below = headerAt(grid, index + 1);
  return below !== null && below.header.columns.length >= found.header.columns.length;
}

/**
 * Where a table's rows go on after a gap (blank rows, at most one one-cell label line), or null
 * when the gap ends the table: the next row is a header (recognised or not), or nothing.
 * A one-cell line followed by a row of this table's data is a subsection label (returned, so the
 * reading on is said there); followed by anything else it is a title, and the table ends above it.
 */
function resumeAfterGap(
  grid: Grid,
  blank: number,
  header: RecognisedHeader,
  rowsSoFar: readonly DataRow[],
): { readonly next: number; readonly label: Located<string> | null } | null {
  let next = blank;
  while (next < grid.rows.length && (grid.rows[next] ?? []).every(isBlank)) next += 1;
  const filledCells = (cells: readonly RawCell[]): { cell: RawCell; column: number }[] =>
    cells.flatMap((cell, column) => (isBlank(cell) ? [] : [{ cell, column }]));
  const filled = (cells: readonly RawCell[]): number => filledCells(cells).length;
  let label: Located<string> | null = null;
  const [only, ...others] = filledCells(grid.rows[next] ?? []);
  if (next < grid.rows.length && only !== undefined && others.length === 0) {
    label = {
      value: headerText(only.cell),
      at: { sheet: grid.sheet, cell: cellAddress(grid.top + next, grid.left + only.column) },
    };
    next += 1;
    while (next < grid.rows.length && (grid.rows[next] ?? []).every(isBlank)) next += 1;
  }
  const candidate = grid.rows[next];
  if (candidate === undefined || headerAt(grid, next) !== null) return null;
  if (mayBeHeader(candidate) && !readsAsDataOf(candidate, header, rowsSoFar)) return null;
  // Like a data row of this table: two cells or more within its columns, its first column filled.
  const width = Math.max(...header.columns.map((column) => column.index)) + 1;
  const key = Math.min(...header.columns.map((column) => column.index));
  const inside = candidate.slice(0, width);
  return filled(inside) >= 2 && !isBlank(candidate[key]) ? { next, label } : null;
}

/**
 * True when a row of words could be a row of this table: in every column where the table's rows
 * so far hold amounts, it holds an amount or nothing (`N/A`, `Ej känt` included). An unrelated
 * table's header row (`Mål 2025` over amounts) does not.
 */
function readsAsDataOf(
  cells: readonly RawCell[],
  header: RecognisedHeader,
  rowsSoFar: readonly DataRow[],
): boolean {
  return header.columns.every((column) => {
    const amounts = rowsSoFar.some((row) => readNumber(row.cells[column.index]).kind === 'number');
    if (!amounts) return true;
    const kind = readNumber(cells[column.index]).kind;
    return kind === 'number' || kind === 'empty';
  });
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
  found: Pick<HeaderAt, 'header' | 'rows' | 'cells' | 'cellRows'>,
  rows: DataRow[],
  titles: readonly Located<string>[] = [],
): FoundTable {
  let width = 0;
  found.cells.forEach((cell, i) => {
    if (cell !== '') width = i + 1;
  });
  const top = grid.top + headerIndex;
  return {
    kind: found.header.kind,
    sheet: grid.sheet,
    source: grid.source,
    header: found.header,
    headerRow: top,
    headerRows: found.rows,
    headerCellRows: found.cellRows.slice(0, width).map((offset) => top + offset),
    left: grid.left,
    width,
    headers: found.cells.slice(0, width),
    rows,
    titles,
    readOn: [],
    scenario: null,
    more: [],
  };
}

/** A header read over its first row, as an Excel table's or a mapped range's is. */
function oneRow(header: RecognisedHeader, cells: readonly RawCell[]): HeaderAt {
  return { header, rows: 1, cells: cells.map(headerText), cellRows: [] };
}

function samePlace(a: FoundTable, b: FoundTable): boolean {
  return a.sheet === b.sheet && a.headerRow === b.headerRow;
}
