/**
 * The pane's view of the runtime's one session: its state as React state, and the action that
 * starts a run. The ribbon shares the session, so a run it starts shows here too.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { Stage } from '../pipeline/pipeline';
import type { Session, SessionResult } from '../pipeline/session';

export interface Recalculation {
  readonly running: boolean;
  readonly stage: Stage | null;
  /** The last run's result, or 'busy' while the run a click found going on lasts. */
  readonly result: SessionResult | null;
  /** The last run's own result (never 'busy'), for the views that show its figures. */
  readonly last: SessionResult | null;
  readonly onRecalculate: () => void;
}

const BUSY: SessionResult = { kind: 'busy' };

export function useRecalculate(session: Session): Recalculation {
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  const getState = useCallback(() => session.state(), [session]);
  const state = useSyncExternalStore(subscribe, getState);
  // A click during a run starts nothing and leaves the session's state as it was, so the hook
  // remembers it: 'busy' shows until the run that was going on ends with a result of its own.
  const [busyOver, setBusyOver] = useState<{ readonly last: SessionResult | null } | null>(null);
  const onRecalculate = useCallback(() => {
    setBusyOver(null);
    void session.recalculate().then((result) => {
      setBusyOver(result.kind === 'busy' ? { last: session.state().last } : null);
    });
  }, [session]);
  return {
    running: state.running,
    stage: state.stage,
    result: busyOver !== null && busyOver.last === state.last ? BUSY : state.last,
    last: state.last,
    onRecalculate,
  };
}
