/**
 * A simulated Excel host: the subset of the Excel JavaScript API the adapter uses, over an
 * in-memory workbook, as strict as the real one. Commands are queued and run at `sync()`; a
 * property read before it was loaded and synced throws PropertyNotLoaded; a missing item throws
 * ItemNotFound; a request over 5 MB throws RequestPayloadSizeLimitExceeded; a protected sheet
 * refuses writes with AccessDenied. It counts syncs and request bytes. Pure TypeScript: it runs in
 * Node and in a browser (the task pane's preview drives it).
 */
import type { CellRange } from '../../engine';
import { cellAddress, parseRange } from '../../engine';
import { SimulatedOfficeError } from './errors';
import type { SimErrorCode } from './errors';
import type { SimCell, SimCellValue, SimSheet, SimTable, SimWorkbook } from './model';
import { cellKey, newSheet } from './model';

/** Excel on the web refuses requests larger than this. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export interface HostOptions {
  /** The request limit (default Excel on the web's 5 MB), smaller to test splitting cheaply. */
  requestLimitBytes?: number;
  /** The response limit (default 5 MB as well). */
  responseLimitBytes?: number;
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
}

interface Command {
  readonly bytes: number;
  readonly apply: () => void;
}

const fail = (code: SimErrorCode, message: string): never => {
  throw new SimulatedOfficeError(code, message);
};

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
  };

  constructor(
    readonly workbook: SimWorkbook,
    readonly options: HostOptions = {},
  ) {}

  /** Stands in for `Excel.run(batch)`: pending commands are flushed when the batch ends. */
  readonly run = async <T>(batch: (context: SimContext) => Promise<T>): Promise<T> => {
    this.stats.runs += 1;
    const context = new SimContext(this);
    const result = await batch(context);
    if (context.pending()) await context.sync();
    return result;
  };

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
      const { failAtSync, failWith, cellEditMode, requestLimitBytes, responseLimitBytes } =
        this.host.options;
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
      for (const command of commands) command.apply();
      stats.responseBytes += this.responded;
      stats.largestResponseBytes = Math.max(stats.largestResponseBytes, this.responded);
      if (this.responded > (responseLimitBytes ?? REQUEST_LIMIT_BYTES))
        fail(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${this.responded} bytes) has exceeded the limit.`,
        );
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** The load() argument: `'a,b'`, `['a', 'b']`, or `{ select: 'a,b' }`. */
type LoadArg = string | readonly string[] | { select?: string };

function loadPaths(arg: LoadArg | undefined): string[] {
  if (arg === undefined) return [];
  const text =
    typeof arg === 'string'
      ? arg
      : Array.isArray(arg)
        ? arg.join(',')
        : ((arg as { select?: string }).select ?? '');
  return text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A proxy whose properties exist only after they were loaded and synced. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly context: SimContext) {}

  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- each getter names the type it reads
  protected get<T>(property: string): T {
    if (!this.loaded.has(property)) {
      fail(
        'PropertyNotLoaded',
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(property) as T;
  }

  /** Queues a load; `read` gives the current value of a property at sync time. */
  protected queueLoad(paths: readonly string[], read: (property: string) => unknown): void {
    this.context.enqueue(paths.join(',').length, () => {
      for (const path of paths) {
        const value = read(path);
        this.loaded.set(path, value);
        this.context.respond(responseSize(value));
      }
    });
  }
}

class SimApplication {
  suspended = { calculation: 0, screenUpdating: 0 };

  constructor(private readonly context: SimContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(0, () => void (this.suspended.calculation += 1));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(0, () => void (this.suspended.screenUpdating += 1));
  }
}

class SimWorkbookProxy {
  readonly worksheets: SimWorksheetCollection;
  readonly tables: SimTableCollection;
  readonly customXmlParts: SimCustomXmlPartCollection;

  constructor(readonly context: SimContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.tables = new SimTableCollection(context, null);
    this.customXmlParts = new SimCustomXmlPartCollection(context);
  }
}

class SimWorksheetCollection extends Loadable {
  get items(): SimWorksheet[] {
    return this.get<SimWorksheet[]>('items');
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    const itemPaths = paths
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    this.queueLoad(['items'], () =>
      this.context.host.workbook.sheets.map((sheet) => {
        const proxy = new SimWorksheet(
          this.context,
          () => this.context.host.sheet(sheet.name),
          sheet.name,
        );
        proxy.fill(itemPaths);
        return proxy;
      }),
    );
    return this;
  }

  getItem(name: string): SimWorksheet {
    this.context.enqueue(name.length, () => {
      if (this.context.host.sheet(name) === null)
        fail('ItemNotFound', `The requested resource doesn't exist: worksheet '${name}'.`);
    });
    return new SimWorksheet(this.context, () => this.context.host.sheet(name), name);
  }

  getItemOrNullObject(name: string): SimWorksheet {
    const proxy = new SimWorksheet(this.context, () => this.context.host.sheet(name), name);
    proxy.trackNull();
    return proxy;
  }

  add(name: string): SimWorksheet {
    this.context.enqueue(name.length, () => {
      if (this.context.host.sheet(name) !== null)
        fail('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
      this.context.host.workbook.sheets.push(newSheet(name));
    });
    return new SimWorksheet(this.context, () => this.context.host.sheet(name), name);
  }
}

