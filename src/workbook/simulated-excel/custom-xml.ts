/**
 * The simulated host's custom XML parts: looked up by namespace, added, read and replaced, with
 * the client result `getXml()` hands back before the sync fills it.
 */
import type { SimContext } from './host';
import { Loadable, fail } from './loadable';
import type { SimWorkbook } from './model';

export class SimCustomXmlPartCollection {
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
