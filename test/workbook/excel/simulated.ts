/**
 * A simulated Excel host holding a real workbook, and the pieces to run the pipeline against it.
 */
import { createPipeline } from '../../../src/pipeline/pipeline';
import type { RunOptions } from '../../../src/pipeline/pipeline';
import { excelPort } from '../../../src/workbook/excel/port';
import type { ExcelPortOptions } from '../../../src/workbook/excel/port';
import type { HostOptions, SimWorkbook } from '../../../src/workbook/simulated-excel';
import {
  cloneWorkbook,
  newSheet,
  SimulatedExcel,
  simulatedRun,
  simulatedWorkbookFrom,
} from '../../../src/workbook/simulated-excel';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { fixture, FIXED_NOW } from '../xlsx/helpers';

/** The workbook in a fixture or example file, as the simulated host holds it. */
export async function simulatedWorkbook(file: string): Promise<SimWorkbook> {
  return simulatedWorkbookFrom(await readXlsx(fixture(file)));
}

export function hostAndPort(
  workbook: SimWorkbook,
  options: HostOptions = {},
  portOptions: ExcelPortOptions = {},
) {
  const host = new SimulatedExcel(workbook, options);
  return { host, port: excelPort(simulatedRun(host), portOptions) };
}

export const pipeline = createPipeline({ version: '0.1.0', now: () => FIXED_NOW });
export const SWEDISH: RunOptions = { language: 'sv' };

/**
 * A copy of a workbook with a sheet `Kommentarer` of 3 000 rows of two long comments each (the
 * note repeated `repeat` times): values far dearer a cell than the adapter's estimate.
 */
export function withLongComments(workbook: SimWorkbook, note: string, repeat: number): SimWorkbook {
  const copy = cloneWorkbook(workbook);
  const comments = newSheet('Kommentarer');
  const text = note.repeat(repeat);
  for (let row = 1; row <= 3_000; row++)
    for (let column = 1; column <= 2; column++)
      comments.cells.set(`${row},${column}`, {
        value: `${String(row)}: ${text}`,
        numberFormat: 'General',
      });
  copy.sheets.push(comments);
  return copy;
}
