/**
 * A member's move and scale: −1 and +1 buttons around its shift ("Start +1 år"), and its cost as a
 * percentage in the user's language (`50`, `33,3`), stored as an exact scale text.
 */
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Language, StoredWhatIfMember } from '../../engine';
import { exactScale, toJsonNumber } from '../../engine';
import { scaleFromPercent } from './draft';
import { percentText, shiftText, whatIfText } from './texts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  shift: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  shiftText: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  field: { gridTemplateColumns: 'minmax(0, 1fr)', minWidth: 0 },
  input: { maxWidth: '8em', minWidth: 0 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    // Clipped, not hidden: it must not count as a box that scrolls (pane-layout.test.ts).
    overflow: 'clip',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface MemberControlsProps {
  readonly name: string;
  readonly member: StoredWhatIfMember;
  readonly onShift: (by: number) => void;
  /** An exact scale text (`0.5`). */
  readonly onScale: (scale: string) => void;
  readonly language: Language;
}

export function MemberControls({ name, member, onShift, onScale, language }: MemberControlsProps) {
  const styles = useStyles();
  const shiftId = useId();
  const [text, setText] = useState(() =>
    percentText(toJsonNumber(exactScale(member.scale)), language),
  );
  const valid = scaleFromPercent(text, language) !== null;
  return (
    <div className={styles.root}>
      <div className={styles.shift} role="group" aria-labelledby={shiftId}>
        <Button
          size="small"
          aria-label={whatIfText('earlier', language, { name })}
          onClick={() => {
            onShift(-1);
          }}
        >
          −1
        </Button>
        <Caption1 id={shiftId} className={styles.shiftText} aria-live="polite">
          {shiftText(member.shift, language)}
        </Caption1>
        <Button
          size="small"
          aria-label={whatIfText('later', language, { name })}
          onClick={() => {
            onShift(1);
          }}
        >
          +1
        </Button>
      </div>
      <Field
        className={styles.field}
        label={{
          children: (
            <>
              {whatIfText('scale', language)}
              <span className={styles.hidden}>{` (${name})`}</span>
            </>
          ),
        }}
        validationMessage={valid ? null : whatIfText('scaleInvalid', language)}
        validationState={valid ? 'none' : 'error'}
      >
        <Input
          className={styles.input}
          inputMode="decimal"
          value={text}
          contentAfter="%"
          onChange={(_ev, data) => {
            setText(data.value);
            const scale = scaleFromPercent(data.value, language);
            if (scale !== null) onScale(scale);
          }}
        />
      </Field>
    </div>
  );
}
