/**
 * The simulated host's worksheets: the collection (list, look up, add), one worksheet (its ranges,
 * tables, panes, activation, deletion) and its protection.
 */
import { parseRange } from '../../engine';
import type { SimContext } from './host';
import { Loadable, fail, loadPaths } from './loadable';
import type { LoadArg } from './loadable';
import type { SimPrint, SimSheet } from './model';
import { newSheet } from './model';
import { SimRange, usedBounds } from './range';
import { SimChartCollection } from './charts';
import { SimNamedItemCollection } from './names';
import { SimChangedEventProxy } from './events';
import { SimTableCollection } from './tables';

/** The size of a sheet in Excel. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

export class SimWorksheetCollection extends Loadable {
  /** Occurs when any worksheet in the workbook is changed (ExcelApi 1.9). */
  readonly onChanged = new SimChangedEventProxy(this.context);

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

export class SimWorksheet extends Loadable {
  readonly tables: SimTableCollection;
  readonly names: SimNamedItemCollection;
  readonly charts: SimChartCollection;
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly protection: SimProtection;
  readonly pageLayout: SimPageLayout;
  readonly horizontalPageBreaks: {
    add(pageBreakRange: string): void;
    removePageBreaks(): void;
  };

  constructor(
    context: SimContext,
    readonly resolve: () => SimSheet | null,
    private readonly nameHint: string,
  ) {
    super(context);
    this.tables = new SimTableCollection(context, this);
    this.names = new SimNamedItemCollection(context, this);
    this.charts = new SimChartCollection(context, this);
    this.protection = new SimProtection(context, this);
    this.pageLayout = pageLayoutOf(context, this);
    this.horizontalPageBreaks = {
      add: (pageBreakRange: string) => {
        context.enqueue(pageBreakRange.length + 16, () => {
          const sheet = this.writable();
          const at =
            parseRange(pageBreakRange) ??
            fail('InvalidArgument', `The address '${pageBreakRange}' is not valid.`);
          if (at.top === 1) fail('InvalidArgument', 'A page break cannot stand above row 1.');
          sheet.print ??= {};
          sheet.print.rowBreaks = [...(sheet.print.rowBreaks ?? []), at.top];
        });
      },
      removePageBreaks: () => {
        context.enqueue(16, () => {
          const sheet = this.writable();
          if (sheet.print !== undefined) delete sheet.print.rowBreaks;
        });
      },
    };
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

  /** The sheet, if it may be changed; the sync that changes it raises its change event. */
  writable(): SimSheet {
    const sheet = this.existing();
    if (sheet.protected) fail('AccessDenied', `The worksheet '${sheet.name}' is protected.`);
    this.context.wrote(sheet.name);
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

  get id(): string {
    return this.get<string>('id');
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
      if (address === undefined)
        return { top: 1, left: 1, bottom: EXCEL_ROWS, right: EXCEL_COLUMNS };
      return (
        parseRange(address) ?? fail('InvalidArgument', `The address '${address}' is not valid.`)
      );
    });
  }

  /** The rectangle `rowCount` × `columnCount` whose top left cell is at the 0-based indexes. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): SimRange {
    return new SimRange(this.context, this, () => {
      const bottom = startRow + rowCount;
      const right = startColumn + columnCount;
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
        fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      if (bottom > EXCEL_ROWS || right > EXCEL_COLUMNS)
        fail('InvalidArgument', 'The range goes beyond the last row or column of the sheet.');
      return { top: startRow + 1, left: startColumn + 1, bottom, right };
    });
  }

  /** The used range; on a blank sheet, as in Excel, its top left cell. */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return new SimRange(
      this.context,
      this,
      () =>
        usedBounds(this.existing(), valuesOnly === true) ?? {
          top: 1,
          left: 1,
          bottom: 1,
          right: 1,
        },
    );
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

export class SimProtection extends Loadable {
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

function read(sheet: SimSheet | null, path: string): unknown {
  if (sheet === null) return undefined;
  switch (path) {
    case 'name':
      return sheet.name;
    // Excel's ids are opaque and stay with a sheet; the simulation's is its name (as the change
    // event's worksheetId), which `getItem` takes too.
    case 'id':
      return sheet.name;
    case 'visibility':
      return sheet.visibility;
    default:
      return fail('InvalidArgument', `The simulation cannot load Worksheet.${path}.`);
  }
}

/** The part of ExcelApi 1.9's page layout the writer uses; each setting is a queued command. */
export interface SimPageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: NonNullable<SimPrint['zoom']>;
  setPrintTitleRows(rows: string): void;
  readonly headersFooters: {
    readonly defaultForAllPages: { leftFooter: string; rightFooter: string };
  };
}

function pageLayoutOf(context: SimContext, worksheet: SimWorksheet): SimPageLayout {
  const set = (bytes: number, change: (print: SimPrint) => void): void => {
    context.enqueue(bytes, () => {
      const sheet = worksheet.writable();
      sheet.print ??= {};
      change(sheet.print);
    });
  };
  const writeOnly = (what: string): never =>
    fail('PropertyNotLoaded', `pageLayout.${what} is write-only in this simulation.`);
  return {
    set orientation(value: 'Portrait' | 'Landscape') {
      set(16, (print) => (print.orientation = value));
    },
    get orientation(): 'Portrait' | 'Landscape' {
      return writeOnly('orientation');
    },
    set paperSize(value: string) {
      set(16, (print) => (print.paperSize = value));
    },
    get paperSize(): string {
      return writeOnly('paperSize');
    },
    set zoom(value: NonNullable<SimPrint['zoom']>) {
      const { horizontalFitToPages, verticalFitToPages, scale } = value;
      if (
        scale !== undefined &&
        (horizontalFitToPages !== undefined || verticalFitToPages !== undefined)
      )
        fail('InvalidArgument', 'A zoom is a scale or a fit to pages, not both.');
      set(48, (print) => (print.zoom = { ...value }));
    },
    get zoom(): NonNullable<SimPrint['zoom']> {
      return writeOnly('zoom');
    },
    setPrintTitleRows(rows: string) {
      set(rows.length + 16, (print) => {
        if (!/^\$\d+:\$\d+$/.test(rows)) fail('InvalidArgument', `'${rows}' is not a row range.`);
        print.titleRows = rows;
      });
    },
    headersFooters: {
      defaultForAllPages: {
        set leftFooter(text: string) {
          set(text.length + 16, (print) => (print.leftFooter = text));
        },
        get leftFooter(): string {
          return writeOnly('headersFooters.defaultForAllPages.leftFooter');
        },
        set rightFooter(text: string) {
          set(text.length + 16, (print) => (print.rightFooter = text));
        },
        get rightFooter(): string {
          return writeOnly('headersFooters.defaultForAllPages.rightFooter');
        },
      },
    },
  };
}
