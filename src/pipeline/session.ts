/**
 * A session of one workbook in one Office runtime: the ribbon and the task pane share it, so runs
 * never overlap (a click during a run starts nothing) and both see the last outcome.
 */
import type { CellRef, Language, StoredWhatIf } from '../engine';
import type { WorkbookProblem } from '../workbook/errors';
import type { WorkbookPort } from '../workbook/port';
import type { StoredSettings } from '../workbook/settings';
import type { Inspection, Pipeline, RunOptions, RunOutcome, Stage } from './pipeline';
import { inspect } from './pipeline';
import type * as Adopt from './adopt';
import type { AdoptionPlan, AdoptionReceipt } from './adoption';
import { failure } from './texts';

export type SessionResult =
  /** Another run was going on: this one started nothing. */
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly outcome: RunOutcome; readonly elapsedMs: number }
  | { readonly kind: 'failed'; readonly problem: WorkbookProblem | null; readonly message: string };

export interface SessionState {
  readonly running: boolean;
  readonly stage: Stage | null;
  readonly last: SessionResult | null;
}

export type InspectResult =
  | { readonly kind: 'busy' }
  | { readonly kind: 'inspected'; readonly inspection: Inspection }
  | { readonly kind: 'failed'; readonly problem: WorkbookProblem | null; readonly message: string };

/** What a change the pane asks for (settings saved, an alias written) came to. */
export type ChangeResult<T> =
  /** A run (or another change) was going on: nothing was changed. */
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'failed'; readonly problem: WorkbookProblem | null; readonly message: string };

export interface Session {
  /** The workbook the session works on (the pane selects cells through it). */
  readonly port: WorkbookPort;
  /** Recomputes without writing, unless a run is going on: the pane's first view and freshness check. */
  inspect(): Promise<InspectResult>;
  recalculate(options?: Omit<RunOptions, 'language' | 'onStage'>): Promise<SessionResult>;
  /** Saves the settings without a recalculation, unless a run is going on. */
  saveSettings(settings: StoredSettings): Promise<ChangeResult<void>>;
  /**
   * Writes a service's alias cell, unless a run is going on; done with the text the cell held
   * before, which writing it back undoes the change.
   */
  writeAliases(at: CellRef, aliases: string): Promise<ChangeResult<string>>;
  /** Reads the workbook and plans the adoption of a what-if as a scenario, writing nothing. */
  planAdoption(whatIf: StoredWhatIf): Promise<ChangeResult<AdoptionPlan>>;
  /** Writes a plan the user confirmed, unless a run is going on; done with what its undo removes. */
  adopt(plan: Extract<AdoptionPlan, { kind: 'ready' }>): Promise<ChangeResult<AdoptionReceipt>>;
  /** Removes exactly what an adoption wrote, unless a run is going on or the cells were edited. */
  undoAdoption(receipt: AdoptionReceipt): Promise<ChangeResult<void>>;
  readonly state: () => SessionState;
  /** Calls the listener on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
}

export interface SessionDeps {
  readonly pipeline: Pipeline;
  readonly port: WorkbookPort;
  readonly language: () => Language;
  readonly now?: () => number;
}

/**
 * One session per runtime; every door calls `recalculate` on it.
 * @example const session = createSession({ pipeline, port: excelPort(Excel.run), language: () => 'sv' })
 */
export function createSession(deps: SessionDeps): Session {
  let state: SessionState = { running: false, stage: null, last: null };
  const listeners = new Set<(state: SessionState) => void>();
  const set = (next: Partial<SessionState>): void => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };
  const clock = deps.now ?? (() => performance.now());
  // A change the pane asked for is going on: no run starts until it is done, nor another change.
  let changing = false;
  const failed = (error: unknown): Extract<SessionResult, { kind: 'failed' }> => ({
    kind: 'failed',
    ...failure(error, deps.language()),
  });
  const change = async <T>(write: () => Promise<T>): Promise<ChangeResult<T>> => {
    if (state.running || changing) return { kind: 'busy' };
    changing = true;
    try {
      return { kind: 'done', value: await write() };
    } catch (error) {
      return failed(error);
    } finally {
      changing = false;
    }
  };
  return {
    port: deps.port,
    async inspect() {
      if (state.running) return { kind: 'busy' };
      try {
        return { kind: 'inspected', inspection: await inspect(deps.port, deps.language()) };
      } catch (error) {
        return failed(error);
      }
    },
    saveSettings: (settings) =>
      change(async () => {
        await deps.port.saveSettings?.(settings);
      }),
    writeAliases: (at, aliases) =>
      change(async () => {
        if (deps.port.writeAliases === undefined)
          throw new Error('This workbook cannot be written to.');
        return deps.port.writeAliases(at, aliases);
      }),
    // The adoption's code loads when it is first asked for: the pane's first view needs none of it.
    planAdoption: (whatIf) =>
      change(async () => (await adoption()).planAdoption(deps.port, whatIf, deps.language())),
    adopt: (plan) => change(async () => (await adoption()).adopt(deps.port, plan, deps.language())),
    undoAdoption: (receipt) =>
      change(async () => (await adoption()).undoAdoption(deps.port, receipt)),
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async recalculate(options = {}) {
      if (state.running || changing) return { kind: 'busy' };
      set({ running: true, stage: null });
      const started = clock();
      let result: SessionResult;
      try {
        const outcome = await deps.pipeline.run(deps.port, {
          ...options,
          language: deps.language(),
          onStage: (stage) => {
            set({ stage });
          },
        });
        result = { kind: 'done', outcome, elapsedMs: clock() - started };
      } catch (error) {
        result = failed(error);
      }
      set({ running: false, stage: null, last: result });
      return result;
    },
  };
}

/** The adoption's module, loaded on demand (its own chunk in the pane's build). */
function adoption(): Promise<typeof Adopt> {
  return import('./adopt');
}
