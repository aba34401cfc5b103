/**
 * The notice that the result sheets no longer show the tables as they are: it appears as soon as
 * the pane notices an edit (use-live-inspection.ts), and holds the Recalculate button that clears
 * it, so the controller need not look for it.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Language } from '../engine';
import { LIVE_TEXTS, PANE_TEXTS } from './texts';
import type { Freshness } from './use-workspace';

export interface FreshnessNoticeProps {
  readonly freshness: Freshness;
  readonly running: boolean;
  readonly onRecalculate: () => void;
  readonly language: Language;
}

export function FreshnessNotice({
  freshness,
  running,
  onRecalculate,
  language,
}: FreshnessNoticeProps) {
  if (freshness !== 'out-of-date') return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{LIVE_TEXTS.outOfDateTitle[language]}</MessageBarTitle>
        {PANE_TEXTS.outOfDate[language]}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={running} onClick={onRecalculate}>
          {LIVE_TEXTS.recalculateNow[language]}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
