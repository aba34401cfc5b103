/**
 * A larger copy of a workbook for tests and benchmarks: the data rows of chosen Excel tables
 * repeated, each copy's keys made unique, the tables grown with them and whatever lies below them
 * moved down, as when rows are inserted in Excel.
 */
import type { SimSheet, SimTable, SimWorkbook } from './model';
import { cellKey, cloneWorkbook } from './model';

/**
 * The workbook with the data rows of the named tables repeated `times` times in all. In each
 * copy the first column is made unique: text gets ` #n`, a number gets n times the column's
 * largest number added (scenario 1 of copy 1 becomes 4 when there are 3), so a table naming
 * another table's keys by number (the members of a scenario) stays consistent when both grow by
 * the same factor. Cells and tables below a grown table move down with it.
 * @example scaleTables(example, ['Tjanster', 'Forandringsinsatser', 'Scenarier', 'Scenarioinsatser'], 1000)
 */
export function scaleTables(
  workbook: SimWorkbook,
  tableNames: readonly string[],
  times: number,
): SimWorkbook {
  const scaled = cloneWorkbook(workbook);
  for (const name of tableNames) {
    const table = scaled.tables.find((t) => t.name === name);
    const sheet = scaled.sheets.find((s) => s.name === table?.sheet);
    if (table === undefined || sheet === undefined) throw new Error(`No table ${name} to scale.`);
    const first = table.top + (table.showHeaders ? 1 : 0);
    const last = table.bottom - (table.showTotals ? 1 : 0);
    const height = last - first + 1;
    if (times <= 1 || height <= 0) continue;
    const added = (times - 1) * height;
    moveDown(scaled, sheet, last, added);
    const largest = largestNumber(sheet, table, first, last);
    for (let copy = 1; copy < times; copy++) {
      for (let row = first; row <= last; row++) {
        for (let column = table.left; column <= table.right; column++) {
          const cell = sheet.cells.get(cellKey(row, column));
          if (cell === undefined) continue;
          const value =
            column !== table.left
              ? cell.value
              : typeof cell.value === 'string'
                ? `${cell.value} #${copy}`
                : typeof cell.value === 'number'
                  ? cell.value + copy * largest
                  : cell.value;
          sheet.cells.set(cellKey(row + copy * height, column), { ...cell, value });
        }
      }
    }
    table.bottom += added;
  }
  return scaled;
}

/** Rows below `row` on the sheet, and the tables there, `count` rows further down. */
function moveDown(workbook: SimWorkbook, sheet: SimSheet, row: number, count: number): void {
  const below = [...sheet.cells].filter(([key]) => rowOf(key) > row);
  for (const [key] of below) sheet.cells.delete(key);
  for (const [key, cell] of below) {
    const comma = key.indexOf(',');
    sheet.cells.set(cellKey(rowOf(key) + count, Number(key.slice(comma + 1))), cell);
  }
  for (const table of workbook.tables) {
    if (table.sheet !== sheet.name || table.top <= row) continue;
    table.top += count;
    table.bottom += count;
  }
}

function rowOf(key: string): number {
  return Number(key.slice(0, key.indexOf(',')));
}

/** The largest number in the table's first column (0 if none), for numbering the copies. */
function largestNumber(sheet: SimSheet, table: SimTable, first: number, last: number): number {
  let largest = 0;
  for (let row = first; row <= last; row++) {
    const value = sheet.cells.get(cellKey(row, table.left))?.value;
    if (typeof value === 'number') largest = Math.max(largest, value);
  }
  return largest;
}
