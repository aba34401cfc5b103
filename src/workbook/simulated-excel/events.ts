/**
 * The simulated host's change event, `WorksheetCollection.onChanged` (ExcelApi 1.9): raised for a
 * sheet after a sync that wrote to it, and after a user's edit (`SimulatedExcel.editCell`), as
 * Excel raises it for an add-in's own writes and the user's typing alike. A handler is registered
 * (and removed) at the next sync, and is called after the sync that changed something, never
 * inside it, as Excel delivers its events. The sheet is named by its id, which here is its name
 * (Excel's ids are opaque; `worksheets.getItem` takes either).
 */
import type { SimContext } from './host';

/** The part of Excel's `WorksheetChangedEventArgs` the adapter reads, and what it says besides. */
export interface SimWorksheetChangedEvent {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  readonly source: 'Local';
  readonly changeType: 'RangeEdited';
}

type Handler = (event: SimWorksheetChangedEvent) => Promise<unknown>;

/** The handlers registered on a host, and the raising of the event to them. */
export class SimChangeEvents {
  private readonly handlers = new Set<Handler>();

  /** How many handlers are registered: a test's way to see who listens. */
  get listening(): number {
    return this.handlers.size;
  }

  add(handler: Handler): void {
    this.handlers.add(handler);
  }

  remove(handler: Handler): void {
    this.handlers.delete(handler);
  }

  /** Calls every handler once per changed sheet, after the caller's own code has run. */
  raise(sheets: Iterable<string>): void {
    const changed = [...sheets];
    if (changed.length === 0 || this.handlers.size === 0) return;
    const handlers = [...this.handlers];
    setTimeout(() => {
      for (const worksheetId of changed)
        for (const handler of handlers)
          void handler({
            type: 'WorksheetChanged',
            worksheetId,
            source: 'Local',
            changeType: 'RangeEdited',
          }).catch(() => undefined);
    }, 0);
  }
}

/** What `onChanged.add` gives back: the context it was added in, and its removal. */
export interface SimEventHandlerResult {
  readonly context: SimContext;
  remove(): void;
}

/** `worksheets.onChanged` of one request context. */
export class SimChangedEventProxy {
  constructor(private readonly context: SimContext) {}

  add(handler: Handler): SimEventHandlerResult {
    const { context } = this;
    context.enqueue(16, () => {
      context.host.events.add(handler);
    });
    return {
      context,
      remove: () => {
        context.enqueue(16, () => {
          context.host.events.remove(handler);
        });
      },
    };
  }
}
