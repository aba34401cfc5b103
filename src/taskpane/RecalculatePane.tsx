/**
 * The pane's view: a heading, the Recalculate button, the stage while a run is going on, and the
 * outcome in one line, with a button that shows the summary sheet the run wrote. Before the first
 * run in a workbook, one sentence says what Recalculate will do. Pure: it gets the state and the
 * actions as props.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Spinner,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { Language, ResultSheetKind } from '../engine';
import { RESULT_SHEET_KINDS } from '../engine';
import type { Stage } from '../pipeline/pipeline';
import type { SessionResult } from '../pipeline/session';
import { VERSION } from '../version';
import type { OutcomeText } from './outcome';
import { describeResult, plannedReportSheet } from './outcome';
import { firstRunText, FRAME_TEXTS, PANE_TEXTS, stageText } from './texts';

/** The sheets a first run will write, for the sentence that says so. */
export interface PlannedSheets {
  readonly resultSheets: Readonly<Record<ResultSheetKind, string>>;
  /** The report's name the settings save; null: the language's default. */
  readonly reportSheet: string | null;
}

export interface RecalculatePaneProps {
  readonly language: Language;
  readonly running: boolean;
  readonly stage: Stage | null;
  readonly result: SessionResult | null;
  /** The host and platform for the diagnostic line; null until known. */
  readonly host: string | null;
  /** Before any run has written result sheets into the workbook: what a run will write. */
  readonly firstRun?: PlannedSheets | null;
  readonly onRecalculate: () => void;
  /** Shows a sheet of the workbook (the summary the run wrote). */
  readonly onShowSheet?: (sheet: string) => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  status: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  line: { overflowWrap: 'anywhere' },
  success: { color: tokens.colorNeutralForeground1 },
  neutral: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  // A part of the line never breaks inside ("16 varningar"); the line breaks between parts.
  part: { whiteSpace: 'nowrap' },
  diagnostic: { color: tokens.colorNeutralForeground3 },
});

export function RecalculatePane(props: RecalculatePaneProps) {
  const styles = useStyles();
  const { language } = props;
  // While a run goes on, the last result is out of date: only a 'busy' notice shows beside the stage.
  const shown = props.running && props.result?.kind !== 'busy' ? null : props.result;
  const outcome: OutcomeText | null = shown === null ? null : describeResult(shown, language);
  const firstRun = props.firstRun ?? null;
  const reportSheet = outcome?.reportSheet ?? null;
  return (
    <main className={styles.root}>
      <Title3 as="h1">{PANE_TEXTS.title[language]}</Title3>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.running} onClick={props.onRecalculate}>
          {PANE_TEXTS.recalculate[language]}
        </Button>
        {reportSheet !== null && props.onShowSheet !== undefined && !props.running && (
          <Button
            appearance="secondary"
            onClick={() => {
              props.onShowSheet?.(reportSheet);
            }}
          >
            {FRAME_TEXTS.showReport[language]}
          </Button>
        )}
      </div>
      {/* One live region for the stage and the outcome, so a screen reader hears each change. */}
      <div role="status" aria-live="polite" className={styles.status}>
        {props.running && (
          <Spinner size="tiny" labelPosition="after" label={stageText(props.stage, language)} />
        )}
        {outcome !== null && (
          <Body1 className={styles.line}>
            {outcome.parts.map((part, index) => (
              <span key={index}>
                {index > 0 && ' '}
                {/* The separator goes with the part after it: a line never ends in "·". */}
                <span
                  className={mergeClasses(
                    styles[part.intent],
                    outcome.parts.length > 1 && styles.part,
                  )}
                >
                  {index > 0 && '· '}
                  {part.text}
                </span>
              </span>
            ))}
          </Body1>
        )}
        {outcome === null && !props.running && firstRun !== null && (
          <Body1>
            {firstRunText(
              RESULT_SHEET_KINDS.map((kind) => firstRun.resultSheets[kind]),
              plannedReportSheet(firstRun.resultSheets, firstRun.reportSheet, language),
              language,
            )}
          </Body1>
        )}
      </div>
      <Caption1 className={styles.diagnostic}>
        {`${PANE_TEXTS.title[language]} ${VERSION}${props.host === null ? '' : ` · ${props.host}`}`}
      </Caption1>
    </main>
  );
}
