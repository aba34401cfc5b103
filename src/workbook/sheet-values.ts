/**
 * The value a result sheet puts in a cell, as plain data: what a chart's cache must equal, and
 * what tests compare a chart's references with.
 */
import type { ResultCell, ResultSheet } from './port';

/**
 * A lookup of the sheet's cells: table titles, headers and rows, its free cells and the stamp.
 * @example sheetValues(report)(10, 1) === 'Scenario'
 */
export function sheetValues(sheet: ResultSheet): (row: number, column: number) => ResultCell {
  const values = new Map<string, ResultCell>();
  const put = (row: number, column: number, value: ResultCell): void => {
    values.set(`${row},${column}`, value);
  };
  put(sheet.stampRow ?? 1, 1, sheet.stamp);
  for (const cell of sheet.cells ?? []) put(cell.row, cell.column, cell.value);
  for (const table of sheet.tables) {
    put(table.top, table.left, table.title);
    table.columns.forEach((column, c) => {
      put(table.top + 1, table.left + c, column.header);
    });
    table.rows.forEach((row, r) => {
      table.columns.forEach((_, c) => {
        put(table.top + 2 + r, table.left + c, row[c] ?? null);
      });
    });
  }
  return (row, column) => values.get(`${row},${column}`) ?? null;
}
