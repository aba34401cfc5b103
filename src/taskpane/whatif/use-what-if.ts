/**
 * The what-if being tried: its draft, held in the pane, and its figures, computed from it by the
 * engine on every change (no round trip to Excel per click: the engine's result the pane already
 * has holds the initiatives and scenarios).
 */
import { useMemo, useState } from 'react';
import type { EngineResult, StoredWhatIf, WhatIf, WhatIfProblem, WhatIfResult } from '../../engine';
import { evaluateWhatIf, whatIfFromStored, whatIfName, whatIfNameKey } from '../../engine';
import type { Draft, InitiativeRow, Start } from './draft';
import {
  initiativeKey,
  removeMember,
  renameDraft,
  scaleMember,
  shiftMember,
  startDraft,
  toggleMember,
} from './draft';

/** Why the draft's name cannot be saved, or null when it can. */
export type NameProblem = 'missing' | 'taken' | null;

export interface WhatIfState {
  readonly draft: Draft;
  /** The draft's figures, as every run computes a saved what-if. */
  readonly result: WhatIfResult;
  /** Each initiative's member index in the draft, or none (unchecked). */
  readonly memberOf: (row: InitiativeRow) => number | null;
  /** The draft's members the workbook no longer has (or cannot tell apart), with their index. */
  readonly unmatched: readonly number[];
  /** The problems at member `index`. */
  readonly problemsAt: (index: number) => readonly WhatIfProblem[];
  readonly nameProblem: NameProblem;
  /** Counts the starts: what the fields that keep their own text are keyed by. */
  readonly generation: number;
  readonly start: (start: Start) => void;
  readonly rename: (name: string) => void;
  /** Checks or unchecks an initiative; `index` is its member's place when it is one. */
  readonly toggle: (row: InitiativeRow, index: number | null, checked: boolean) => void;
  readonly remove: (index: number) => void;
  readonly shift: (index: number, by: number) => void;
  readonly scale: (index: number, scale: string) => void;
  /** Notes that the draft is now saved under `name` (null: no longer saved). */
  readonly savedAs: (name: string | null) => void;
  /** The draft as it is saved: its name trimmed. */
  readonly stored: StoredWhatIf;
}

export function useWhatIf(engine: EngineResult, saved: readonly StoredWhatIf[]): WhatIfState {
  const [draft, setDraft] = useState<Draft>(() => startFirst(engine, saved));
  const [generation, setGeneration] = useState(0);
  const { initiatives, scenarios, years, unit } = engine;
  const stored = useMemo(
    (): StoredWhatIf => ({
      ...draft.whatIf,
      name: whatIfName(draft.whatIf.name) ?? draft.whatIf.name,
    }),
    [draft],
  );
  const whatIf: WhatIf = useMemo(() => whatIfFromStored(stored, unit), [stored, unit]);
  const result = useMemo(
    () => evaluateWhatIf(whatIf, { initiatives, scenarios, years }),
    [whatIf, initiatives, scenarios, years],
  );
  // The engine hands back each found member as given: its place in the draft is its index.
  const members = useMemo(() => {
    const byRow = new Map<InitiativeRow, number>();
    for (const found of result.members)
      byRow.set(found.initiative, whatIf.members.indexOf(found.member));
    return byRow;
  }, [result, whatIf]);
  const unmatched = useMemo(() => {
    const found = new Set(members.values());
    return whatIf.members.flatMap((_m, i) => (found.has(i) ? [] : [i]));
  }, [members, whatIf]);
  const nameProblem: NameProblem =
    whatIfName(draft.whatIf.name) === null
      ? 'missing'
      : saved.some(
            (other) =>
              other.name !== draft.opened &&
              whatIfNameKey(other.name) === whatIfNameKey(draft.whatIf.name),
          )
        ? 'taken'
        : null;
  const problems = useMemo(() => {
    const byMember = new Map<number, WhatIfProblem[]>();
    for (const problem of result.problems)
      if ('member' in problem)
        byMember.set(problem.member, [...(byMember.get(problem.member) ?? []), problem]);
    return byMember;
  }, [result]);
  // The same functions on every render: an initiative's item re-renders only when its own props
  // change (at 100× the example, a click must not re-render thousands of items).
  const edits = useMemo(
    () => ({
      rename: (name: string): void => {
        setDraft((d) => renameDraft(d, name));
      },
      toggle: (row: InitiativeRow, index: number | null, checked: boolean): void => {
        setDraft((d) =>
          !checked && index !== null
            ? removeMember(d, index)
            : toggleMember(d, initiativeKey(row), checked),
        );
      },
      remove: (index: number): void => {
        setDraft((d) => removeMember(d, index));
      },
      shift: (index: number, by: number): void => {
        setDraft((d) => shiftMember(d, index, by));
      },
      scale: (index: number, scale: string): void => {
        setDraft((d) => scaleMember(d, index, scale));
      },
      savedAs: (name: string | null): void => {
        setDraft((d) => ({ ...d, opened: name }));
      },
    }),
    [],
  );
  return {
    ...edits,
    draft,
    result,
    memberOf: (row) => members.get(row) ?? null,
    unmatched,
    problemsAt: (index) => problems.get(index) ?? NO_PROBLEMS,
    nameProblem,
    generation,
    start: (next) => {
      setDraft(startDraft(next, engine, saved));
      setGeneration((g) => g + 1);
    },
    stored,
  };
}

const NO_PROBLEMS: readonly WhatIfProblem[] = [];

/** The first scenario, as the view opens (the one the document proposes first). */
function startFirst(engine: EngineResult, saved: readonly StoredWhatIf[]): Draft {
  const first = engine.scenarios[0];
  return startDraft(
    first === undefined ? { kind: 'nothing' } : { kind: 'scenario', id: first.id },
    engine,
    saved,
  );
}
