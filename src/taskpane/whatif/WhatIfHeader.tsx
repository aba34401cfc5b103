/**
 * Where the what-if starts (a scenario, nothing, or a saved what-if) and its name, checked as it is
 * typed: empty, too long, or another saved what-if's (compared as the engine compares names).
 */
import { Field, Input, makeStyles, Select } from '@fluentui/react-components';
import type { EngineResult, Language, StoredWhatIf } from '../../engine';
import type { Start } from './draft';
import { scenarioLabel, whatIfText } from './texts';
import type { WhatIfState } from './use-what-if';

const useStyles = makeStyles({
  // A native select is as wide as its longest option unless its column may shrink (pane-layout.md).
  field: { gridTemplateColumns: 'minmax(0, 1fr)', minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface WhatIfHeaderProps {
  readonly state: WhatIfState;
  readonly engine: EngineResult;
  readonly saved: readonly StoredWhatIf[];
  readonly language: Language;
}

/** The select's value of a start: `scenario:3`, `nothing`, `saved:AI i 3`. */
function startValue(start: Start): string {
  return start.kind === 'nothing'
    ? 'nothing'
    : start.kind === 'scenario'
      ? `scenario:${start.id}`
      : `saved:${start.name}`;
}

function startOf(value: string): Start {
  if (value.startsWith('scenario:')) return { kind: 'scenario', id: value.slice(9) };
  if (value.startsWith('saved:')) return { kind: 'saved', name: value.slice(6) };
  return { kind: 'nothing' };
}

export function WhatIfHeader({ state, engine, saved, language }: WhatIfHeaderProps) {
  const styles = useStyles();
  const t = (key: Parameters<typeof whatIfText>[0]): string => whatIfText(key, language);
  const { draft } = state;
  const current: Start =
    draft.opened !== null
      ? { kind: 'saved', name: draft.opened }
      : draft.whatIf.basedOn !== null
        ? { kind: 'scenario', id: draft.whatIf.basedOn }
        : { kind: 'nothing' };
  const nameMessage =
    state.nameProblem === 'taken'
      ? t('nameTaken')
      : state.nameProblem === 'missing' && draft.whatIf.name !== ''
        ? t('nameMissing')
        : undefined;
  return (
    <>
      <Field label={t('start')} className={styles.field}>
        <Select
          className={styles.select}
          value={startValue(current)}
          onChange={(_ev, data) => {
            state.start(startOf(data.value));
          }}
        >
          {engine.scenarios.map((scenario) => (
            <option key={scenario.id} value={`scenario:${scenario.id}`}>
              {scenarioLabel(scenario.id, scenario.name)}
            </option>
          ))}
          <option value="nothing">{t('nothing')}</option>
          {saved.length > 0 && (
            <optgroup label={t('savedGroup')}>
              {saved.map((whatIf) => (
                <option key={whatIf.name} value={`saved:${whatIf.name}`}>
                  {whatIf.name}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      <Field
        label={t('name')}
        className={styles.field}
        validationMessage={nameMessage ?? null}
        validationState={nameMessage === undefined ? 'none' : 'error'}
      >
        <Input
          value={draft.whatIf.name}
          onChange={(_ev, data) => {
            state.rename(data.value);
          }}
        />
      </Field>
    </>
  );
}
