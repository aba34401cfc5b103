/**
 * Cutting a range's cells out of a sheet's snapshot: how an Excel table, a mapped range or a used
 * table is taken from the cells a door read. Both doors and the pipeline cut with this one function.
 */
import type { CellRange, RawCell } from '../engine';
import type { SheetSnapshot } from './port';

/**
 * The range's cells, row by row; a cell outside what was read is empty, and rows past the sheet's
 * last read row are left out (a mapping to `A1:F1048576` gives the sheet's rows, not a million).
 * @example cutRange({ top: 1, left: 1, rows: [[1, 2], [3, 4]] }, { top: 2, left: 2, bottom: 9, right: 3 }) → [[4, null]]
 */
export function cutRange(
  sheet: Pick<SheetSnapshot, 'top' | 'left' | 'rows'>,
  range: Pick<CellRange, 'top' | 'left' | 'bottom' | 'right'>,
): RawCell[][] {
  const rows: RawCell[][] = [];
  const last = Math.min(range.bottom, sheet.top + sheet.rows.length - 1);
  for (let row = range.top; row <= last; row++) {
    const cells = sheet.rows[row - sheet.top] ?? [];
    const out: RawCell[] = [];
    for (let column = range.left; column <= range.right; column++)
      out.push(cells[column - sheet.left] ?? null);
    rows.push(out);
  }
  return rows;
}
