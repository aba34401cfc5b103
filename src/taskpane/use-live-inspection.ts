/**
 * The pane notices edits while it is open: when cells of an input sheet change (the workbook's
 * change event) or the pane comes back into view (focus, visibility), it looks at the workbook
 * again, without writing, so the out-of-date notice says what is true now. Changes to the result
 * sheets (the product's own writes among them) start nothing; a burst of changes starts one look,
 * DEBOUNCE_MS after the last; a look asked for during a run is taken once the run is over.
 */
import { useEffect, useRef } from 'react';
import { sameSheetName } from '../pipeline/grids';
import type { InspectResult, Session } from '../pipeline/session';

/** Quiet time after the last change before the workbook is read again. */
export const DEBOUNCE_MS = 400;

export function useLiveInspection(
  session: Session,
  resultSheetNames: readonly string[],
  onInspected: (result: Exclude<InspectResult, { kind: 'busy' }>) => void,
): void {
  // The latest names and callback, read when a change comes, so the subscription is made once.
  const latest = useRef({ resultSheetNames, onInspected });
  latest.current = { resultSheetNames, onInspected };

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let afterRun = false;
    const look = async (): Promise<void> => {
      const result = await session.inspect();
      if (!live) return;
      if (result.kind === 'busy') afterRun = true;
      else latest.current.onInspected(result);
    };
    const soon = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void look();
      }, DEBOUNCE_MS);
    };
    const stopSession = session.subscribe((state) => {
      if (state.running || !afterRun) return;
      afterRun = false;
      soon();
    });
    let stopWatching: (() => Promise<void>) | null = null;
    void session.port
      .watchChanges?.((change) => {
        const sheet = change.sheet;
        if (sheet !== null && latest.current.resultSheetNames.some((n) => sameSheetName(n, sheet)))
          return;
        soon();
      })
      .then(
        (stop) => {
          if (live) stopWatching = stop;
          else void stop();
        },
        // A host that refuses the event still has focus: the pane looks when it is shown again.
        () => undefined,
      );
    const onFocus = (): void => {
      soon();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') soon();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
      stopSession();
      void stopWatching?.();
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [session]);
}
