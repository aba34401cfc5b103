/**
 * What the pane shows for a run's result: a few lines and how to mark them. Pure, so the view
 * stays a view and the wording can be tested without a host.
 */
import type { JsonResult, Language, Severity } from '../engine';
import { TABLE_LABELS } from '../engine';
import type { RunOutcome } from '../pipeline/pipeline';
import type { SessionResult } from '../pipeline/session';
import {
  amountText,
  blockedText,
  foreignSheetText,
  PANE_TEXTS,
  scenarioTotalLine,
  totalsHeading,
  warningCountsLine,
} from './texts';

export interface OutcomeText {
  readonly intent: 'success' | 'warning' | 'error';
  readonly lines: readonly string[];
}

/**
 * The lines for a session's result.
 * @example describeResult({ kind: 'busy' }, 'en') → { intent: 'warning', lines: ['A recalculation is already running; …'] }
 */
export function describeResult(result: SessionResult, language: Language): OutcomeText {
  switch (result.kind) {
    case 'busy':
      return { intent: 'warning', lines: [PANE_TEXTS.busy[language]] };
    case 'failed':
      return { intent: 'error', lines: [result.message] };
    case 'done':
      return describeOutcome(result.outcome, language);
  }
}

function describeOutcome(outcome: RunOutcome, language: Language): OutcomeText {
  switch (outcome.kind) {
    case 'written':
      return describeWritten(outcome.json, language);
    case 'blocked': {
      const tables = outcome.blocking.flatMap((w) =>
        w.code === 'MISSING_TABLE' ? [TABLE_LABELS[w.table][language]] : [],
      );
      return { intent: 'error', lines: [blockedText(tables, language)] };
    }
    case 'foreign-sheet':
      return { intent: 'error', lines: [foreignSheetText(outcome.sheet, language)] };
  }
}

/** After a written result: the first year's total of every scenario, the warnings by severity. */
export function describeWritten(json: JsonResult, language: Language): OutcomeText {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const warning of json.warnings) counts[warning.severity] += 1;
  const year = json.years[0];
  const totals =
    year === undefined
      ? []
      : [
          totalsHeading(year, json.unit, language),
          ...json.scenarios.map((scenario) =>
            scenarioTotalLine(
              scenario.id,
              scenario.name,
              amountText(
                scenario.years.find((y) => y.year === year)?.total ?? null,
                language,
                json.unit,
              ),
            ),
          ),
        ];
  return {
    intent: counts.error > 0 ? 'warning' : 'success',
    lines: [PANE_TEXTS.written[language], ...totals, warningCountsLine(counts, language)],
  };
}
