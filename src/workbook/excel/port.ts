/**
 * The workbook port over Excel's JavaScript API: the only code that calls `Excel.run` (given as
 * `run`, so the simulated host can stand in) or `context.sync`.
 */
import type { CellRef } from '../../engine';
import type { ResultSheet, WorkbookPort, WorkbookSnapshot } from '../port';
import type { StoredSettings } from '../settings';
import { toWorkbookError } from './office-errors';
import { readWorkbook } from './read';
import { readSettings, saveSettings } from './settings';
import { DEFAULT_REQUEST_BUDGET_BYTES, writeWorkbook } from './write';

/** `Excel.run`'s shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real `Excel.run`, for the add-in; tests and the preview pass the simulated host's. */
export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

export interface ExcelPortOptions {
  /** Bytes one sync may carry (default 4 MiB, under Excel on the web's 5 MB limit). */
  readonly requestBudgetBytes?: number;
}

/**
 * A port for the workbook open in Excel.
 * @example createPipeline(deps).run(excelPort(Excel.run), { language: 'sv' })
 */
export function excelPort(run: ExcelRun, options: ExcelPortOptions = {}): WorkbookPort {
  const guarded = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    sheet: string | null = null,
  ): Promise<T> => {
    try {
      return await run(batch);
    } catch (error) {
      throw toWorkbookError(error, sheet);
    }
  };
  return {
    read: (): Promise<WorkbookSnapshot> => guarded(readWorkbook),
    write: (sheets: readonly ResultSheet[], settings: StoredSettings): Promise<void> =>
      guarded((context) =>
        writeWorkbook(
          context,
          sheets,
          settings,
          options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES,
        ),
      ),
    readSettings: () => guarded(readSettings),
    writeAliases: (at: CellRef, aliases: string) =>
      guarded(async (context) => {
        const cell = context.workbook.worksheets.getItem(at.sheet).getRange(at.cell);
        cell.numberFormat = [['@']];
        cell.values = [[aliases]];
        await context.sync();
      }, at.sheet),
    saveSettings: (settings: StoredSettings) =>
      guarded((context) => saveSettings(context, settings)),
    select: (sheet: string, cell: string | null): Promise<void> =>
      guarded(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        if (cell === null) ws.activate();
        else {
          ws.activate();
          ws.getRange(cell).select();
        }
        await context.sync();
      }),
  };
}
