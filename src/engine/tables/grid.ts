/**
 * The engine's input: grids of raw cells cut from a workbook, and the tables found in them.
 */
import type { CellRef, Located, RawCell } from '../cells/raw';
import { cellAddress } from '../cells/raw';
import type { ColumnOverride, RecognisedHeader } from '../headers/recognise';
import type { TableKind } from '../headers/words';

/** Where a grid came from; this decides how its tables are found and which one wins. */
export type GridSource =
  /** The user mapped this range to a table: its first row is the header row. */
  | {
      readonly kind: 'mapping';
      readonly table: TableKind;
      readonly columns?: readonly ColumnOverride[];
    }
  /** An Excel table (ListObject): its first row is the header row. */
  | { readonly kind: 'excel-table'; readonly name: string }
  /** A sheet's used range: tables are found by their header rows. */
  | { readonly kind: 'sheet' };

export interface Grid {
  readonly sheet: string;
  /** 1-based sheet row of `rows[0]`. */
  readonly top: number;
  /** 1-based sheet column of each row's first cell. */
  readonly left: number;
  readonly rows: readonly (readonly RawCell[])[];
  readonly source: GridSource;
}

export interface DataRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: readonly RawCell[];
}

/** A logical table found in a grid: its header, its data rows, and where it sits. */
export interface FoundTable {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly source: GridSource;
  readonly header: RecognisedHeader;
  /** 1-based sheet row of the (first) header row. */
  readonly headerRow: number;
  /** How many rows the header spans: 1, or 2-3 for a header read top to bottom (data start below). */
  readonly headerRows: number;
  /**
   * Per column index, the 1-based sheet row of the column's own header cell: the lowest header row
   * with something written in that column. Absent (or shorter) means `headerRow`.
   */
  readonly headerCellRows?: readonly number[];
  /** 1-based sheet column of cell index 0. */
  readonly left: number;
  /** Number of columns from `left` the table spans. */
  readonly width: number;
  /** Each column's header as text, over the table's width (composed when over several rows). */
  readonly headers: readonly string[];
  readonly rows: readonly DataRow[];
  /**
   * The title lines just above the header on its sheet (one-cell rows, nearest first), such as
   * `Förslag på nya förändringsinsatser med start 2025` or `4.1 Scenario 1`. None for an Excel
   * table or a mapping, whose range is the table.
   */
  readonly titles: readonly Located<string>[];
  /**
   * The one-cell lines after a blank row inside the table, under which its rows go on
   * (`Digital infrastruktur`): its rows are read on under them, and that is said at each.
   */
  readonly readOn: readonly Located<string>[];
  /** For a member list under a scenario's heading: the scenario the heading names. */
  readonly scenario: Located<string> | null;
  /** Further member lists, each under its own scenario's heading, read as one table with this. */
  readonly more: readonly FoundTable[];
}

/** The cell of a table's row at a 0-based column index. */
export function cellRefAt(table: FoundTable, row: number, index: number): CellRef {
  return { sheet: table.sheet, cell: cellAddress(row, table.left + index) };
}

/**
 * The header cell of a column, where findings about the column point: for a header over several
 * rows, the lowest one holding something in that column (the word under a year, the year under a
 * group label merged across columns, a label merged down at its top-left cell).
 * @example headerCellRef(t, 2) // { sheet: 'Tjänster', cell: 'C4' }
 */
export function headerCellRef(table: FoundTable, index: number): CellRef {
  return cellRefAt(table, table.headerCellRows?.[index] ?? table.headerRow, index);
}

/**
 * The table's A1 range from its header row to its last data row.
 * @example tableRange(t) === 'A3:H27'
 */
export function tableRange(table: FoundTable): string {
  const lastRow = table.rows.at(-1)?.row ?? table.headerRow + table.headerRows - 1;
  const start = cellAddress(table.headerRow, table.left);
  const end = cellAddress(lastRow, table.left + Math.max(table.width, 1) - 1);
  return `${start}:${end}`;
}
