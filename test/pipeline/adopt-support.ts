/**
 * Workbooks and what-ifs the adoption's tests share: the example as shipped, and the example with
 * room below its scenarios table (its member list moved to a sheet of its own, as a controller
 * would lay a template out to grow).
 */
import type { SimSheet, SimWorkbook } from '../../src/workbook/simulated-excel';
import { cloneWorkbook, newSheet } from '../../src/workbook/simulated-excel';
import { cellKey } from '../../src/workbook/simulated-excel/model';
import { simulatedWorkbook } from '../workbook/excel/simulated';

export const EXAMPLE = 'examples/arlig-analys-2025.xlsx';

export { AI_IN_3 } from '../support/what-ifs';

/**
 * The example with its member list (Scenarier!A13:C35, the table Scenarioinsatser) moved to a
 * sheet `Scenarioinsatser` (A1:C23): the cells below the scenarios table are then empty.
 */
export async function exampleWithRoom(): Promise<SimWorkbook> {
  const workbook = cloneWorkbook(await simulatedWorkbook(EXAMPLE));
  const scenarios = sheet(workbook, 'Scenarier');
  const members = newSheet('Scenarioinsatser');
  for (let row = 13; row <= 35; row++)
    for (let column = 1; column <= 3; column++) {
      const cell = scenarios.cells.get(cellKey(row, column));
      scenarios.cells.delete(cellKey(row, column));
      if (cell !== undefined) members.cells.set(cellKey(row - 12, column), cell);
    }
  workbook.sheets.push(members);
  const table = workbook.tables.find((t) => t.name === 'Scenarioinsatser');
  if (table === undefined) throw new Error('The example has no table Scenarioinsatser.');
  Object.assign(table, {
    sheet: 'Scenarioinsatser',
    top: table.top - 12,
    bottom: table.bottom - 12,
  });
  return workbook;
}

/** The example (with room) with no Excel tables: every table a plain range on its sheet. */
export async function plainRanges(): Promise<SimWorkbook> {
  const workbook = await exampleWithRoom();
  workbook.tables = [];
  return workbook;
}

export function sheet(workbook: SimWorkbook, name: string): SimSheet {
  const found = workbook.sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`No sheet ${name}.`);
  return found;
}

/**
 * Every cell of the named sheets (value, format, formula), sorted, for comparing cell by cell; an
 * empty cell of the General format is left out, as Excel cannot tell it from no cell at all.
 */
export function inputCells(workbook: SimWorkbook, names: readonly string[]): unknown {
  return names.map((name) => [
    name,
    [...sheet(workbook, name).cells]
      .filter(([, cell]) => !(cell.value === '' && cell.numberFormat === 'General'))
      .sort(([a], [b]) => a.localeCompare(b)),
  ]);
}
