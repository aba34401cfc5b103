/**
 * One validation as a controller reads it: its title first and prominent, then the sentence with
 * the facts, then the code in a small detail line for a search or a support question. No message
 * starts with its code.
 */
import { Body1Strong, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { JsonResult } from '../../engine';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  code: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface WarningMessageProps {
  readonly warning: JsonResult['warnings'][number];
}

export function WarningMessage({ warning }: WarningMessageProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1Strong>{warning.title}</Body1Strong>
      <Text size={200}>{warning.message}</Text>
      <Caption1 className={styles.code}>{warning.code}</Caption1>
    </div>
  );
}
