/**
 * The out-of-date notice itself (FreshnessNotice.tsx decides when it shows): a warning with its
 * title, what it means, and the Recalculate button that clears it.
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

export interface OutOfDateBarProps {
  readonly running: boolean;
  readonly onRecalculate: () => void;
  readonly language: Language;
}

export function OutOfDateBar({ running, onRecalculate, language }: OutOfDateBarProps) {
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
