/**
 * The simulated Excel host: an in-memory workbook behind the part of Excel's JavaScript API the
 * adapter uses, as strict as Excel. Tests and the pane's preview drive it.
 */
import type { ExcelRun } from '../excel/port';
import type { SimulatedExcel } from './host';

export { SimulatedExcel, REQUEST_LIMIT_BYTES } from './host';
export type { HostOptions, HostStats } from './host';
export { SimulatedOfficeError } from './errors';
export { cloneWorkbook, newSheet, sheetCells, simulatedWorkbookFrom } from './model';
export type { SimWorkbook, SimSheet, SimTable, SimName, SimChart, SimChartSeries } from './model';

/** The host's `run`, typed as `Excel.run`: the one place the simulation is taken for the real API. */
export function simulatedRun(host: SimulatedExcel): ExcelRun {
  return host.run as unknown as ExcelRun;
}
