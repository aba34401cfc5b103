/**
 * The simulated host's tables: a collection (the workbook's or one worksheet's) that lists and
 * adds them, and one table with its name, header and totals flags, range and deletion.
 */
import { parseRange } from '../../engine';
import type { SimContext } from './host';
import { Loadable, fail, loadPaths } from './loadable';
import type { LoadArg } from './loadable';
import type { SimTable } from './model';
import { cellKey } from './model';
import { isDefinedName } from './names';
import { SimRange } from './range';
import { SimTableRowCollection } from './table-rows';
import { SimWorksheet } from './worksheets';

export class SimTableCollection extends Loadable {
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

  /** A table by its name (as Excel, without case); ItemNotFound when a command on it runs. */
  getItem(name: string): SimTableProxy {
    const sheetName = (): string | null => this.worksheet?.existing().name ?? null;
    return new SimTableProxy(
      this.context,
      () =>
        this.context.host.workbook.tables.find(
          (t) =>
            t.name.toLowerCase() === name.toLowerCase() &&
            (sheetName() === null || t.sheet === sheetName()),
        ) ?? null,
    );
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
      while (
        workbook.tables.some((t) => t.name === `Table${n}`) ||
        isDefinedName(workbook.names, `Table${n}`)
      )
        n += 1;
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

export class SimTableProxy extends Loadable {
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
      // Tables and defined names share one namespace; Excel's message names neither.
      if (
        workbook.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()) ||
        isDefinedName(workbook.names, name)
      ) {
        fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      table.name = name;
    });
  }

  set showFilterButton(show: boolean) {
    this.context.enqueue(8, () => {
      this.existing().showFilterButton = show;
    });
  }

  get showHeaders(): boolean {
    return this.get<boolean>('showHeaders');
  }

  get showTotals(): boolean {
    return this.get<boolean>('showTotals');
  }

  /** The count (once `rows/count` is loaded), rows added at the end, and a row's deletion. */
  get rows(): SimTableRowCollection {
    return new SimTableRowCollection(
      this.context,
      () => this.existing(),
      () => this.get<number>('rows/count'),
    );
  }

  get columns(): { count: number } {
    return { count: this.get<number>('columns/count') };
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
    case 'rows/count':
      // The data rows: neither the header row nor the totals row.
      return (
        table.bottom - table.top + 1 - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0)
      );
    case 'columns/count':
      return table.right - table.left + 1;
    default:
      return fail('InvalidArgument', `The simulation cannot load Table.${path}.`);
  }
}
