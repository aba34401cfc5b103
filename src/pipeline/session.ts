/**
 * A session of one workbook in one Office runtime: the ribbon and the task pane share it, so runs
 * never overlap (a click during a run starts nothing) and both see the last outcome.
 */
import type { Language } from '../engine';
import { WorkbookError } from '../workbook/errors';
import type { WorkbookProblem } from '../workbook/errors';
import type { WorkbookPort } from '../workbook/port';
import type { Inspection, Pipeline, RunOptions, RunOutcome, Stage } from './pipeline';
import { inspect } from './pipeline';
import { problemMessage } from './texts';

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

export interface Session {
  /** The workbook the session works on (the pane selects cells through it). */
  readonly port: WorkbookPort;
  /** Recomputes without writing, unless a run is going on: the pane's first view and freshness check. */
  inspect(): Promise<InspectResult>;
  recalculate(options?: Omit<RunOptions, 'language' | 'onStage'>): Promise<SessionResult>;
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
  return {
    port: deps.port,
    async inspect() {
      if (state.running) return { kind: 'busy' };
      try {
        return { kind: 'inspected', inspection: await inspect(deps.port, deps.language()) };
      } catch (error) {
        const problem = error instanceof WorkbookError ? error.problem : null;
        const reason = error instanceof Error ? error.message : String(error);
        return {
          kind: 'failed',
          problem,
          message: problemMessage(problem, reason, deps.language()),
        };
      }
    },
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async recalculate(options = {}) {
      if (state.running) return { kind: 'busy' };
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
        const problem = error instanceof WorkbookError ? error.problem : null;
        const reason = error instanceof Error ? error.message : String(error);
        result = {
          kind: 'failed',
          problem,
          message: problemMessage(problem, reason, deps.language()),
        };
      }
      set({ running: false, stage: null, last: result });
      return result;
    },
  };
}
