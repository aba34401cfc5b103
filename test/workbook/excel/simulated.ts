/**
 * A simulated Excel host holding a real workbook, and the pieces to run the pipeline against it.
 */
import { createPipeline } from '../../../src/pipeline/pipeline';
import type { RunOptions } from '../../../src/pipeline/pipeline';
import { excelPort } from '../../../src/workbook/excel/port';
import type { ExcelPortOptions } from '../../../src/workbook/excel/port';
import type { HostOptions, SimWorkbook } from '../../../src/workbook/simulated-excel';
import {
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
