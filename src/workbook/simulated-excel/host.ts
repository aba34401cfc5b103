/**
 * A simulated Excel host: the subset of the Excel JavaScript API the adapter uses, over an
 * in-memory workbook, as strict as the real one. Commands are queued and run at `sync()`; a
 * property read before it was loaded and synced throws PropertyNotLoaded; a missing item throws
 * ItemNotFound; a request over 5 MB throws RequestPayloadSizeLimitExceeded (a response over it
 * ResponsePayloadSizeLimitExceeded, or GeneralException if told to); a protected sheet
 * refuses writes with AccessDenied. It counts syncs and request bytes. Pure TypeScript: it runs in
 * Node and in a browser (the task pane's preview drives it).
 */
import { parseRange } from '../../engine';
import { SimCustomXmlPartCollection } from './custom-xml';
import type { SimErrorCode } from './errors';
import { SimChangeEvents } from './events';
import { fail } from './loadable';
import type { SimSheet, SimWorkbook } from './model';
import { SimNamedItemCollection } from './names';
import { cellKey } from './model';
import { SimTableCollection } from './tables';
import { SimWorksheetCollection } from './worksheets';

/** Excel on the web refuses requests larger than this. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export interface HostOptions {
  /** The request limit (default Excel on the web's 5 MB), smaller to test splitting cheaply. */
  requestLimitBytes?: number;
  /** The response limit (default 5 MB as well). */
  responseLimitBytes?: number;
  /**
   * What a response past the limit is answered with: ResponsePayloadSizeLimitExceeded (the
   * default, as documented) or GeneralException, as Excel on the web has been seen to answer.
   */
  oversizedResponse?: 'ResponsePayloadSizeLimitExceeded' | 'GeneralException';
  /** Make the n-th sync (1-based, counted over the host's life) fail before it changes anything. */
  failAtSync?: number;
  /** The error code of that failure. */
  failWith?: SimErrorCode;
  /** Refuse every sync as Excel does while a cell is being edited. */
  cellEditMode?: boolean;
}

export interface HostStats {
  syncs: number;
  requestBytes: number;
  largestRequestBytes: number;
  /** What the host sent back (loaded values), which Excel on the web limits to 5 MB too. */
  responseBytes: number;
  largestResponseBytes: number;
  runs: number;
  /** Calls of suspendApiCalculationUntilNextSync and suspendScreenUpdatingUntilNextSync that ran. */
  suspensions: { calculation: number; screenUpdating: number };
}

interface Command {
  readonly bytes: number;
  readonly apply: () => void;
}

/**
 * A simulated host around a workbook; `run` stands in for `Excel.run`.
 * @example const host = new SimulatedExcel(workbook); await excelPort(host.run).read()
 */
export class SimulatedExcel {
  readonly stats: HostStats = {
    syncs: 0,
    requestBytes: 0,
    largestRequestBytes: 0,
    responseBytes: 0,
    largestResponseBytes: 0,
    runs: 0,
    suspensions: { calculation: 0, screenUpdating: 0 },
  };

  /** The handlers of `worksheets.onChanged`, and the raising of the event. */
  readonly events = new SimChangeEvents();

  constructor(
    readonly workbook: SimWorkbook,
    readonly options: HostOptions = {},
  ) {}

  /**
   * A cell typed in by the user, not through the API: a number stays a number, an empty text
   * empties the cell, and the sheet's change event is raised as Excel raises it.
   */
  editCell(sheetName: string, address: string, typed: string): void {
    const sheet = this.sheet(sheetName);
    const at = parseRange(address);
    if (sheet === null || at === null || at.top !== at.bottom || at.left !== at.right) {
      fail('InvalidArgument', `There is no cell ${address} on a sheet named '${sheetName}'.`);
      return;
    }
    const key = cellKey(at.top, at.left);
    const format = sheet.cells.get(key)?.numberFormat ?? 'General';
    const number = format === '@' ? NaN : Number(typed.trim().replace(',', '.'));
    if (typed === '') sheet.cells.delete(key);
    else
      sheet.cells.set(key, {
        value: typed.trim() !== '' && Number.isFinite(number) ? number : typed,
        numberFormat: format,
      });
    this.events.raise([sheet.name]);
  }

