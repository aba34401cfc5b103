/**
 * The pane's view: a heading, the Recalculate button, the stage while a run is going on, and the
 * outcome. Pure: it gets the state and the action as props.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { Language } from '../engine';
import type { Stage } from '../pipeline/pipeline';
import type { SessionResult } from '../pipeline/session';
import { VERSION } from '../version';
import type { OutcomeText } from './outcome';
import { describeResult } from './outcome';
import { PANE_TEXTS, stageText } from './texts';

export interface RecalculatePaneProps {
  readonly language: Language;
  readonly running: boolean;
  readonly stage: Stage | null;
  readonly result: SessionResult | null;
  /** The host and platform for the diagnostic line; null until known. */
  readonly host: string | null;
  readonly onRecalculate: () => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  outcome: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  success: { color: tokens.colorNeutralForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  diagnostic: { color: tokens.colorNeutralForeground3 },
});

export function RecalculatePane(props: RecalculatePaneProps) {
  const styles = useStyles();
  const { language } = props;
  // While a run goes on, the last result is out of date: only a 'busy' notice shows beside the stage.
  const shown = props.running && props.result?.kind !== 'busy' ? null : props.result;
  const outcome: OutcomeText | null = shown === null ? null : describeResult(shown, language);
  return (
    <main className={styles.root}>
      <Title3 as="h1">{PANE_TEXTS.title[language]}</Title3>
      <Button appearance="primary" disabled={props.running} onClick={props.onRecalculate}>
        {PANE_TEXTS.recalculate[language]}
      </Button>
      {/* One live region for the stage and the outcome, so a screen reader hears each change. */}
      <div role="status" aria-live="polite" className={styles.outcome}>
        {props.running && (
          <Spinner size="tiny" labelPosition="after" label={stageText(props.stage, language)} />
        )}
        {outcome?.lines.map((line, index) => (
          <Body1 key={index} className={styles[outcome.intent]}>
            {line}
          </Body1>
        ))}
      </div>
      <Caption1 className={styles.diagnostic}>
        {`${PANE_TEXTS.title[language]} ${VERSION}${props.host === null ? '' : ` · ${props.host}`}`}
      </Caption1>
    </main>
  );
}
