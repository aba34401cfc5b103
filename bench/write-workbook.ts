/**
 * Writes generated grids to an .xlsx file with ExcelJS, for the end-to-end benchmark: one sheet per
 * grid, its rows from A1, values as the grid holds them (numbers, text, booleans, dates, Excel
 * error values; a formula without a computed value as a bare formula).
 *
 * ExcelJS's streaming writer keeps memory flat for large workbooks; text goes to the shared-string
 * table and the workbook gets a styles part, as a file saved by Excel has.
 */
import ExcelJS from 'exceljs';

import type { Grid, RawCell } from '../src/engine';

/** A raw cell as ExcelJS writes it. */
function cellValue(raw: RawCell): ExcelJS.CellValue {
  if (raw === null || raw === undefined) return null;
  if (
    typeof raw === 'string' ||
    typeof raw === 'number' ||
    typeof raw === 'boolean' ||
    raw instanceof Date
  )
    return raw;
  if (raw.kind === 'excel-error') return { error: raw.code as ExcelJS.CellErrorValue['error'] };
  return { formula: raw.formula };
}

/**
 * Writes `grids` to `file`, each grid as a sheet of its name with its rows from A1.
 * @example await writeWorkbook(generateGrids(DOCUMENT_SIZE), '/tmp/document.xlsx')
 */
export async function writeWorkbook(grids: readonly Grid[], file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  for (const grid of grids) {
    const worksheet = workbook.addWorksheet(grid.sheet);
    for (const row of grid.rows) worksheet.addRow(row.map(cellValue)).commit();
    worksheet.commit();
  }
  await workbook.commit();
}
