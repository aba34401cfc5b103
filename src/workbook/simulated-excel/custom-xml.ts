/**
 * The simulated host's custom XML parts: looked up by namespace (a scoped collection, whose
 * `getOnlyItemOrNullObject()` is a null object unless exactly one part has the namespace, as in
 * Excel), added, read, replaced and deleted, with the client result `getXml()` hands back before
 * the sync fills it.
 */
import type { SimContext } from './host';
import { Loadable, fail, loadPaths } from './loadable';
import type { LoadArg } from './loadable';
import type { SimWorkbook } from './model';

type SimPartData = SimWorkbook['customXmlParts'][number];

export class SimCustomXmlPartCollection {
  constructor(private readonly context: SimContext) {}

  getByNamespace(namespace: string): SimCustomXmlPartScopedCollection {
    return new SimCustomXmlPartScopedCollection(this.context, () =>
      this.context.host.workbook.customXmlParts.filter((p) => p.namespace === namespace),
    );
  }

  add(xml: string): SimCustomXmlPart {
    let added: SimPartData | null = null;
    this.context.enqueue(xml.length, () => {
      const namespace = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
      const workbook = this.context.host.workbook;
      workbook.lastPartNumber = (workbook.lastPartNumber ?? workbook.customXmlParts.length) + 1;
      added = { id: `{part-${workbook.lastPartNumber}}`, namespace, xml };
      workbook.customXmlParts.push(added);
    });
    return new SimCustomXmlPart(this.context, () => added);
  }
}

/** The parts of one namespace, in the order they were added (Excel's order). */
class SimCustomXmlPartScopedCollection extends Loadable {
  constructor(
    context: SimContext,
    private readonly matches: () => readonly SimPartData[],
  ) {
    super(context);
  }

  get items(): SimCustomXmlPart[] {
    return this.get<SimCustomXmlPart[]>('items');
  }

  load(arg?: LoadArg): this {
    const itemPaths = loadPaths(arg)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice('items/'.length));
    for (const path of itemPaths)
      if (path !== 'id' && path !== 'namespaceUri')
        fail('InvalidArgument', `The simulation cannot load CustomXmlPart.${path}.`);
    this.queueLoad(['items'], () =>
      this.matches().map((data) => {
        const part = new SimCustomXmlPart(this.context, () => data);
        part.fill(data, itemPaths);
        return part;
      }),
    );
    return this;
  }

  /** The one part of the namespace; a null object when there are none or several, as in Excel. */
  getOnlyItemOrNullObject(): SimCustomXmlPart {
    const part = new SimCustomXmlPart(this.context, () => {
      const found = this.matches();
      return found.length === 1 ? (found[0] ?? null) : null;
    });
    part.trackNull();
    return part;
  }
}

export class SimCustomXmlPart extends Loadable {
  constructor(
    context: SimContext,
    private readonly resolve: () => SimPartData | null,
  ) {
    super(context);
  }

  private existing(): SimPartData {
    const part = this.resolve();
    const parts = this.context.host.workbook.customXmlParts;
    if (part === null || !parts.includes(part))
      fail('ItemNotFound', 'The custom XML part does not exist.');
    return part as SimPartData;
  }

  fill(data: SimPartData, paths: readonly string[]): void {
    for (const path of paths) this.loaded.set(path, path === 'id' ? data.id : data.namespace);
  }

  trackNull(): void {
    this.queueLoad(['isNullObject'], () => this.resolve() === null);
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  get id(): string {
    return this.get<string>('id');
  }

  getXml(): { readonly value: string } {
    const result = new SimClientResult<string>();
    this.context.enqueue(8, () => {
      const xml = this.existing().xml;
      result.set(xml);
      this.context.respond(xml.length);
    });
    return result;
  }

  setXml(xml: string): void {
    this.context.enqueue(xml.length, () => {
      this.existing().xml = xml;
    });
  }

  delete(): void {
    this.context.enqueue(8, () => {
      const part = this.existing();
      const workbook = this.context.host.workbook;
      workbook.customXmlParts = workbook.customXmlParts.filter((p) => p !== part);
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
