/**
 * Every initiative a what-if may hold, one item each: a check box labelled by its name for
 * membership, its status, cost per year and net benefit under it; a member's move and scale; and
 * each problem the engine had with a member said at that member. A member the workbook no longer
 * has stays listed, checked, with its sentence, until it is unchecked.
 */
import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { EngineResult, Language, WhatIfProblem } from '../../engine';
import type { InitiativeRow } from './draft';
import { messageFor, problemFinding, toJsonNumber } from '../../engine';
import { amountText } from '../texts';
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

export interface InitiativeListProps {
  readonly state: WhatIfState;
  readonly engine: EngineResult;
  readonly language: Language;
}

export function InitiativeList({ state, engine, language }: InitiativeListProps) {
  const styles = useStyles();
  const t = (key: Parameters<typeof whatIfText>[0]): string => whatIfText(key, language);
  const { unit } = engine;
  const amount = (value: number | null): string => amountText(value, language, unit);
  const problems = (index: number | null) =>
    index === null
      ? null
      : state.problemsAt(index).map((problem) => (
          <Caption1 key={problemKey(problem)} className={styles.problem} role="note">
            {messageFor(
              problemFinding(state.stored.name || t('unnamed'), problem, state.stored),
              language,
              unit,
            )}
          </Caption1>
        ));
  const row = (initiative: InitiativeRow, key: number) => {
    const index = state.memberOf(initiative);
    const member = index === null ? null : state.draft.whatIf.members[index];
    const name = initiative.name.value;
    const costs = engine.years.flatMap((year) => {
      const cost = initiative.costs.get(year)?.value ?? null;
      return cost === null ? [] : [[year, toJsonNumber(cost)] as const];
    });
    const benefit = initiative.netBenefit?.value ?? null;
    return (
      <li key={key} className={styles.item}>
        <Checkbox
          checked={index !== null}
          label={{ children: name, className: styles.label }}
          onChange={(_ev, data) => {
            state.toggle(initiative, data.checked === true);
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
          {member !== null && member !== undefined && index !== null && (
            <MemberControls
              key={`${state.generation}:${index}`}
              name={name}
              member={member}
              onShift={(by) => {
                state.shift(index, by);
              }}
              onScale={(scale) => {
                state.scale(index, scale);
              }}
              language={language}
            />
          )}
          {problems(index)}
        </div>
      </li>
    );
  };
  return (
    <section aria-label={t('initiatives')}>
      <ul className={styles.list} aria-label={t('initiatives')}>
        {engine.initiatives.map(row)}
        {state.unmatched.map((index) => {
          const member = state.draft.whatIf.members[index];
          if (member === undefined) return null;
          return (
            <li key={`missing:${index}`} className={styles.item}>
              <Checkbox
                checked
                label={{
                  children: state
                    .problemsAt(index)
                    .some((problem) => problem.kind === 'unknown-initiative')
                    ? `${member.initiative} ${t('notInWorkbook')}`
                    : member.initiative,
                  className: styles.label,
                }}
                onChange={() => {
                  state.remove(index);
                }}
              />
              <div className={styles.detail}>{problems(index)}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function problemKey(problem: WhatIfProblem): string {
  return problem.kind === 'moved-out' ? `${problem.kind}:${problem.moved.year}` : problem.kind;
}
