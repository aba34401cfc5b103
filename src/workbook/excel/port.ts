/**
 * The workbook port over Excel's JavaScript API: the only code that calls `Excel.run` (given as
 * `run`, so the simulated host can stand in) or `context.sync`.
 */
import type { CellRef } from '../../engine';
import type {
  AdoptionWrite,
  ResultSheet,
  WorkbookChange,
  WorkbookPort,
  WorkbookSnapshot,
} from '../port';
import type { StoredSettings } from '../settings';
import { appendRows, removeRows } from './adoption-rows';
import { toWorkbookError } from './office-errors';
import { readWorkbook } from './read';
import { saveSettings } from './settings';
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
    writeAliases: (at: CellRef, aliases: string) =>
      guarded(async (context) => {
        const cell = context.workbook.worksheets.getItem(at.sheet).getRange(at.cell);
        cell.load('values');
        await context.sync();
        const before: unknown = cell.values[0]?.[0];
        cell.numberFormat = [['@']];
        cell.values = [[aliases]];
        await context.sync();
        // A cell's value is text, a number or a boolean; an empty cell's is ''.
        return typeof before === 'string' ||
          typeof before === 'number' ||
          typeof before === 'boolean'
          ? String(before)
          : '';
      }, at.sheet),
    appendRows: (writes: readonly AdoptionWrite[]) =>
      guarded((context) => appendRows(context, writes), writes[0]?.sheet ?? null),
    removeRows: (writes: readonly AdoptionWrite[]) =>
      guarded((context) => removeRows(context, writes), writes[0]?.sheet ?? null),
    watchChanges: (listener: (change: WorkbookChange) => void) =>
      guarded(async (context) => {
        // WorksheetCollection.onChanged is ExcelApi 1.9, the manifest's minimum: no client that
        // offers the add-in lacks it. The event names the sheet by id, the names come in one batch.
        const sheetName = sheetNames(run);
        const handler = context.workbook.worksheets.onChanged.add(async (event) => {
          listener({ sheet: await sheetName(event.worksheetId) });
        });
        await context.sync();
        return async () => {
          handler.remove();
          await handler.context.sync().catch(() => undefined);
        };
      }),
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

/**
 * A sheet's name by its id, or null when the sheet is gone or cannot be read. The names of every
 * sheet are read in one batch when an id is new (a run's writes raise an event per range, on
 * sheets it may just have added), so a burst of events costs one batch, not one each.
 */
function sheetNames(run: ExcelRun): (id: string) => Promise<string | null> {
  const names = new Map<string, string>();
  let reading: Promise<void> | null = null;
  const readAll = async (): Promise<void> => {
    try {
      await run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/id,items/name');
        await context.sync();
        names.clear();
        for (const sheet of sheets.items) names.set(sheet.id, sheet.name);
      });
    } catch {
      // Unknown names make the pane look at the workbook, which is never wrong, only slower.
    }
  };
  return async (id) => {
    if (!names.has(id)) {
      reading ??= readAll().finally(() => {
        reading = null;
      });
      await reading;
    }
    return names.get(id) ?? null;
  };
}
