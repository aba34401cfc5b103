/**
 * A larger copy of a workbook for tests and benchmarks: the data rows of chosen Excel tables
 * repeated, each copy's names made unique, the tables grown with them.
 */
import type { SimWorkbook } from './model';
import { cellKey, cloneWorkbook } from './model';

/**
 * The workbook with the data rows of the named tables repeated `times` times in all; the text in
 * each table's first column gets ` #n` so names stay unique.
 * @example scaleTables(example, ['Tjanster', 'Forandringsinsatser'], 100)
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
    const first = table.top + 1;
    const height = table.bottom - first + 1;
    if ([...sheet.cells.keys()].some((key) => Number(key.split(',')[0]) > table.bottom)) {
      throw new Error(`Table ${name} has cells below it; scaling it would overwrite them.`);
    }
    for (let copy = 1; copy < times; copy++) {
      for (let row = first; row <= table.bottom; row++) {
        for (let column = table.left; column <= table.right; column++) {
          const cell = sheet.cells.get(cellKey(row, column));
          if (cell === undefined) continue;
          const value =
            column === table.left && typeof cell.value === 'string'
              ? `${cell.value} #${copy}`
              : cell.value;
          sheet.cells.set(cellKey(row + copy * height, column), { ...cell, value });
        }
      }
    }
    table.bottom = first + times * height - 1;
  }
  return scaled;
}