class SimWorksheet extends Loadable {
  readonly tables: SimTableCollection;
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly protection: SimProtection;

  constructor(
    context: SimContext,
    readonly resolve: () => SimSheet | null,
    private readonly nameHint: string,
  ) {
    super(context);
    this.tables = new SimTableCollection(context, this);
    this.protection = new SimProtection(context, this);
    this.freezePanes = {
      freezeRows: (count: number) => {
        context.enqueue(8, () => {
          this.writable().frozenRows = count;
        });
      },
    };
  }

  /** The sheet, or ItemNotFound. */
  existing(): SimSheet {
    return (
      this.resolve() ??
      fail('ItemNotFound', `The requested resource doesn't exist: worksheet '${this.nameHint}'.`)
    );
  }

  /** The sheet, if it may be changed. */
  writable(): SimSheet {
    const sheet = this.existing();
    if (sheet.protected) fail('AccessDenied', `The worksheet '${sheet.name}' is protected.`);
    return sheet;
  }

  fill(paths: readonly string[]): void {
    const sheet = this.resolve();
    for (const path of paths) this.loaded.set(path, sheet === null ? undefined : read(sheet, path));
  }

  trackNull(): void {
    this.queueLoad(['isNullObject'], () => this.resolve() === null);
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  get name(): string {
    return this.get<string>('name');
  }

  get visibility(): string {
    return this.get<string>('visibility');
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.queueLoad(paths, (path) => read(this.existingOrNull(), path));
    return this;
  }

  private existingOrNull(): SimSheet | null {
    return this.resolve();
  }

  getRange(address?: string): SimRange {
    return new SimRange(this.context, this, () => {
      if (address === undefined) return { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
      return (
        parseRange(address) ?? fail('InvalidArgument', `The address '${address}' is not valid.`)
      );
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    const range = new SimRange(this.context, this, () =>
      usedBounds(this.existing(), valuesOnly === true),
    );
    range.trackNull();
    return range;
  }

  activate(): void {
    this.context.enqueue(8, () => {
      this.context.host.workbook.activeSheet = this.existing().name;
    });
  }

  delete(): void {
    this.context.enqueue(8, () => {
      const sheet = this.writable();
      const workbook = this.context.host.workbook;
      workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
      workbook.tables = workbook.tables.filter((t) => t.sheet !== sheet.name);
    });
  }
}

class SimProtection extends Loadable {
  constructor(
    context: SimContext,
    private readonly sheet: SimWorksheet,
  ) {
    super(context);
  }

  get protected(): boolean {
    return this.get<boolean>('protected');
  }

  load(arg?: LoadArg): this {
    this.queueLoad(loadPaths(arg), () => this.sheet.existing().protected);
    return this;
  }
}

type Bounds = CellRange;

class SimRange extends Loadable {
  readonly format: { columnWidth: number };

  constructor(
    context: SimContext,
    private readonly sheet: SimWorksheet,
    private readonly bounds: () => Bounds | null,
  ) {
    super(context);
    const setWidth = (points: number): void => {
      context.enqueue(12, () => {
        const target = this.sheet.writable();
        const b = this.existingBounds();
        for (let column = b.left; column <= b.right; column++)
          target.columnWidths.set(column, points);
      });
    };
    this.format = {
      set columnWidth(points: number) {
        setWidth(points);
      },
      get columnWidth(): number {
        return fail('PropertyNotLoaded', 'format.columnWidth is write-only in this simulation.');
      },
    };
  }

  private existingBounds(): Bounds {
    return this.bounds() ?? fail('ItemNotFound', 'The range does not exist.');
  }

  trackNull(): void {
    this.queueLoad(['isNullObject'], () => this.bounds() === null);
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  get values(): SimCellValue[][] {
    return this.get<SimCellValue[][]>('values');
  }

  set values(values: SimCellValue[][]) {
    this.context.enqueue(JSON.stringify(values).length, () => {
      const target = this.sheet.writable();
      const b = this.existingBounds();
      this.forEachCell(b, values, 'values', (row, column, value) => {
        setValue(target, row, column, value);
      });
    });
  }

  set numberFormat(formats: string[][]) {
    this.context.enqueue(JSON.stringify(formats).length, () => {
      const target = this.sheet.writable();
      const b = this.existingBounds();
      this.forEachCell(b, formats, 'numberFormat', (row, column, format) => {
        const key = cellKey(row, column);
        const cell = target.cells.get(key);
        // An empty cell keeps its format too: store it with an empty value.
        target.cells.set(key, { ...(cell ?? { value: '' }), numberFormat: format });
      });
    });
  }

  get address(): string {
    return this.get<string>('address');
  }

  get rowIndex(): number {
    return this.get<number>('rowIndex');
  }

  get columnIndex(): number {
    return this.get<number>('columnIndex');
  }

  get rowCount(): number {
    return this.get<number>('rowCount');
  }

  get columnCount(): number {
    return this.get<number>('columnCount');
  }

  load(arg?: LoadArg): this {
    this.queueLoad(loadPaths(arg), (path) => {
      const sheet = this.sheet.existing();
      const b = this.bounds();
      if (b === null) return undefined;
      switch (path) {
        case 'values':
          return readValues(sheet, b);
        case 'address':
          return `${quoteSheet(sheet.name)}!${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;
        case 'rowIndex':
          return b.top - 1;
        case 'columnIndex':
          return b.left - 1;
        case 'rowCount':
          return b.bottom - b.top + 1;
        case 'columnCount':
          return b.right - b.left + 1;
        default:
          return fail('InvalidArgument', `The simulation cannot load Range.${path}.`);
      }
    });
    return this;
  }

  clear(): void {
    this.context.enqueue(8, () => {
      const target = this.sheet.writable();
      const b = this.existingBounds();
      for (const key of [...target.cells.keys()]) {
        const [row = 0, column = 0] = key.split(',').map(Number);
        if (row >= b.top && row <= b.bottom && column >= b.left && column <= b.right)
          target.cells.delete(key);
      }
    });
  }

  select(): void {
    this.context.enqueue(8, () => {
      const sheet = this.sheet.existing();
      const b = this.existingBounds();
      const workbook = this.context.host.workbook;
      workbook.activeSheet = sheet.name;
      const single = b.top === b.bottom && b.left === b.right;
      workbook.selection = `${sheet.name}!${cellAddress(b.top, b.left)}${single ? '' : `:${cellAddress(b.bottom, b.right)}`}`;
    });
  }

  /** Applies a 2-D array (or one value for every cell) to the range, which it must fit exactly. */
  private forEachCell<T>(
    b: Bounds,
    grid: readonly (readonly T[])[] | T,
    what: string,
    apply: (row: number, column: number, value: T) => void,
  ): void {
    const rows = b.bottom - b.top + 1;
    const columns = b.right - b.left + 1;
    if (!Array.isArray(grid)) {
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) apply(b.top + r, b.left + c, grid as T);
      return;
    }
    const matrix = grid as readonly (readonly T[])[];
    if (matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
      fail(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
      );
    }
    matrix.forEach((row, r) => {
      row.forEach((value, c) => {
        apply(b.top + r, b.left + c, value);
      });
    });
  }
}

class SimTableCollection extends Loadable {
  constructor(
    context: SimContext,
    private readonly worksheet: SimWorksheet | null,
  ) {
    super(context);
  }

  get items(): SimTableProxy[] {
    return this.get<SimTableProxy[]>('items');
  }

  load(arg?: LoadArg): this {
    const itemPaths = loadPaths(arg)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    this.queueLoad(['items'], () => {
      const sheetName = this.worksheet?.existing().name ?? null;
      return this.context.host.workbook.tables
        .filter((table) => sheetName === null || table.sheet === sheetName)
        .map((table) => {
          const proxy = new SimTableProxy(
            this.context,
            () => this.context.host.workbook.tables.find((t) => t.name === table.name) ?? null,
          );
          proxy.fill(itemPaths);
          return proxy;
        });
    });
    return this;
  }

  add(address: string, hasHeaders: boolean): SimTableProxy {
    let created: SimTable | null = null;
    const worksheet = this.worksheet;
    this.context.enqueue(address.length + 8, () => {
      const sheet = (
        worksheet ?? fail('InvalidArgument', 'Add tables through a worksheet in this simulation.')
      ).writable();
      const b =
        parseRange(address) ?? fail('InvalidArgument', `The address '${address}' is not valid.`);
      const workbook = this.context.host.workbook;
      if (
        workbook.tables.some(
          (t) =>
            t.sheet === sheet.name &&
            t.top <= b.bottom &&
            b.top <= t.bottom &&
            t.left <= b.right &&
            b.left <= t.right,
        )
      ) {
        fail('InvalidArgument', 'A table can’t overlap another table.');
      }
      let n = workbook.tables.length + 1;
      while (workbook.tables.some((t) => t.name === `Table${n}`)) n += 1;
      created = {
        name: `Table${n}`,
        sheet: sheet.name,
        ...b,
        showHeaders: hasHeaders,
        showTotals: false,
      };
      workbook.tables.push(created);
    });
    return new SimTableProxy(this.context, () => created);
  }
}

class SimTableProxy extends Loadable {
  constructor(
    context: SimContext,
    private readonly resolve: () => SimTable | null,
  ) {
    super(context);
  }

  private existing(): SimTable {
    return this.resolve() ?? fail('ItemNotFound', 'The requested table doesn’t exist.');
  }

  fill(paths: readonly string[]): void {
    const table = this.existing();
    for (const path of paths) this.loaded.set(path, readTable(table, path));
  }

  get name(): string {
    return this.get<string>('name');
  }

  set name(name: string) {
    this.context.enqueue(name.length, () => {
      const table = this.existing();
      const workbook = this.context.host.workbook;
      if (workbook.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase())) {
        fail('InvalidArgument', `A table named '${name}' already exists.`);
      }
      table.name = name;
    });
  }

  get showHeaders(): boolean {
    return this.get<boolean>('showHeaders');
  }

  get showTotals(): boolean {
    return this.get<boolean>('showTotals');
  }

  get worksheet(): { name: string } {
    return { name: this.get<string>('worksheet/name') };
  }

  load(arg?: LoadArg): this {
    this.queueLoad(loadPaths(arg), (path) => readTable(this.existing(), path));
    return this;
  }

  getRange(): SimRange {
    const sheetProxy = new SimWorksheet(
      this.context,
      () => this.context.host.sheet(this.existing().sheet),
      '',
    );
    return new SimRange(this.context, sheetProxy, () => {
      const t = this.existing();
      return { top: t.top, left: t.left, bottom: t.bottom, right: t.right };
    });
  }

  delete(): void {
    this.context.enqueue(8, () => {
      const table = this.existing();
      const sheet = this.context.host.sheet(table.sheet);
      if (sheet?.protected === true)
        fail('AccessDenied', `The worksheet '${sheet.name}' is protected.`);
      const workbook = this.context.host.workbook;
      workbook.tables = workbook.tables.filter((t) => t !== table);
      if (sheet !== null) {
        for (let row = table.top; row <= table.bottom; row++)
          for (let column = table.left; column <= table.right; column++)
            sheet.cells.delete(cellKey(row, column));
      }
    });
  }
}

class SimCustomXmlPartCollection {
  constructor(private readonly context: SimContext) {}

  getByNamespace(namespace: string): { getOnlyItemOrNullObject: () => SimCustomXmlPart } {
    return {
      getOnlyItemOrNullObject: () => {
        const part = new SimCustomXmlPart(this.context, () =>
          this.context.host.workbook.customXmlParts.filter((p) => p.namespace === namespace),
        );
        part.trackNull();
        return part;
      },
    };
  }

  add(xml: string): void {
    this.context.enqueue(xml.length, () => {
      const namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
      const parts = this.context.host.workbook.customXmlParts;
      parts.push({ id: `{part-${parts.length + 1}}`, namespace, xml });
    });
  }
}

class SimCustomXmlPart extends Loadable {
  constructor(
    context: SimContext,
    private readonly matches: () => SimWorkbook['customXmlParts'],
  ) {
    super(context);
  }

  trackNull(): void {
    this.queueLoad(['isNullObject'], () => {
      const found = this.matches();
      if (found.length > 1)
        fail('InvalidArgument', 'More than one custom XML part has this namespace.');
      return found.length === 0;
    });
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  getXml(): { readonly value: string } {
    const result = new SimClientResult<string>();
    this.context.enqueue(8, () => {
      const part = this.matches()[0] ?? fail('ItemNotFound', 'The custom XML part does not exist.');
      result.set(part.xml);
    });
    return result;
  }

  setXml(xml: string): void {
    this.context.enqueue(xml.length, () => {
      const part = this.matches()[0] ?? fail('ItemNotFound', 'The custom XML part does not exist.');
      part.xml = xml;
    });
  }
}

class SimClientResult<T> {
  private has = false;
  private result: T | undefined;

  set(value: T): void {
    this.result = value;
    this.has = true;
  }

  get value(): T {
    if (!this.has)
      fail(
        'PropertyNotLoaded',
        'The value of the result object has not been loaded yet. Call "context.sync()".',
      );
    return this.result as T;
  }
}

/** About what Excel sends back for a loaded value: its JSON, or a few dozen bytes per object. */
function responseSize(value: unknown): number {
  if (value === undefined || value === null) return 4;
  if (Array.isArray(value))
    return value.reduce<number>((total, item) => total + responseSize(item) + 1, 2);
  if (typeof value === 'object') return 64;
  return JSON.stringify(value).length;
}

function read(sheet: SimSheet | null, path: string): unknown {
  if (sheet === null) return undefined;
  switch (path) {
    case 'name':
      return sheet.name;
    case 'visibility':
      return sheet.visibility;
    default:
      return fail('InvalidArgument', `The simulation cannot load Worksheet.${path}.`);
  }
}

function readTable(table: SimTable, path: string): unknown {
  switch (path) {
    case 'name':
      return table.name;
    case 'showHeaders':
      return table.showHeaders;
    case 'showTotals':
      return table.showTotals;
    case 'worksheet/name':
      return table.sheet;
    default:
      return fail('InvalidArgument', `The simulation cannot load Table.${path}.`);
  }
}

/** Excel's JavaScript API: empty cells are '', errors are their text, the rest as stored. */
function readValues(sheet: SimSheet, b: Bounds): SimCellValue[][] {
  const rows: SimCellValue[][] = [];
  for (let row = b.top; row <= b.bottom; row++) {
    const cells: SimCellValue[] = [];
    for (let column = b.left; column <= b.right; column++)
      cells.push(sheet.cells.get(cellKey(row, column))?.value ?? '');
    rows.push(cells);
  }
  return rows;
}

/**
 * A value written through `Range.values`: text beginning with `=`, `+`, `-` or `@` becomes a
 * formula unless the cell's format is text (`@`), as in Excel. The simulation keeps such a cell's
 * formula so tests can see an injection.
 */
function setValue(sheet: SimSheet, row: number, column: number, value: SimCellValue | null): void {
  if (value === null) return;
  const key = cellKey(row, column);
  const format = sheet.cells.get(key)?.numberFormat ?? 'General';
  if (value === '') {
    if (format === 'General') sheet.cells.delete(key);
    else sheet.cells.set(key, { value: '', numberFormat: format });
    return;
  }
  const cell: SimCell = { value, numberFormat: format };
  if (typeof value === 'string' && /^[=+\-@]/.test(value) && format !== '@' && value.length > 1)
    cell.formula = value;
  sheet.cells.set(key, cell);
}

/** Bounds of the cells holding values (or, unless valuesOnly, any cell with a format). */
function usedBounds(sheet: SimSheet, valuesOnly: boolean): Bounds | null {
  let bounds: Bounds | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === '') continue;
    const [row = 0, column = 0] = key.split(',').map(Number);
    bounds =
      bounds === null
        ? { top: row, left: column, bottom: row, right: column }
        : {
            top: Math.min(bounds.top, row),
            left: Math.min(bounds.left, column),
            bottom: Math.max(bounds.bottom, row),
            right: Math.max(bounds.right, column),
          };
  }
  return bounds;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
