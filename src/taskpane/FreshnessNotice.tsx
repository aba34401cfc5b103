/**
 * The notice that the result sheets no longer show the tables as they are: it appears as soon as
 * the pane notices an edit (use-live-inspection.ts), and holds the Recalculate button that clears
 * it, so the controller need not look for it. Its code loads the first time it shows: most
 * openings never need it, and the pane's first load has a budget.
 */
import { lazy, Suspense } from 'react';
import type { Language } from '../engine';
import type { Freshness } from './use-workspace';

const OutOfDateBar = lazy(() =>
  import('./OutOfDateBar').then((m) => ({ default: m.OutOfDateBar })),
);

export interface FreshnessNoticeProps {
  readonly freshness: Freshness;
  readonly running: boolean;
  readonly onRecalculate: () => void;
  readonly language: Language;
}

export function FreshnessNotice({ freshness, ...bar }: FreshnessNoticeProps) {
  if (freshness !== 'out-of-date') return null;
  return (
    <Suspense fallback={null}>
      <OutOfDateBar {...bar} />
    </Suspense>
  );
}
