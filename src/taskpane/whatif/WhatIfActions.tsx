/**
 * Save the what-if in the workbook's settings (every door then sees it), or delete the saved one
 * it was opened from after a confirmation; a status line says what came of it.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language, StoredWhatIf } from '../../engine';
import { without, withSaved } from './saved-list';
import { whatIfText } from './texts';
import type { WhatIfState } from './use-what-if';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
    minWidth: 0,
  },
  confirm: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface WhatIfActionsProps {
  readonly state: WhatIfState;
  readonly saved: readonly StoredWhatIf[];
  /** Resolves to null when saved, else the sentence why not. */
  readonly onSave: (whatIfs: readonly StoredWhatIf[]) => Promise<string | null>;
  readonly language: Language;
}

export function WhatIfActions({ state, saved, onSave, language }: WhatIfActionsProps) {
  const styles = useStyles();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const opened = state.draft.opened;
  const write = (list: readonly StoredWhatIf[], after: () => void): void => {
    setBusy(true);
    void onSave(list).then((failure) => {
      setBusy(false);
      if (failure === null) after();
      else setMessage(failure);
    });
  };
  const save = (): void => {
    const list = withSaved(saved, state.stored, opened);
    if (list === null) {
      setMessage(whatIfText('tooMany', language));
      return;
    }
    write(list, () => {
      state.savedAs(state.stored.name);
      setMessage(whatIfText('saved', language));
    });
  };
  const remove = (name: string): void => {
    write(without(saved, name), () => {
      state.savedAs(null);
      setConfirming(false);
      setMessage(whatIfText('deleted', language, { name }));
    });
  };
  return (
    <div className={styles.confirm}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.nameProblem !== null || busy} onClick={save}>
          {whatIfText('save', language)}
        </Button>
        {opened !== null && !confirming && (
          <Button
            disabled={busy}
            onClick={() => {
              setConfirming(true);
            }}
          >
            {whatIfText('delete', language)}
          </Button>
        )}
      </div>
      {opened !== null && confirming && (
        <div role="group" aria-label={whatIfText('deleteConfirm', language, { name: opened })}>
          <Caption1 as="p">{whatIfText('deleteConfirm', language, { name: opened })}</Caption1>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => {
                remove(opened);
              }}
            >
              {whatIfText('deleteYes', language)}
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
              }}
            >
              {whatIfText('cancel', language)}
            </Button>
          </div>
        </div>
      )}
      <Caption1 role="status">{message ?? ''}</Caption1>
    </div>
  );
}
