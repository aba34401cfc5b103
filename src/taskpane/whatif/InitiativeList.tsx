/**
 * Every initiative a what-if may hold, one item each: a check box labelled by its name for
 * membership, its status, cost per year and net benefit under it; a member's move and scale; and
 * each problem the engine had with a member said at that member. A member the workbook no longer
 * has stays listed, checked, with its sentence, until it is unchecked. Each item is memoised: a
 * click re-renders the item it changed, not the list (at 100× the example it holds thousands).
 */
import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import type { Language, OutputUnit, StoredWhatIfMember } from '../../engine';
import { messageFor, problemFinding, toJsonNumber } from '../../engine';
import { amountText } from '../texts';
import type { InitiativeRow } from './draft';
import { MemberControls } from './MemberControls';
import { whatIfText } from './texts';
import type { WhatIfState } from './use-what-if';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // An item out of view is neither laid out nor painted: at 100× the example the list holds
    // thousands, and a click would otherwise lay them all out again (bench:pane).
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 64px',
  },
  // Under the check box's label: aligned with its text, not its box.
  detail: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingInlineStart: '28px',
    minWidth: 0,
  },
  line: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  pair: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
  label: { overflowWrap: 'anywhere', minWidth: 0 },
});

const NO_SENTENCES: readonly string[] = [];

export interface InitiativeListProps {
  readonly state: WhatIfState;
  readonly initiatives: readonly InitiativeRow[];
  readonly years: readonly number[];
  readonly unit: OutputUnit;
  readonly language: Language;
}

export function InitiativeList({ state, initiatives, years, unit, language }: InitiativeListProps) {
  const styles = useStyles();
  const { result, stored } = state;
  // Each member's problems as sentences, by its index: only items with one get a new array.
  const sentences = useMemo(() => {
    const name = stored.name || whatIfText('unnamed', language);
    const byMember = new Map<number, string[]>();
    for (const problem of result.problems)
      if ('member' in problem)
        byMember.set(problem.member, [
          ...(byMember.get(problem.member) ?? []),
          messageFor(problemFinding(name, problem, stored), language, unit),
        ]);
    return byMember;
  }, [result, stored, language, unit]);
  const members = state.draft.whatIf.members;
  return (
    <section aria-label={whatIfText('initiatives', language)}>
      <ul className={styles.list} aria-label={whatIfText('initiatives', language)}>
        {initiatives.map((initiative, key) => {
          const index = state.memberOf(initiative);
          return (
            <InitiativeItem
              key={key}
              initiative={initiative}
              index={index}
              member={index === null ? null : (members[index] ?? null)}
              sentences={index === null ? NO_SENTENCES : (sentences.get(index) ?? NO_SENTENCES)}
              generation={state.generation}
              years={years}
              unit={unit}
              language={language}
              onToggle={state.toggle}
              onShift={state.shift}
              onScale={state.scale}
            />
          );
        })}
        {state.unmatched.map((index) => {
          const member = members[index];
          if (member === undefined) return null;
          const gone = state
            .problemsAt(index)
            .some((problem) => problem.kind === 'unknown-initiative');
          return (
            <li key={`missing:${index}`} className={styles.item}>
              <Checkbox
                checked
                label={{
                  children: gone
                    ? `${member.initiative} ${whatIfText('notInWorkbook', language)}`
                    : member.initiative,
                  className: styles.label,
                }}
                onChange={() => {
                  state.remove(index);
                }}
              />
              <div className={styles.detail}>
                {(sentences.get(index) ?? NO_SENTENCES).map((sentence) => (
                  <Caption1 key={sentence} className={styles.problem} role="note">
                    {sentence}
                  </Caption1>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface InitiativeItemProps {
  readonly initiative: InitiativeRow;
  /** Its member's place in the what-if; null when it is not a member. */
  readonly index: number | null;
  readonly member: StoredWhatIfMember | null;
  readonly sentences: readonly string[];
  readonly generation: number;
  readonly years: readonly number[];
  readonly unit: OutputUnit;
  readonly language: Language;
  readonly onToggle: WhatIfState['toggle'];
  readonly onShift: WhatIfState['shift'];
  readonly onScale: WhatIfState['scale'];
}

const InitiativeItem = memo(function InitiativeItem({
  initiative,
  index,
  member,
  sentences,
  generation,
  years,
  unit,
  language,
  onToggle,
  onShift,
  onScale,
}: InitiativeItemProps) {
  const styles = useStyles();
  const t = (key: Parameters<typeof whatIfText>[0]): string => whatIfText(key, language);
  const amount = (value: number | null): string => amountText(value, language, unit);
  const name = initiative.name.value;
  const costs = years.flatMap((year) => {
    const cost = initiative.costs.get(year)?.value ?? null;
    return cost === null ? [] : [[year, toJsonNumber(cost)] as const];
  });
  const benefit = initiative.netBenefit?.value ?? null;
  return (
    <li className={styles.item}>
      <Checkbox
        checked={index !== null}
        label={{ children: name, className: styles.label }}
        onChange={(_ev, data) => {
          onToggle(initiative, index, data.checked === true);
        }}
      />
      <div className={styles.detail}>
        <Caption1 className={styles.line}>
          {initiative.status === 'ongoing' ? t('statusOngoing') : t('statusProposed')}
          {' · '}
          {costs.length === 0
            ? t('noCost')
            : costs.map(([year, cost], i) => (
                <span key={year}>
                  {i > 0 ? ', ' : ''}
                  <span className={styles.pair}>{`${year}: ${amount(cost)}`}</span>
                </span>
              ))}
          {benefit !== null && (
            <>
              {' · '}
              <span className={styles.pair}>
                {`${t('netBenefit')} ${amount(toJsonNumber(benefit))}`}
              </span>
            </>
          )}
        </Caption1>
        {member !== null && index !== null && (
          <MemberControls
            key={`${generation}:${index}`}
            name={name}
            member={member}
            onShift={(by) => {
              onShift(index, by);
            }}
            onScale={(scale) => {
              onScale(index, scale);
            }}
            language={language}
          />
        )}
        {sentences.map((sentence) => (
          <Caption1 key={sentence} className={styles.problem} role="note">
            {sentence}
          </Caption1>
        ))}
      </div>
    </li>
  );
});