  /** Stands in for `Excel.run(batch)`: pending commands are flushed when the batch ends. */
  readonly run = async <T>(batch: (context: SimContext) => Promise<T>): Promise<T> => {
    this.stats.runs += 1;
    const context = new SimContext(this);
    const result = await batch(context);
    if (context.pending()) await context.sync();
    return result;
  };

  /** A chart id no chart of this workbook has had, as Excel never reuses one. */
  newChartId(): number {
    this.workbook.lastChartId = (this.workbook.lastChartId ?? 0) + 1;
    return this.workbook.lastChartId;
  }

  sheet(name: string): SimSheet | null {
    return this.workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
}

export class SimContext {
  private queue: Command[] = [];
  private responded = 0;
  readonly workbook: SimWorkbookProxy;
  readonly application: SimApplication;

  constructor(readonly host: SimulatedExcel) {
    this.workbook = new SimWorkbookProxy(this);
    this.application = new SimApplication(this);
  }

  /** The sheets the commands of the sync going on wrote to, for the change event. */
  private readonly written = new Set<string>();

  /** Called by a command that changes a sheet, as it runs. */
  wrote(sheet: string): void {
    this.written.add(sheet);
  }

  enqueue(bytes: number, apply: () => void): void {
    this.queue.push({ bytes: bytes + 40, apply });
  }

  /** Counts bytes the current sync sends back. */
  respond(bytes: number): void {
    this.responded += bytes;
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  /** Runs the queued commands in order, as one request. */
  sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const stats = this.host.stats;
    stats.syncs += 1;
    const bytes = commands.reduce((total, command) => total + command.bytes, 0);
    stats.requestBytes += bytes;
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, bytes);
    try {
      const {
        failAtSync,
        failWith,
        cellEditMode,
        requestLimitBytes,
        responseLimitBytes,
        oversizedResponse,
      } = this.host.options;
      if (cellEditMode === true)
        fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
      if (bytes > (requestLimitBytes ?? REQUEST_LIMIT_BYTES))
        fail(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size (${bytes} bytes) has exceeded the limit.`,
        );
      if (failAtSync === stats.syncs)
        fail(failWith ?? 'GeneralException', `Injected failure at sync ${stats.syncs}.`);
      this.responded = 0;
      try {
        for (const command of commands) command.apply();
      } finally {
        // What was written before a command failed stays written, and Excel says so.
        this.host.events.raise(this.written);
        this.written.clear();
      }
      stats.responseBytes += this.responded;
      stats.largestResponseBytes = Math.max(stats.largestResponseBytes, this.responded);
      if (this.responded > (responseLimitBytes ?? REQUEST_LIMIT_BYTES))
        fail(
          oversizedResponse ?? 'ResponsePayloadSizeLimitExceeded',
          oversizedResponse === 'GeneralException'
            ? 'There was an internal error while processing the request.'
            : `The response payload size (${this.responded} bytes) has exceeded the limit.`,
        );
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

class SimApplication {
  constructor(private readonly context: SimContext) {}

  suspendApiCalculationUntilNextSync(): void {
    const counts = this.context.host.stats.suspensions;
    this.context.enqueue(0, () => void (counts.calculation += 1));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    const counts = this.context.host.stats.suspensions;
    this.context.enqueue(0, () => void (counts.screenUpdating += 1));
  }
}

class SimWorkbookProxy {
  readonly worksheets: SimWorksheetCollection;
  readonly tables: SimTableCollection;
  readonly customXmlParts: SimCustomXmlPartCollection;
  readonly names: SimNamedItemCollection;

  constructor(readonly context: SimContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.tables = new SimTableCollection(context, null);
    this.customXmlParts = new SimCustomXmlPartCollection(context);
    this.names = new SimNamedItemCollection(context, null);
  }
}
