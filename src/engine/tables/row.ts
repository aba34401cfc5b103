/**
 * Reading the cells of one data row by field, with every unreadable cell reported where it is.
 */
import type { CellRef, Located } from '../cells/raw';
import type { NumberCell } from '../cells/parse';
import { readNumber, readText } from '../cells/parse';

type Unreadable = Extract<NumberCell, { kind: 'excel-error' | 'uncalculated' | 'invalid' }>;
import type { ColumnBinding } from '../headers/recognise';
import type { Money } from '../money';
import type { WarningSink } from '../validation/warning';
import type { DataRow, FoundTable } from './grid';
import { cellRefAt } from './grid';
import type { Amount, YearAmounts } from './model';

export interface RowReader {
  /** The first column bound to a field, if the table has one. */
  readonly column: (field: string) => ColumnBinding | undefined;
  /** Every column bound to a field. */
  readonly columns: (field: string) => readonly ColumnBinding[];
  readonly at: (column: ColumnBinding) => CellRef;
  /** The cell as text; an Excel error is reported and reads as null. */
  readonly text: (column: ColumnBinding | undefined) => Located<string> | null;
  /** The cell as an amount in the result's unit; anything unreadable is reported and reads as no value. */
  readonly amount: (column: ColumnBinding | undefined) => Amount | null;
  /** The cell as a plain number (a year), never converted; unreadable reads as no value. */
  readonly number: (column: ColumnBinding | undefined) => Amount | null;
  /** Amounts of every per-year column of a field. */
  readonly amountsByYear: (field: string) => YearAmounts;
  /** The first cell of the row, for findings about the row as a whole. */
  readonly rowAt: CellRef;
}

/** The table's columns grouped by field, worked out once per table rather than once per row. */
const columnsByTable = new WeakMap<FoundTable, Map<string, ColumnBinding[]>>();

function columnsOf(table: FoundTable): Map<string, ColumnBinding[]> {
  let byField = columnsByTable.get(table);
  if (byField === undefined) {
    byField = new Map();
    for (const column of table.header.columns)
      byField.set(column.field, [...(byField.get(column.field) ?? []), column]);
    columnsByTable.set(table, byField);
  }
  return byField;
}

/**
 * A reader for one row of a found table; `conversion` gives what multiplies a column's amounts to
 * put them in the result's unit (1 when it is already in it).
 */
export function rowReader(
  table: FoundTable,
  row: DataRow,
  sink: WarningSink,
  conversion: (column: ColumnBinding) => Money,
): RowReader {
  const byField = columnsOf(table);
  const at = (column: ColumnBinding): CellRef => cellRefAt(table, row.row, column.index);
  /** Reports a cell that gives no value though it holds something. */
  const unreadable = (cell: Unreadable, column: ColumnBinding): void => {
    switch (cell.kind) {
      case 'excel-error':
        sink.add(
          { code: 'EXCEL_ERROR_VALUE', value: cell.code, column: column.header },
          at(column),
        );
        return;
      case 'uncalculated':
        sink.add(
          { code: 'FORMULA_WITHOUT_VALUE', formula: cell.formula, column: column.header },
          at(column),
        );
        return;
      case 'invalid':
        sink.add(
          { code: 'NOT_A_NUMBER', text: cell.text, column: column.header, reason: cell.reason },
          at(column),
        );
        return;
    }
  };
  const text = (column: ColumnBinding | undefined): Located<string> | null => {
    if (column === undefined) return null;
    const cell = readText(row.cells[column.index]);
    switch (cell.kind) {
      case 'text':
        return { value: cell.value, at: at(column) };
      case 'empty':
        return null;
      case 'excel-error':
      case 'uncalculated':
        unreadable(cell, column);
        return null;
    }
  };
  const number = (column: ColumnBinding | undefined): Amount | null => {
    if (column === undefined) return null;
    const cell = readNumber(row.cells[column.index]);
    const value = ((): Money | null => {
      switch (cell.kind) {
        case 'number':
          return cell.value;
        case 'empty':
          return null;
        case 'excel-error':
        case 'uncalculated':
        case 'invalid':
          unreadable(cell, column);
          return null;
      }
    })();
    const heldSomething = cell.kind !== 'number' && cell.kind !== 'empty';
    return { value, at: at(column), column: column.header, unreadable: heldSomething };
  };
  const amount = (column: ColumnBinding | undefined): Amount | null => {
    const read = number(column);
    if (column === undefined || read?.value == null) return read;
    const factor = conversion(column);
    return factor.equals(1) ? read : { ...read, value: read.value.mul(factor) };
  };
  const amountsByYear = (field: string): YearAmounts => {
    const result = new Map<number, Amount>();
    for (const column of byField.get(field) ?? []) {
      if (column.year === null) continue;
      const value = amount(column);
      if (value !== null) result.set(column.year, value);
    }
    return result;
  };
  return {
    column: (field) => byField.get(field)?.[0],
    columns: (field) => byField.get(field) ?? [],
    at,
    text,
    amount,
    number,
    amountsByYear,
    rowAt: cellRefAt(table, row.row, 0),
  };
}
