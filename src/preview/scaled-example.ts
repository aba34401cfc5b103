/**
 * The example with its tables repeated (`?scale=100`), for the pane's benchmark: scaleTables makes
 * each copy's first column unique, and here each copy's initiatives get names of their own too
 * (`… #2`, in the initiatives table and in the scenarios' member lists alike), so that a what-if
 * can name one initiative of thousands, as in a real workbook.
 */
import type { SimWorkbook } from '../workbook/simulated-excel';
import { cellKey } from '../workbook/simulated-excel/model';
import { scaleTables } from '../workbook/simulated-excel/scale';

/** The tables repeated, and the column (from the table's left, 0-based) that names an initiative. */
const SCALED: Readonly<Record<string, number | null>> = {
  Tjanster: null,
  Forandringsinsatser: 1,
  Scenarier: null,
  Scenarioinsatser: 1,
};

/** The example's tables repeated `times` times, each copy's initiatives named apart. */
export function scaledExample(workbook: SimWorkbook, times: number): SimWorkbook {
  const scaled = scaleTables(workbook, Object.keys(SCALED), times);
  for (const [name, offset] of Object.entries(SCALED)) {
    const table = scaled.tables.find((t) => t.name === name);
    const sheet = scaled.sheets.find((s) => s.name === table?.sheet);
    if (offset === null || table === undefined || sheet === undefined) continue;
    const first = table.top + (table.showHeaders ? 1 : 0);
    const last = table.bottom - (table.showTotals ? 1 : 0);
    const height = (last - first + 1) / times;
    for (let row = first + height; row <= last; row++) {
      const key = cellKey(row, table.left + offset);
      const cell = sheet.cells.get(key);
      if (typeof cell?.value === 'string')
        sheet.cells.set(key, {
          ...cell,
          value: `${cell.value} #${Math.floor((row - first) / height) + 1}`,
        });
    }
  }
  return scaled;
}
