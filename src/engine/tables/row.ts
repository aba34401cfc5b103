/**
 * Reading the cells of one data row by field, with every unreadable cell reported where it is.
 */
import type { CellRef, Located, RawCell } from '../cells/raw';
import type { NumberCell } from '../cells/parse';
import { readNumber, readText } from '../cells/parse';

type Unreadable = Extract<NumberCell, { kind: 'excel-error' | 'uncalculated' | 'invalid' }>;
import type { ColumnBinding } from '../headers/recognise';
import type { Money } from '../money';
import type { WarningSink } from '../validation/warning';
import type { DataRow, FoundTable } from './grid';
import { cellRefAt } from './grid';
import type { Amount, YearAmounts } from './model';
import { unitNamed } from '../settings';
import type { AmountUnits } from './units';
import { conversionFactor } from './units';

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
 * A reader for one row of a found table; `units` gives the unit a column's amounts are written in
 * and the result's, into which they are converted.
 */
export function rowReader(
  table: FoundTable,
  row: DataRow,
  sink: WarningSink,
  units: (column: ColumnBinding) => AmountUnits,
): RowReader {
  const byField = columnsOf(table);
  const at = (column: ColumnBinding): CellRef => cellRefAt(table, row.row, column.index);
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
        reportUnreadable(cell, at(column), column.header, sink);
        return null;
    }
  };
  const amount = (column: ColumnBinding | undefined): Amount | null =>
    column === undefined
      ? null
      : readAmount(row.cells[column.index], at(column), column.header, sink, units(column));
  const number = (column: ColumnBinding | undefined): Amount | null => {
    if (column === undefined) return null;
    const cell = readNumber(row.cells[column.index]);
    if (cell.kind === 'number')
      return { value: cell.value, at: at(column), column: column.header, unreadable: false };
    return readAmount(row.cells[column.index], at(column), column.header, sink, PLAIN);
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

/** Reports a cell that gives no value though it holds something. */
function reportUnreadable(cell: Unreadable, at: CellRef, column: string, sink: WarningSink): void {
  switch (cell.kind) {
    case 'excel-error':
      sink.add({ code: 'EXCEL_ERROR_VALUE', value: cell.code, column }, at);
      return;
    case 'uncalculated':
      sink.add({ code: 'FORMULA_WITHOUT_VALUE', formula: cell.formula, column }, at);
      return;
    case 'invalid':
      sink.add({ code: 'NOT_A_NUMBER', text: cell.text, column, reason: cell.reason }, at);
      return;
  }
}

/** Units for a number that is no amount (a year): nothing converts it. */
const PLAIN: AmountUnits = { column: 'tkr', result: 'tkr' };

/**
 * One cell read as an amount at its place, converted from its column's unit into the result's;
 * anything unreadable is reported and reads as no value.
 * @example readAmount('6000 tkr', { sheet: 'Analys', cell: 'B40' }, '2025', sink, { column: 'tkr', result: 'MSEK' }).value → 6
 */
export function readAmount(
  raw: RawCell,
  at: CellRef,
  column: string,
  sink: WarningSink,
  units: AmountUnits,
): Amount {
  const cell = readNumber(raw);
  const value = ((): Money | null => {
    switch (cell.kind) {
      case 'number': {
        // A cell that writes its own unit (`37,9 MSEK`) is in that unit, whatever its column's:
        // converted, exactly, and said.
        const written = cell.unit === undefined ? null : unitNamed(cell.unit);
        const from = written ?? units.column;
        const converted = cell.value.mul(conversionFactor(from, units.result));
        if (written !== null && written !== units.column)
          sink.add(
            {
              code: 'CELL_UNIT_CONVERTED',
              // Only a text writes a unit: quoted as the cell writes it.
              written:
                typeof raw === 'string'
                  ? raw.trim()
                  : `${cell.value.toString()} ${cell.unit ?? ''}`,
              unit: written,
              value: converted,
              into: units.result,
            },
            at,
          );
        return converted;
      }
      case 'empty':
        return null;
      case 'excel-error':
      case 'uncalculated':
      case 'invalid':
        reportUnreadable(cell, at, column, sink);
        return null;
    }
  })();
  const heldSomething = cell.kind !== 'number' && cell.kind !== 'empty';
  return { value, at, column, unreadable: heldSomething };
}
