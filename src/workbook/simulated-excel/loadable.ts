/**
 * What every proxy of the simulated host shares: properties that exist only after they were
 * loaded and synced, the parsing of `load()` arguments, and the way the host raises errors.
 */
import { SimulatedOfficeError } from './errors';
import type { SimErrorCode } from './errors';
import type { SimContext } from './host';

export const fail = (code: SimErrorCode, message: string): never => {
  throw new SimulatedOfficeError(code, message);
};

/** The load() argument: `'a,b'`, `['a', 'b']`, or `{ select: 'a,b' }`. */
export type LoadArg = string | readonly string[] | { select?: string };

export function loadPaths(arg: LoadArg | undefined): string[] {
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
export class Loadable {
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

/** About what Excel sends back for a loaded value: its JSON, or a few dozen bytes per object. */
function responseSize(value: unknown): number {
  if (value === undefined || value === null) return 4;
  if (Array.isArray(value))
    return value.reduce<number>((total, item) => total + responseSize(item) + 1, 2);
  if (typeof value === 'object') return 64;
  return JSON.stringify(value).length;
}
