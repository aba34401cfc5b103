/**
 * The what-ifs saved in a workbook, computed beside its scenarios in every run, and what they could
 * not take said as findings: a what-if's problem is never dropped in silence, and an entry that
 * could not be read is reported, not used.
 */
import type { OutputUnit } from '../settings';
import type { WarningDetail, WarningSink } from '../validation/warning';
import type { WhatIfInput, WhatIfProblem, WhatIfResult } from './evaluate';
import { evaluateWhatIf } from './evaluate';
import type { StoredWhatIf, UnreadWhatIf } from './stored';
import { whatIfFromStored } from './stored';

/** A saved what-if's figures, with the form it was saved in (what the pane edits and adopts). */
export interface SavedWhatIfResult extends WhatIfResult {
  readonly stored: StoredWhatIf;
}

/**
 * Computes every saved what-if over the result's years and says each problem and each unread entry.
 * @example evaluateWhatIfs(saved, [], input, 'tkr', sink)[0]?.years[0]?.total
 */
export function evaluateWhatIfs(
  saved: readonly StoredWhatIf[],
  unread: readonly UnreadWhatIf[],
  input: WhatIfInput,
  unit: OutputUnit,
  sink: WarningSink,
): readonly SavedWhatIfResult[] {
  for (const entry of unread) sink.add({ code: 'WHATIF_UNREADABLE', whatIf: entry.label }, null);
  return saved.map((stored) => {
    const result = evaluateWhatIf(whatIfFromStored(stored, unit), input);
    for (const problem of result.problems)
      sink.add(problemFinding(stored.name, problem, stored), null);
    return { ...result, stored };
  });
}

/** A what-if's problem as a finding, naming the what-if and the member's initiative. */
export function problemFinding(
  whatIf: string,
  problem: WhatIfProblem,
  stored: StoredWhatIf,
): WarningDetail {
  switch (problem.kind) {
    case 'unknown-initiative':
      return { code: 'WHATIF_UNKNOWN_INITIATIVE', whatIf, initiative: problem.initiative };
    case 'ambiguous-initiative':
      return {
        code: 'WHATIF_AMBIGUOUS_INITIATIVE',
        whatIf,
        initiative: problem.initiative,
        ids: problem.ids,
      };
    case 'named-twice':
      return { code: 'WHATIF_NAMED_TWICE', whatIf, initiative: problem.initiative };
    case 'not-whole-years':
      return {
        code: 'WHATIF_NOT_WHOLE_YEARS',
        whatIf,
        initiative: stored.members[problem.member]?.initiative ?? '',
        shift: problem.shift,
      };
    case 'moved-out':
      return {
        code: 'WHATIF_MOVED_OUT',
        whatIf,
        initiative: problem.initiative,
        year: problem.moved.year,
        amount: problem.moved.amount,
      };
    case 'unknown-scenario':
      return { code: 'WHATIF_UNKNOWN_SCENARIO', whatIf, scenario: problem.scenario };
  }
}
