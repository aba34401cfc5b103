/**
 * The simulated host's defined names: the workbook's (`workbook.names`, ExcelApi 1.1) or one
 * sheet's (`worksheet.names`, ExcelApi 1.4), listed by name. Tables share their namespace: a table
 * cannot take a defined name's name (tables.ts).
 */
import type { SimContext } from './host';
import { Loadable, fail, loadPaths } from './loadable';
import type { LoadArg } from './loadable';
import type { SimName } from './model';
import type { SimWorksheet } from './worksheets';

export class SimNamedItemCollection extends Loadable {
  constructor(
    context: SimContext,
    private readonly worksheet: SimWorksheet | null,
  ) {
    super(context);
  }

  get items(): SimNamedItem[] {
    return this.get<SimNamedItem[]>('items');
  }

  load(arg?: LoadArg): this {
    const itemPaths = loadPaths(arg)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    for (const path of itemPaths)
      if (path !== 'name') fail('InvalidArgument', `The simulation cannot load NamedItem.${path}.`);
    this.queueLoad(['items'], () => {
      const sheet = this.worksheet?.existing().name ?? null;
      return (this.context.host.workbook.names ?? [])
        .filter((n) => (sheet === null ? n.sheet === null : n.sheet === sheet))
        .map((n) => new SimNamedItem(this.context, n));
    });
    return this;
  }
}

export class SimNamedItem extends Loadable {
  constructor(context: SimContext, data: SimName) {
    super(context);
    this.loaded.set('name', data.name);
  }

  get name(): string {
    return this.get<string>('name');
  }
}

/** Whether a table may not take this name: a defined name of any scope has it (any case). */
export function isDefinedName(names: readonly SimName[] | undefined, name: string): boolean {
  return (names ?? []).some((n) => n.name.toLowerCase() === name.toLowerCase());
}
