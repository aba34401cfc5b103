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
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 1-based sheet column of cell index 0. */
  readonly left: number;
  /** Number of columns from `left` the table spans. */
  readonly width: number;
  /** The header row's cells as text, over the table's width. */
  readonly headers: readonly string[];
  readonly rows: readonly DataRow[];
  /**
   * The title lines just above the header on its sheet (one-cell rows, nearest first), such as
   * `Förslag på nya förändringsinsatser med start 2025` or `4.1 Scenario 1`. None for an Excel
   * table or a mapping, whose range is the table.
   */
  readonly titles: readonly Located<string>[];
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
 * The table's A1 range from its header row to its last data row.
 * @example tableRange(t) === 'A3:H27'
 */
export function tableRange(table: FoundTable): string {
  const lastRow = table.rows.at(-1)?.row ?? table.headerRow;
  const start = cellAddress(table.headerRow, table.left);
  const end = cellAddress(lastRow, table.left + Math.max(table.width, 1) - 1);
  return `${start}:${end}`;
}
