/**
 * The preview's wiring, as src/office-runtime.ts wires the add-in's but without Office: one
 * pipeline, and for the workbook that is open one simulated host and one session, which the pane
 * and the ribbon function share, so their runs never overlap.
 */
import type { Language } from '../engine';
import { createPipeline } from '../pipeline/pipeline';
import type { Session } from '../pipeline/session';
import { createSession } from '../pipeline/session';
import { VERSION } from '../version';
import type { ExcelRun } from '../workbook/excel/port';
import { excelPort } from '../workbook/excel/port';
import type { SimWorkbook } from '../workbook/simulated-excel';
import { SimulatedExcel, simulatedRun } from '../workbook/simulated-excel';

export type WorkbookState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'open'; readonly workbook: SimWorkbook }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface OpenWorkbook {
  readonly fileName: string;
  readonly session: Session;
  /** `Excel.run` over this workbook: a batch waits until the file has been read. */
  readonly run: ExcelRun;
  readonly state: () => WorkbookState;
  /**
   * A cell typed in as a user types into Excel, beside the add-in: the workbook's change event
   * follows (the pane's out-of-date notice hears it). Rejects when the file is not open.
   */
  readonly editCell: (sheet: string, cell: string, typed: string) => Promise<void>;
}

const pipeline = createPipeline({ version: VERSION, now: () => new Date() });

/**
 * A workbook being opened from a file, with its session. `onChange` is called once the file has
 * been read (or could not be) and after every `Excel.run` batch, which is every change the pane or
 * the ribbon can make to the workbook.
 */
export function openWorkbook(
  fileName: string,
  reading: Promise<SimWorkbook>,
  language: () => Language,
  onChange: () => void,
): OpenWorkbook {
  let state: WorkbookState = { kind: 'loading' };
  const host = reading.then(
    (workbook) => {
      state = { kind: 'open', workbook };
      onChange();
      return new SimulatedExcel(workbook);
    },
    (error: unknown) => {
      state = { kind: 'failed', error };
      onChange();
      throw error;
    },
  );
  // A failure is shown by onChange and, to whoever runs a batch, by the rejection: never unhandled.
  host.catch(() => undefined);
  const run: ExcelRun = async (batch) => {
    try {
      return await simulatedRun(await host)(batch);
    } finally {
      onChange();
    }
  };
  return {
    fileName,
    session: createSession({ pipeline, port: excelPort(run), language }),
    run,
    state: () => state,
    editCell: async (sheet, cell, typed) => {
      try {
        (await host).editCell(sheet, cell, typed);
      } finally {
        onChange();
      }
    },
  };
}
